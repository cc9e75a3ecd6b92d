#pragma once

#include "cases/application.h"

#include <QTableWidget>

namespace dsn {
class ReferenceData;
}

namespace dsn::gui {

// The product rows of the application: a type of facet 4, a name and a specification per row.
// The type cell edits through a drop-down of the types, and a digit typed in it picks the type
// at once. Insert asks for a new row, Ctrl+Del for removing the current one. Tab walks the cells
// as in a spreadsheet, but leaves the table after its last cell (and Shift+Tab before its
// first), so the operator goes on through the form without reaching for the mouse.
class ProductTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { TypeColumn = 0, NameColumn = 1, SpecColumn = 2 };

    explicit ProductTable(QWidget *parent = nullptr);

    // The product types the type cells offer, and the columns' sizes; once, after the form's
    // setup has given the table its columns. The reference data must outlive the table.
    void setReference(const ReferenceData &reference);
    // The lines as typed, without the rows left completely empty.
    QList<ProductLine> productLines() const;
    // Sets a row's type (0 or an unknown type: none), named in the interface language.
    void setProductType(int row, int type);
    // The type cells name their types again, in the interface language.
    void retranslateTypes();
    // A new empty row at the end, current at its type cell, with the focus.
    void appendLine();

signals:
    void addLineRequested();
    void removeLineRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    bool atLastCell() const;
    bool atFirstCell() const;
    bool leaveTable(bool forward);

    const ReferenceData *m_reference = nullptr;
};

} // namespace dsn::gui
