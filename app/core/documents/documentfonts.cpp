#include "documentfonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QMutex>
#include <QRawFont>

using namespace Qt::Literals::StringLiterals;

namespace dsn::documentfonts {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::DocumentFonts)
};

struct FontFile
{
    const char *file;
    bool required;
};

constexpr FontFile fontFiles[] = {
    { "DejaVuSans.ttf", true },
    { "DejaVuSans-Bold.ttf", true },
    { "DejaVuSerif.ttf", true },
    { "DejaVuSerif-Bold.ttf", true },
    { "DejaVuSans-Oblique.ttf", false },
    { "DejaVuSans-BoldOblique.ttf", false },
    { "DejaVuSerif-Italic.ttf", false },
    { "DejaVuSerif-BoldItalic.ttf", false },
};

QString loadFrom(const QString &directory)
{
    const QString letters = kazakhSpecificLetters();
    const QDir dir(directory);
    for (const FontFile &font : fontFiles) {
        const QString path = dir.filePath(QString::fromLatin1(font.file));
        if (!QFileInfo::exists(path)) {
            if (!font.required)
                continue;
            return Text::tr("The font file %1 is missing; install the package fonts-dejavu-core.").arg(path);
        }
        if (QFontDatabase::addApplicationFont(path) < 0)
            return Text::tr("The font file %1 could not be loaded.").arg(path);
        const QRawFont raw(path, 12);
        for (const QChar letter : letters) {
            if (!raw.supportsCharacter(letter))
                return Text::tr("The font %1 has no letter %2.").arg(path, letter);
        }
    }
    return {};
}

} // namespace

QString defaultDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("DSN_FONT_DIR");
    return fromEnvironment.isEmpty() ? u"/usr/share/fonts/truetype/dejavu"_s : fromEnvironment;
}

QString ensureLoaded(const QString &directory)
{
    static QMutex mutex;
    static QHash<QString, QString> results; // folder -> error, empty when loaded
    const QMutexLocker lock(&mutex);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Text::tr("Printed documents need the graphical application object (QGuiApplication).");
    const auto known = results.constFind(directory);
    if (known != results.cend())
        return known.value();
    const QString result = loadFrom(directory);
    results.insert(directory, result);
    return result;
}

QString kazakhSpecificLetters()
{
    return u"ӘҒҚҢӨҰҮҺІәғқңөұүһі"_s;
}

} // namespace dsn::documentfonts
