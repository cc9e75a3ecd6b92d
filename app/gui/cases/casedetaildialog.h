#pragma once

#include "cases/caserecord.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CaseDetailDialog;
}

class QTableWidget;

// One case, read-only: every field of the application, the product lines with their decisions
// and codes, the status history and every printed document. The record comes from
// CaseStore::openCase, which has already audited the viewing.
namespace dsn::gui {

class CaseDetailDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CaseDetailDialog(const CaseRecord &record, QWidget *parent = nullptr);
    ~CaseDetailDialog() override;

    const CaseRecord &record() const { return m_record; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showRecord();
    void showApplication();
    void showLines();
    void showHistory();
    void showDocuments();

    std::unique_ptr<Ui::CaseDetailDialog> m_ui;
    CaseRecord m_record;
};

} // namespace dsn::gui
