#include "tablepagination.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <climits>
#include <cmath>
#include <optional>

namespace dsn {

namespace {

// Marks the empty blocks this pass adds, so that measuring a row ignores them.
constexpr int spacerProperty = QTextFormat::UserProperty + 100;
constexpr int searchSteps = 14;

void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.append(table);
        collectTables(child, tables);
    }
}

qreal topPadding(const QTextTable *table, const QTextTableCell &cell)
{
    const QTextTableCellFormat format = cell.format().toTableCellFormat();
    return format.hasProperty(QTextFormat::TableCellTopPadding) ? format.topPadding()
                                                                : table->format().cellPadding();
}

bool isSpacer(const QTextBlock &block)
{
    return block.blockFormat().hasProperty(spacerProperty);
}

// The cells that start in the row, or nothing when a cell of the row spans rows.
QList<QTextTableCell> cellsOfRow(QTextTable *table, int row)
{
    QList<QTextTableCell> cells;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.rowSpan() > 1 || cell.row() != row)
            return {};
        if (cell.column() == column)
            cells.append(cell);
    }
    return cells;
}

struct RowExtent
{
    qreal top;           // where the row begins (its cells' top padding included)
    qreal contentBottom; // the foot of the lowest line in the row
};

// The extent in document coordinates of the lines of a row, spacers left out.
std::optional<RowExtent> rowExtent(QTextTable *table, int row, QAbstractTextDocumentLayout *layout)
{
    const QList<QTextTableCell> cells = cellsOfRow(table, row);
    std::optional<RowExtent> extent;
    for (const QTextTableCell &cell : cells) {
        QTextBlock block = cell.firstCursorPosition().block();
        const QTextBlock end = cell.lastCursorPosition().block().next();
        const qreal top = layout->blockBoundingRect(block).top() - topPadding(table, cell);
        qreal bottom = top;
        for (; block.isValid() && block != end; block = block.next()) {
            if (isSpacer(block))
                continue;
            const QTextLayout *lines = block.layout();
            const QRectF rect = layout->blockBoundingRect(block);
            // The lines' own offsets: a line moved to the next page lies below the block's top.
            for (int i = 0; i < lines->lineCount(); ++i) {
                const QTextLine line = lines->lineAt(i);
                bottom = qMax(bottom, rect.top() + line.y() + line.height());
            }
        }
        if (!extent)
            extent = RowExtent { top, bottom };
        extent->top = qMin(extent->top, top);
        extent->contentBottom = qMax(extent->contentBottom, bottom);
    }
    return extent;
}

int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight));
}

// Appends to each cell an empty block of no height whose top margin is set later.
QList<QTextBlock> addSpacers(const QList<QTextTableCell> &cells)
{
    QList<QTextBlock> spacers;
    for (const QTextTableCell &cell : cells) {
        QTextCursor cursor = cell.lastCursorPosition();
        QTextBlockFormat format;
        format.setProperty(spacerProperty, true);
        format.setLineHeight(0, QTextBlockFormat::FixedHeight);
        cursor.insertBlock(format);
        spacers.append(cursor.block());
    }
    return spacers;
}

// The layout works lazily and, after a change, lays out again only what changed: finishing
// it after every change keeps every block laid out before the next change moves it.
void finishLayout(QTextDocument *document)
{
    document->pageCount();
}

void setSpacerHeight(QTextDocument *document, const QList<QTextBlock> &spacers, qreal height)
{
    // A margin is in CSS pixels, which the layout scales to its own resolution.
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    const qreal margin = device ? height * 96.0 / device->logicalDpiY() : height;
    for (const QTextBlock &spacer : spacers) {
        QTextCursor cursor(spacer);
        QTextBlockFormat format = spacer.blockFormat();
        format.setTopMargin(margin);
        cursor.setBlockFormat(format);
    }
    finishLayout(document);
}

// A spacer whose line the layout moved to the next page: the row above would follow it.
bool spacerMoved(const QList<QTextBlock> &spacers)
{
    for (const QTextBlock &spacer : spacers) {
        const QTextLayout *layout = spacer.layout();
        if (layout && layout->lineCount() > 0) {
            const QTextLine line = layout->lineAt(0);
            if (line.y() + line.ascent() > 0.5)
                return true;
        }
    }
    return false;
}

// Pushes the row to the next page by growing the row above until the layout drops it
// there. The amount is searched, not computed, so that it stays right whatever margins,
// borders and spacing the table has.
bool pushRowToNextPage(QTextDocument *document, QTextTable *table, int row, int page)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const qreal pageHeight = document->pageSize().height();
    const std::optional<RowExtent> before = rowExtent(table, row, layout);
    if (!before)
        return false;
    const QList<QTextBlock> spacers = addSpacers(cellsOfRow(table, row - 1));
    finishLayout(document);
    qreal low = 0;
    qreal high = (page + 1) * pageHeight - before->top;
    for (int step = 0; step < searchSteps; ++step) {
        const qreal height = (low + high) / 2;
        setSpacerHeight(document, spacers, height);
        const std::optional<RowExtent> now = rowExtent(table, row, layout);
        if (spacerMoved(spacers))
            high = height;
        else if (now && pageOf(now->top, pageHeight) > page)
            return true;
        else
            low = height;
    }
    setSpacerHeight(document, spacers, 0);
    return false;
}

void startOnNextPage(QTextDocument *document, QTextTable *table)
{
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
    finishLayout(document);
}

// A table without a repeated header (a block of label and value lines, the signature lines)
// that begins on one page and ends on another, and is short enough to fit on one.
bool crossesAPage(QTextTable *table, QAbstractTextDocumentLayout *layout, qreal pageHeight)
{
    if (table->rows() < 2)
        return false; // one row: kept whole as a row
    const std::optional<RowExtent> first = rowExtent(table, 0, layout);
    const std::optional<RowExtent> last = rowExtent(table, table->rows() - 1, layout);
    if (!first || !last)
        return false;
    if (last->contentBottom - first->top > 0.8 * pageHeight)
        return false; // too tall: its rows are kept whole one by one
    return pageOf(first->top, pageHeight) != pageOf(last->contentBottom - 0.01, pageHeight);
}

// Finds the first row crossing a page boundary and moves it; false when none is left.
bool moveOneRow(QTextDocument *document, QSet<QPair<QTextTable *, int>> &tried)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const qreal pageHeight = document->pageSize().height();
    QList<QTextTable *> tables;
    collectTables(document->rootFrame(), tables);
    for (QTextTable *table : std::as_const(tables)) {
        const int headerRows = qMax(0, table->format().headerRowCount());
        if (headerRows == 0 && !tried.contains({ table, -1 }) && crossesAPage(table, layout, pageHeight)) {
            tried.insert({ table, -1 });
            startOnNextPage(document, table);
            return true;
        }
        for (int row = headerRows; row < table->rows(); ++row) {
            if (tried.contains({ table, row }))
                continue;
            const std::optional<RowExtent> extent = rowExtent(table, row, layout);
            if (!extent)
                continue;
            const int page = pageOf(extent->top, pageHeight);
            if (page == pageOf(extent->contentBottom - 0.01, pageHeight))
                continue;
            tried.insert({ table, row });
            if (extent->contentBottom - extent->top > 0.8 * pageHeight)
                continue; // taller than a page: it has to flow
            if (row == headerRows || cellsOfRow(table, row - 1).isEmpty()) {
                startOnNextPage(document, table);
                return true;
            }
            pushRowToNextPage(document, table, row, page);
            return true;
        }
    }
    return false;
}

} // namespace

int keepTableRowsTogether(QTextDocument *document)
{
    if (!document || document->pageSize().height() <= 0 || document->pageSize().height() >= INT_MAX)
        return 0;
    finishLayout(document);
    QSet<QPair<QTextTable *, int>> tried;
    int count = 0;
    while (moveOneRow(document, tried))
        ++count;
    if (count > 0)
        layOutCompletely(document);
    return count;
}

void layOutCompletely(QTextDocument *document)
{
    if (!document)
        return;
    finishLayout(document);
    document->markContentsDirty(0, document->characterCount());
    finishLayout(document);
}

} // namespace dsn
