#pragma once

// Reading rendered PDFs back in tests, through Qt Pdf (PDFium).

#include <QPdfDocument>
#include <QPdfSelection>
#include <QRectF>
#include <QRegularExpression>
#include <QString>

namespace pdftext {

inline constexpr qreal mmToPoints = 72 / 25.4;

// The text of a page with every run of white space (line ends and no-break spaces included) made
// one space.
inline QString pageText(QPdfDocument &pdf, int page)
{
    static const QRegularExpression spaces(
        QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    return pdf.getAllText(page).text().replace(spaces, QStringLiteral(" "));
}

inline QString allText(QPdfDocument &pdf)
{
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pageText(pdf, page) + QLatin1Char(' ');
    return text;
}

// Where a text lies on a page, in points from the top-left corner; null when absent.
inline QRectF boundsOf(QPdfDocument &pdf, int page, const QString &needle)
{
    const QString text = pdf.getAllText(page).text();
    const qsizetype at = text.indexOf(needle);
    if (at < 0)
        return {};
    return pdf.getSelectionAtIndex(page, int(at), int(needle.size())).boundingRectangle();
}

// Where the last occurrence of a text lies on a page; null when absent.
inline QRectF boundsOfLast(QPdfDocument &pdf, int page, const QString &needle)
{
    const QString text = pdf.getAllText(page).text();
    const qsizetype at = text.lastIndexOf(needle);
    if (at < 0)
        return {};
    return pdf.getSelectionAtIndex(page, int(at), int(needle.size())).boundingRectangle();
}

// The part of an A4 page that may hold the body: inside the 20 mm margins, above the 7 mm
// footer.
inline QRectF bodyInPoints()
{
    const qreal margin = 20 * mmToPoints;
    return QRectF(margin, margin, (210 - 40) * mmToPoints, (297 - 40 - 7) * mmToPoints);
}

// The pages (from 0) whose text holds the needle.
inline QList<int> pagesWith(QPdfDocument &pdf, const QString &needle)
{
    QList<int> pages;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        if (pageText(pdf, page).contains(needle))
            pages.append(page);
    }
    return pages;
}

} // namespace pdftext
