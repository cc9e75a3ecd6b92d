#pragma once

#include <QTableWidget>

namespace dsn::gui {

// The product rows of the application. Tab walks the cells as in a spreadsheet, but leaves
// the table after its last cell (and Shift+Tab before its first), so the operator goes on
// through the form without reaching for the mouse.
class ProductTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ProductTable(QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    bool atLastCell() const;
    bool atFirstCell() const;
    bool leaveTable(bool forward);
};

} // namespace dsn::gui
