#include "producttable.h"

#include "common/referencemodels.h"
#include "common/uilanguage.h"
#include "reference/referencedata.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStyledItemDelegate>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

namespace {

// The product type cell edits through a drop-down of the four types of facet 4.
class ProductTypeDelegate : public QStyledItemDelegate
{
public:
    ProductTypeDelegate(const ReferenceData &reference, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_reference(reference)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        fillProductTypes(combo, m_reference, uiLanguage());
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        selectCode(combo, index.data(kCodeRole));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData(), kCodeRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }

private:
    const ReferenceData &m_reference;
};

} // namespace

ProductTable::ProductTable(QWidget *parent)
    : QTableWidget(parent)
{
}

void ProductTable::setReference(const ReferenceData &reference)
{
    m_reference = &reference;
    setItemDelegateForColumn(TypeColumn, new ProductTypeDelegate(reference, this));
    horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    setMinimumHeight(150);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::DoubleClicked);
}

QList<ProductLine> ProductTable::productLines() const
{
    QList<ProductLine> lines;
    for (int row = 0; row < rowCount(); ++row) {
        ProductLine line;
        const QTableWidgetItem *type = item(row, TypeColumn);
        const QTableWidgetItem *name = item(row, NameColumn);
        const QTableWidgetItem *spec = item(row, SpecColumn);
        line.type = type ? type->data(kCodeRole).toInt() : 0;
        line.name = name ? name->text() : QString();
        line.spec = spec ? spec->text() : QString();
        // A row left completely empty is not part of the application.
        if (line.type == 0 && line.name.trimmed().isEmpty() && line.spec.trimmed().isEmpty())
            continue;
        lines.append(line);
    }
    return lines;
}

void ProductTable::setProductType(int row, int type)
{
    QTableWidgetItem *cell = item(row, TypeColumn);
    if (!cell) {
        cell = new QTableWidgetItem;
        setItem(row, TypeColumn, cell);
    }
    const ProductType *productType = m_reference ? m_reference->productType(type) : nullptr;
    cell->setData(kCodeRole, productType ? type : 0);
    cell->setText(productType ? u"%1 — %2"_s.arg(type).arg(productType->name.in(uiLanguage())) : QString());
}

void ProductTable::retranslateTypes()
{
    for (int row = 0; row < rowCount(); ++row) {
        if (QTableWidgetItem *cell = item(row, TypeColumn))
            setProductType(row, cell->data(kCodeRole).toInt());
    }
}

void ProductTable::appendLine()
{
    const int row = rowCount();
    insertRow(row);
    for (int column : { TypeColumn, NameColumn, SpecColumn })
        setItem(row, column, new QTableWidgetItem);
    setCurrentCell(row, TypeColumn);
    setFocus();
}

void ProductTable::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Insert && event->modifiers() == Qt::NoModifier) {
        emit addLineRequested();
        return;
    }
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::ControlModifier) {
        emit removeLineRequested();
        return;
    }
    // In the type column a digit 1-4 picks the type directly.
    if (currentColumn() == TypeColumn && event->modifiers() == Qt::NoModifier && event->key() >= Qt::Key_1
        && event->key() <= Qt::Key_9) {
        const int type = event->key() - Qt::Key_0;
        if (m_reference && m_reference->productType(type)) {
            setProductType(currentRow(), type);
            setCurrentCell(currentRow(), NameColumn);
        }
        return;
    }
    QTableWidget::keyPressEvent(event);
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
