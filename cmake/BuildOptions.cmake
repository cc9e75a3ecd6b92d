# One interface target that every project target links: language level, warnings,
# and the strict Qt macros that keep string handling explicit.
option(DSN_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
option(DSN_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

add_library(dsn_build_options INTERFACE)
target_compile_features(dsn_build_options INTERFACE cxx_std_20)
target_compile_options(dsn_build_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(DSN_WARNINGS_AS_ERRORS)
    target_compile_options(dsn_build_options INTERFACE -Werror)
endif()
if(DSN_SANITIZE)
    target_compile_options(dsn_build_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(dsn_build_options INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(dsn_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    DSN_VERSION="${PROJECT_VERSION}")
