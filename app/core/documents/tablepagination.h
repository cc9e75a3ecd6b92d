#pragma once

class QTextDocument;

namespace dsn {

// Keeps every table row of a paginated document on one page. Qt's layout lets the lines of a
// row flow across a page break, which prints half a product line on each sheet. After the
// layout, a row that crosses a page boundary is pushed to the foot of its page (by padding the
// row above it), where Qt's own rule moves it whole to the next page under the repeated header
// and closes the row above at the page foot. A table whose first body row would cross starts
// on the next page instead. A table without a repeated header (label and value lines, the
// signature block) is one block: when it would cross a page boundary, it starts on the next
// page whole. Rows taller than a page, or with cells spanning rows, are left to flow. Returns
// how many rows or tables were moved.
int keepTableRowsTogether(QTextDocument *document);

// Lays the whole document out in one pass. Qt lays a new document out lazily, in steps that
// pause every so often and resume later; resuming after a table can leave the paragraphs
// that follow it without lines (they print as nothing). Laying everything out again once
// the lazy pass is over does it in one go, without pauses.
void layOutCompletely(QTextDocument *document);

} // namespace dsn
