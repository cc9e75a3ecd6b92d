#pragma once

// Reading written PDFs back in tests with independent tools: poppler's pdfinfo and pdffonts
// (Debian poppler-utils) for PDF/A identification and embedded fonts, pdftoppm and zbarimg
// (zbar-tools) for the printed QR code. installer/setup-debian.sh installs them; a missing tool is
// a broken setup, so the helpers report it instead of passing.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace pdftools {

struct ToolRun
{
    int exitCode = -1; // -1: the tool is missing, did not start or did not finish
    QString out;
    QString err;
};

inline ToolRun runTool(const QString &name, const QStringList &arguments)
{
    ToolRun run;
    const QString program = QStandardPaths::findExecutable(name);
    if (program.isEmpty()) {
        run.err = name + QStringLiteral(" is not installed");
        return run;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = name + QStringLiteral(" did not finish");
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The XMP packet as pdfinfo -meta prints it.
inline QString xmpOf(const QString &pdf)
{
    const ToolRun run = runTool(QStringLiteral("pdfinfo"), { QStringLiteral("-meta"), pdf });
    return run.exitCode == 0 ? run.out : QString();
}

// Whether the XMP identifies the file as PDF/A-1b: pdfaid:part 1 and pdfaid:conformance B, as
// attributes or as elements.
inline bool identifiesPdfA1b(const QString &xmp)
{
    static const QRegularExpression part(QStringLiteral("pdfaid:part(=\"1\"|>1</pdfaid:part>)"));
    static const QRegularExpression conformance(
        QStringLiteral("pdfaid:conformance(=\"B\"|>B</pdfaid:conformance>)"));
    return xmp.contains(part) && xmp.contains(conformance);
}

struct Font
{
    QString name;
    bool embedded = false;
};

// Every font pdffonts lists; empty when it lists none or fails.
inline QList<Font> fontsOf(const QString &pdf)
{
    const ToolRun run = runTool(QStringLiteral("pdffonts"), { pdf });
    QList<Font> fonts;
    if (run.exitCode != 0)
        return fonts;
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 2)
        return fonts;
    const qsizetype emb = lines.first().indexOf(QStringLiteral(" emb ")) + 1;
    if (emb <= 0)
        return fonts;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        fonts.append({ line.section(QLatin1Char(' '), 0, 0), line.mid(emb, 3) == QStringLiteral("yes") });
    }
    return fonts;
}

// The QR codes zbarimg reads on the first page, rasterised by pdftoppm at 200 dpi, one payload a
// line; empty when none decodes. The PNG goes into `workDir`.
inline QStringList qrCodesOnFirstPage(const QString &pdf, const QString &workDir)
{
    const QString stem = QDir(workDir).filePath(QFileInfo(pdf).completeBaseName() + QStringLiteral("-qr"));
    const ToolRun raster = runTool(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), QStringLiteral("-f"),
            QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
            pdf, stem });
    if (raster.exitCode != 0)
        return {};
    const ToolRun zbar = runTool(QStringLiteral("zbarimg"),
        { QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sdisable"),
            QStringLiteral("-Sqrcode.enable"), stem + QStringLiteral(".png") });
    if (zbar.exitCode != 0)
        return {};
    return zbar.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace pdftools
