#pragma once

#include <QString>
#include <QStringList>

namespace dsn::documentfonts {

// Printed documents use DejaVu Sans and DejaVu Serif (Debian's fonts-dejavu-core), loaded
// from their files rather than found through fontconfig, so the Kazakh letters
// Ә Ғ Қ Ң Ө Ұ Ү Һ І render and are embedded in every PDF whatever the machine's font setup.

inline constexpr auto sansFamily = "DejaVu Sans";
inline constexpr auto serifFamily = "DejaVu Serif";

// /usr/share/fonts/truetype/dejavu, or the folder named by the DSN_FONT_DIR environment
// variable (for systems that keep the fonts elsewhere).
QString defaultDirectory();

// Loads the regular and bold faces of both families (and the italic faces when present) into
// the application font database, and checks they hold every Kazakh letter. Each folder is
// loaded once per process; later calls return the first result. Needs a QGuiApplication.
// Returns an empty string on success, otherwise what is missing.
QString ensureLoaded(const QString &directory = defaultDirectory());

// The letters of the Kazakh alphabet outside the Russian one, upper and lower case.
QString kazakhSpecificLetters();

} // namespace dsn::documentfonts
