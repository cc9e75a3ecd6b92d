#pragma once

#include "base/storetime.h"
#include "cases/casesearch.h"
#include "session/actor.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class CaseListWidget;
}

namespace dsn {
class CaseStore;
}

// The counter desk's list of cases: a full-text search box, filters by status, date of receipt
// and overdue, and the cases newest first, loaded a page at a time as the list scrolls. Opening
// a case reads it through CaseStore::openCase as the widget's actor (which audits the viewing)
// and shows it read-only.
namespace dsn::gui {

class CaseListModel;

class CaseListWidget : public QWidget
{
    Q_OBJECT

public:
    // How long typing may pause before the list follows the search box.
    static constexpr int kSearchDelayMs = 300;

    CaseListWidget(dsn::CaseStore &store, const dsn::Actor &actor, QWidget *parent = nullptr);
    ~CaseListWidget() override;

    // "Today" for the deadline colours (the store's clock decides what is overdue).
    void setClock(Clock clock);
    // The query the current filters and search text make.
    CaseQuery currentQuery() const;
    CaseListModel *model() const { return m_model; }

    // Drops every loaded row, the search text and the filters, and closes an open case: nothing
    // of the previous user's work stays on screen. refresh() loads the list again.
    void clearForSignOut();

public slots:
    // Reads the list again from the first page with the current search and filters.
    void refresh();
    // Opens the case selected in the list.
    void openSelectedCase();
    void openCase(const QString &caseNumber);

signals:
    void caseOpened(const QString &caseNumber);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setOrder(CaseOrder order);
    void fillStatuses();
    void resetFilters();
    void applyFiltersNow();
    void showCount();
    void showLegend();
    void retranslate();

    std::unique_ptr<Ui::CaseListWidget> m_ui;
    CaseStore &m_store;
    const Actor m_actor;
    CaseListModel *m_model = nullptr;
    QTimer *m_searchTimer = nullptr;
    // Newest receipt first, or (a click on the Due header) earliest end of term first.
    CaseOrder m_order = CaseOrder::NewestFirst;
};

} // namespace dsn::gui
