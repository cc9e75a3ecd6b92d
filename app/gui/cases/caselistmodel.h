#pragma once

#include "base/storetime.h"
#include "cases/casesearch.h"
#include "session/actor.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace dsn {
class CaseStore;
}

// The case list as a table, loaded a page at a time from CaseStore::search. The order is the
// store's: newest receipt first, cut by keyset, so scrolling to the end of a million cases costs
// one page per step and a case taken in meanwhile never shifts or repeats rows. The store offers
// no other order, so the model does not sort: sorting the rows loaded so far would pretend to be
// an order of the whole list.
//
// The rows show people's IIN/BIN and names, so every page is recorded in the audit trail as the
// model's actor before it is shown (CaseStore::auditCaseList, one entry per page: see
// cases/caselistaudit.h); a page that cannot be recorded is not shown.
namespace dsn::gui {

class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        ReceivedColumn,
        TaxpayerColumn,
        TaxpayerIdColumn,
        StatusColumn,
        DueColumn,
        ColumnCount
    };
    enum Role {
        CaseNumberRole = Qt::UserRole, // QString, on every column
        DeadlineStateRole,             // int: DeadlineState
    };
    enum class DeadlineState { Running, DueToday, Overdue, Stopped };
    Q_ENUM(DeadlineState)

    static constexpr int kDefaultPageSize = 100;

    // Loads the first page of every case right away, as `actor`.
    CaseListModel(CaseStore &store, const Actor &actor, QObject *parent = nullptr);

    // The deadline column's colours, shared with the legend.
    static QColor dueTodayColor();
    static QColor overdueColor();

    // "Today" for the deadline colours; the store's own clock decides what is overdue.
    void setClock(Clock clock);
    void setPageSize(int rows); // 1..1000; takes effect from the next page

    // Starts over with another query (its limit and cursor are the model's own).
    void setQuery(const CaseQuery &query);
    const CaseQuery &query() const { return m_query; }
    // Starts the current query over from the first page.
    void reload();
    // Drops every row and loads nothing until the next setQuery() or reload().
    void clear();

    const CaseSummary &summary(int row) const { return m_rows.at(row); }
    QString caseNumber(int row) const;
    DeadlineState deadlineState(const CaseSummary &summary) const;
    QString lastError() const { return m_error; }
    // Headers and status names in the current interface language.
    void retranslate();
    // False after clear(): the list shows nothing because nothing was asked for.
    bool isLoaded() const { return m_active; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A page could not be read; the list stops growing until reloaded.
    void loadFailed(const QString &message);
    // Rows were added, replaced or dropped.
    void loaded();

private:
    void loadFirstPage();
    // Reads the page and records it in the audit trail; an error when either fails.
    Result<CasePage> readPage(const CaseQuery &page);

    CaseStore &m_store;
    const Actor m_actor;
    int m_pagesShown = 0; // pages of the current query shown so far
    Clock m_clock;
    CaseQuery m_query;
    QList<CaseSummary> m_rows;
    std::optional<CaseCursor> m_next;
    bool m_active = false; // a query is set and its first page has been asked for
    int m_pageSize = kDefaultPageSize;
    QString m_error;
};

} // namespace dsn::gui
