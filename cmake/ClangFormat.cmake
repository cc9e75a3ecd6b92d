# The project's one style (.clang-format, clang-format 14 as Debian 12 ships it): `format` rewrites
# every C++ file under app/ and tests/, `format-check` lists the files that differ, and the ctest
# test format_check fails the test command when any does.
find_program(DSN_CLANG_FORMAT NAMES clang-format-14 clang-format REQUIRED)
file(GLOB_RECURSE dsn_format_files CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/app/*.h" "${PROJECT_SOURCE_DIR}/app/*.cpp"
    "${PROJECT_SOURCE_DIR}/tests/*.h" "${PROJECT_SOURCE_DIR}/tests/*.cpp")
add_custom_target(format
    COMMAND "${DSN_CLANG_FORMAT}" -i ${dsn_format_files}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Formatting the C++ sources"
    VERBATIM)
add_custom_target(format-check
    COMMAND "${DSN_CLANG_FORMAT}" --dry-run --Werror ${dsn_format_files}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Checking the C++ sources' format"
    VERBATIM)
