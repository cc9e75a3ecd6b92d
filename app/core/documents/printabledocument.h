#pragma once

#include "base/result.h"

#include <QImage>
#include <QPageLayout>
#include <QRectF>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace dsn {

// A filled document laid out on A4 pages, ready for a PDF file, a printer or a preview.
// The layout is made once, in device-independent units, and every output scales that same
// layout: a print preview, a printed sheet and the PDF show the same lines on the same pages.
//
// Layout units: 720 per inch (a tenth of a point), so that every font size given in tenths
// of a point is a whole number of units; Qt's PDF writer rounds font sizes to whole units,
// and a rounded size would print glyphs smaller than the layout placed them. Lengths in CSS
// "px" in a template (margins, padding, borders, widths) are CSS pixels, 1/96 inch: Qt scales
// them from its default 96 dots per inch to the layout's resolution.
//
// The page: A4 portrait, 20 mm margins; the last 7 mm of the area inside the margins hold the
// page footer (for example "Receipt No. ... page 1 of 2"), the rest holds the body.
class PrintableDocument
{
public:
    static constexpr int layoutDpi = 720;
    static constexpr int pdfResolution = 300;
    static constexpr qreal marginMillimetres = 20;
    static constexpr qreal footerMillimetres = 7;

    // html: the filled template. footerPattern: plain text drawn at the foot of every page with
    // {{page}} and {{pages}} replaced; empty for no footer. The fonts must be loaded
    // (documentfonts::ensureLoaded) before a document is made.
    PrintableDocument(const QString &html, QString title, QString footerPattern);
    ~PrintableDocument();
    PrintableDocument(const PrintableDocument &) = delete;
    PrintableDocument &operator=(const PrintableDocument &) = delete;

    static QPageLayout pageLayout();

    const QString &title() const { return m_title; }
    // Who issued the document and what it is, for the PDF's metadata (dc:creator and
    // dc:description); empty for none.
    void setAuthorAndSubject(QString author, QString subject);
    const QString &author() const { return m_author; }
    const QString &subject() const { return m_subject; }
    int pageCount() const;
    QString footerText(int pageIndex) const;
    // How many QR codes the document draws.
    int qrCodeCount() const { return m_qrCodes; }

    // Paints one page (from 0) scaled into paperRect, the whole sheet in the painter's
    // coordinates (for thumbnails or a custom preview). A sheet of another shape gets the A4
    // page scaled to fit, top-left aligned.
    void paintPage(QPainter *painter, int pageIndex, const QRectF &paperRect) const;

    // Paints every page on the paged device the painter is active on (a QPrinter given by
    // QPrintPreviewDialog::paintRequested, a QPdfWriter), calling its newPage() between pages.
    // deviceLayout is the device's page layout (QPrinter::pageLayout()); it tells where the
    // sheet lies in the painter's coordinates.
    void render(QPainter *painter, const QPageLayout &deviceLayout) const;

    // Sets the device to A4 with this document's margins, and paints every page. False when
    // painting could not start.
    bool print(QPagedPaintDevice *device) const;

    // Writes the PDF atomically: PDF/A-1b (fonts embedded, no transparency, the sRGB output
    // intent), 300 dpi, with title, author, subject and creator (pdfametadata.h). Returns an
    // empty string on success, otherwise the reason.
    Result<void> writePdf(const QString &path) const;
    // The PDF bytes; empty and error set when writing failed.
    Result<QByteArray> toPdf() const;

    // The laid-out text, in layout units; a page is bodyRect().height() tall.
    const QTextDocument &textDocument() const { return *m_document; }
    // The area inside the margins that holds the body, on the sheet in layout units.
    QRectF bodyRect() const;
    // CSS pixels (1/96 inch) in layout units.
    static constexpr qreal fromCssPixels(qreal pixels) { return pixels * layoutDpi / 96; }

private:
    void paintSheet(QPainter *painter, int pageIndex) const;
    Result<void> writePdfTo(QIODevice *device) const;
    Result<QByteArray> renderPdf() const;

    QString m_title;
    QString m_author;
    QString m_subject;
    QString m_footerPattern;
    QImage m_layoutDevice;
    std::unique_ptr<QTextDocument> m_document;
    int m_qrCodes = 0;
};

} // namespace dsn
