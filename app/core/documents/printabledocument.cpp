#include "printabledocument.h"

#include "documentfonts.h"
#include "pdfametadata.h"
#include "qrtextobject.h"
#include "tablepagination.h"

#include "store/database.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::PrintableDocument)
};

constexpr qreal fromMillimetres(qreal mm)
{
    return mm * PrintableDocument::layoutDpi / 25.4;
}

QSizeF sheetSize()
{
    // From millimetres: the size in inches is rounded to two decimals.
    return QPageSize(QPageSize::A4).size(QPageSize::Millimeter) * (PrintableDocument::layoutDpi / 25.4);
}

constexpr int footerPixelSize = 7.5 * PrintableDocument::layoutDpi / 72; // 7.5 pt

} // namespace

PrintableDocument::PrintableDocument(const QString &html, QString title, QString footerPattern)
    : m_title(std::move(title))
    , m_footerPattern(std::move(footerPattern))
    , m_layoutDevice(1, 1, QImage::Format_ARGB32)
    , m_document(std::make_unique<QTextDocument>())
{
    // A QImage of the layout's resolution gives the layout its units, and design metrics keep
    // the advances free of hinting.
    const int dotsPerMeter = qRound(layoutDpi / 0.0254);
    m_layoutDevice.setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice.setDotsPerMeterY(dotsPerMeter);

    m_document->setUndoRedoEnabled(false);
    m_document->setUseDesignMetrics(true);
    m_document->setDocumentMargin(0);
    QFont base(QString::fromLatin1(documentfonts::sansFamily));
    base.setPointSizeF(10);
    base.setHintingPreference(QFont::PreferNoHinting);
    m_document->setDefaultFont(base);
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    m_document->documentLayout()->setPaintDevice(&m_layoutDevice);
    const QRectF body = bodyRect();
    m_document->setPageSize(body.size());
    m_document->setHtml(html);
    m_qrCodes = QrTextObject::install(m_document.get());
    layOutCompletely(m_document.get());
    keepTableRowsTogether(m_document.get());
}

PrintableDocument::~PrintableDocument() = default;

void PrintableDocument::setAuthorAndSubject(QString author, QString subject)
{
    m_author = std::move(author);
    m_subject = std::move(subject);
}

QPageLayout PrintableDocument::pageLayout()
{
    const QMarginsF margins(marginMillimetres, marginMillimetres, marginMillimetres, marginMillimetres);
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, margins, QPageLayout::Millimeter);
}

QRectF PrintableDocument::bodyRect() const
{
    const QSizeF sheet = sheetSize();
    const qreal margin = fromMillimetres(marginMillimetres);
    return QRectF(margin, margin, sheet.width() - 2 * margin,
        sheet.height() - 2 * margin - fromMillimetres(footerMillimetres));
}

int PrintableDocument::pageCount() const
{
    return m_document->pageCount();
}

QString PrintableDocument::footerText(int pageIndex) const
{
    QString text = m_footerPattern;
    text.replace(u"{{page}}"_s, QString::number(pageIndex + 1));
    text.replace(u"{{pages}}"_s, QString::number(pageCount()));
    return text;
}

void PrintableDocument::paintSheet(QPainter *painter, int pageIndex) const
{
    const QRectF body = bodyRect();
    const qreal pageTop = pageIndex * body.height();

    painter->save();
    painter->translate(body.left(), body.top() - pageTop);
    const QRectF page(0, pageTop, body.width(), body.height());
    // A little room at the sides for table borders drawn on the edge of the body.
    painter->setClipRect(page.adjusted(-fromCssPixels(2), 0, fromCssPixels(2), 0));
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = page;
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document->documentLayout()->draw(painter, context);
    painter->restore();

    if (m_footerPattern.isEmpty())
        return;
    painter->save();
    QFont font(QString::fromLatin1(documentfonts::sansFamily));
    font.setPixelSize(footerPixelSize);
    painter->setFont(font);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const QRectF footer(body.left(), body.bottom(), body.width(), fromMillimetres(footerMillimetres));
    QPen rule(painter->pen());
    rule.setWidthF(fromCssPixels(0.75));
    painter->setPen(rule);
    const QPointF below(0, fromCssPixels(6));
    painter->drawLine(QLineF(footer.topLeft() + below, footer.topRight() + below));
    painter->drawText(footer, Qt::AlignRight | Qt::AlignBottom, footerText(pageIndex));
    painter->restore();
}

void PrintableDocument::paintPage(QPainter *painter, int pageIndex, const QRectF &paperRect) const
{
    if (!painter || pageIndex < 0 || pageIndex >= pageCount())
        return;
    const QSizeF sheet = sheetSize();
    const qreal scale = qMin(paperRect.width() / sheet.width(), paperRect.height() / sheet.height());
    painter->save();
    painter->translate(paperRect.topLeft());
    painter->scale(scale, scale);
    paintSheet(painter, pageIndex);
    painter->restore();
}

void PrintableDocument::render(QPainter *painter, const QPageLayout &deviceLayout) const
{
    if (!painter || !painter->isActive())
        return;
    QPaintDevice *device = painter->device();
    // Device units per point, across and down.
    const qreal sx = device->logicalDpiX() / 72.0;
    const qreal sy = device->logicalDpiY() / 72.0;
    const QSizeF paper = deviceLayout.fullRect(QPageLayout::Point).size();
    QRectF paperRect(0, 0, paper.width() * sx, paper.height() * sy);
    if (deviceLayout.mode() == QPageLayout::StandardMode) {
        const QPointF origin = deviceLayout.paintRect(QPageLayout::Point).topLeft();
        paperRect.translate(-origin.x() * sx, -origin.y() * sy);
    }
    auto *paged = dynamic_cast<QPagedPaintDevice *>(device);
    const int pages = pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && paged)
            paged->newPage();
        paintPage(painter, page, paperRect);
    }
}

bool PrintableDocument::print(QPagedPaintDevice *device) const
{
    if (!device)
        return false;
    device->setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(device))
        return false;
    render(&painter, device->pageLayout());
    return painter.end();
}

Result<QByteArray> PrintableDocument::renderPdf() const
{
    const QString creator = Text::tr("DSN Workstation %1").arg(QString::fromLatin1(DSN_VERSION));
    const pdfa::Metadata metadata { m_title, m_author, m_subject, creator };
    // The XMP packet must give the creation time the information dictionary holds, which Qt
    // takes when painting begins: when the second turned meanwhile, the document is written again.
    constexpr int attempts = 3;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const QDateTime created = QDateTime::currentDateTime();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
            writer.setResolution(pdfResolution);
            writer.setTitle(m_title);
            writer.setCreator(creator);
            writer.setDocumentXmpMetadata(pdfa::xmpPacket(metadata, created));
            if (!writer.setPageLayout(pageLayout()))
                return makeError(ErrorCode::Internal, Text::tr("The PDF page could not be set to A4."));
            QPainter painter;
            if (!painter.begin(&writer))
                return makeError(ErrorCode::Io, Text::tr("The PDF could not be started."));
            render(&painter, writer.pageLayout());
            if (!painter.end())
                return makeError(ErrorCode::Io, Text::tr("The PDF could not be finished."));
        }
        const QDateTime recorded = pdfa::infoCreationDate(bytes);
        if (recorded.isValid() && recorded.toSecsSinceEpoch() == created.toSecsSinceEpoch())
            return bytes;
    }
    return makeError(
        ErrorCode::Internal, Text::tr("The PDF's creation time could not be recorded consistently."));
}

Result<void> PrintableDocument::writePdfTo(QIODevice *device) const
{
    Result<QByteArray> bytes = renderPdf();
    if (!bytes)
        return bytes.error();
    if (device->write(*bytes) != bytes->size())
        return makeError(
            ErrorCode::Io, Text::tr("The PDF could not be written: %1").arg(device->errorString()));
    return {};
}

Result<void> PrintableDocument::writePdf(const QString &path) const
{
    // Replacing the store (or its log) would lose it, and even opening it drops the locks
    // this process's connections hold.
    if (Database::isInUseByThisProcess(path))
        return makeError(ErrorCode::InvalidInput,
            Text::tr("%1 is the workstation's store; choose another file for the PDF.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (Result<void> written = writePdfTo(&file); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<QByteArray> PrintableDocument::toPdf() const
{
    return renderPdf();
}

} // namespace dsn
