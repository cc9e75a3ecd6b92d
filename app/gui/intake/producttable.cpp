#include "producttable.h"

namespace dsn::gui {

ProductTable::ProductTable(QWidget *parent)
    : QTableWidget(parent)
{
}

bool ProductTable::atLastCell() const
{
    return currentRow() == rowCount() - 1 && currentColumn() == columnCount() - 1;
}

bool ProductTable::atFirstCell() const
{
    return currentRow() <= 0 && currentColumn() <= 0;
}

bool ProductTable::leaveTable(bool forward)
{
    // The neighbour in the window's tab chain that takes Tab focus and is not part of the table.
    QWidget *w = this;
    for (;;) {
        w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
        if (!w || w == this)
            return false;
        if (isAncestorOf(w))
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isVisible() && w->isEnabled()) {
            w->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
}

bool ProductTable::focusNextPrevChild(bool next)
{
    if (state() != EditingState && ((next && atLastCell()) || (!next && atFirstCell())))
        return leaveTable(next);
    return QTableWidget::focusNextPrevChild(next);
}

void ProductTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool leaveForward = hint == QAbstractItemDelegate::EditNextItem && atLastCell();
    const bool leaveBackward = hint == QAbstractItemDelegate::EditPreviousItem && atFirstCell();
    if (!leaveForward && !leaveBackward) {
        QTableWidget::closeEditor(editor, hint);
        return;
    }
    QTableWidget::closeEditor(editor, QAbstractItemDelegate::NoHint);
    leaveTable(leaveForward);
}

} // namespace dsn::gui
