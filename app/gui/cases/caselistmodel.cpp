#include "caselistmodel.h"

#include "base/kazakhstantime.h"
#include "cases/casestore.h"
#include "lifecycle/caselifecycle.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

CaseListModel::CaseListModel(CaseStore &store, const Actor &actor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_actor(actor)
    , m_clock(systemClock())
{
    setQuery(CaseQuery {});
}

QColor CaseListModel::dueTodayColor()
{
    return QColor(0xff, 0xd5, 0x80); // amber
}

QColor CaseListModel::overdueColor()
{
    return QColor(0xf2, 0x9c, 0x9c); // red, light enough for dark text
}

void CaseListModel::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : systemClock();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DueColumn), index(int(m_rows.size()) - 1, DueColumn));
}

void CaseListModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, 1000);
}

void CaseListModel::setQuery(const CaseQuery &query)
{
    m_query = query;
    m_query.after.reset();
    loadFirstPage();
}

void CaseListModel::reload()
{
    loadFirstPage();
}

void CaseListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_next.reset();
    m_active = false;
    m_pagesShown = 0;
    m_query = CaseQuery {};
    m_error.clear();
    endResetModel();
    emit loaded();
}

void CaseListModel::loadFirstPage()
{
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_active = true;
    m_pagesShown = 0;
    m_error.clear();
    CaseQuery page = m_query;
    page.limit = m_pageSize;
    page.after.reset();
    Result<CasePage> result = readPage(page);
    if (result) {
        m_rows = std::move(result->cases);
        m_next = result->next;
    } else {
        m_error = result.error().message;
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
    emit loaded();
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_active && m_next.has_value();
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    CaseQuery page = m_query;
    page.limit = m_pageSize;
    page.after = m_next;
    Result<CasePage> result = readPage(page);
    if (!result) {
        m_error = result.error().message;
        m_next.reset();
        emit loadFailed(m_error);
        emit loaded();
        return;
    }
    m_next = result->next;
    if (!result->cases.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(result->cases.size()) - 1);
        m_rows.append(result->cases);
        endInsertRows();
    }
    emit loaded();
}

Result<CasePage> CaseListModel::readPage(const CaseQuery &page)
{
    Result<CasePage> result = m_store.search(page);
    if (!result)
        return result;
    CaseListShown shown;
    shown.rows = int(result->cases.size());
    shown.page = m_pagesShown + 1;
    shown.rowsSoFar = int(m_rows.size()) + shown.rows;
    shown.more = result->next.has_value();
    shown.purpose = u"case list"_s;
    if (Result<void> audited = m_store.auditCaseList(m_query, m_actor, shown); !audited)
        return audited.error();
    ++m_pagesShown;
    return result;
}

void CaseListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString CaseListModel::caseNumber(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).caseNumber : QString();
}

CaseListModel::DeadlineState CaseListModel::deadlineState(const CaseSummary &summary) const
{
    if (isDecided(summary.status) || !summary.dueAt.isValid())
        return DeadlineState::Stopped;
    if (summary.overdue)
        return DeadlineState::Overdue;
    if (kazakhstanTime(summary.dueAt).date() == kazakhstanTime(m_clock()).date())
        return DeadlineState::DueToday;
    return DeadlineState::Running;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseSummary &c = m_rows.at(index.row());
    if (role == CaseNumberRole)
        return c.caseNumber;
    if (role == DeadlineStateRole)
        return int(deadlineState(c));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return c.caseNumber;
        case ReceivedColumn:
            return formatKazakhstanDateTime(c.receivedAt);
        case TaxpayerColumn:
            return c.taxpayerName;
        case TaxpayerIdColumn:
            return c.taxpayerId;
        case StatusColumn:
            return statusDisplayName(c.status);
        case DueColumn:
            return formatKazakhstanDateTime(c.dueAt);
        default:
            return {};
        }
    }
    if (index.column() != DueColumn)
        return {};
    const DeadlineState state = deadlineState(c);
    if (role == Qt::BackgroundRole) {
        if (state == DeadlineState::Overdue)
            return overdueColor();
        if (state == DeadlineState::DueToday)
            return dueTodayColor();
    } else if (role == Qt::ForegroundRole) {
        if (state == DeadlineState::Overdue || state == DeadlineState::DueToday)
            return QColor(Qt::black);
    } else if (role == Qt::ToolTipRole) {
        switch (state) {
        case DeadlineState::Overdue:
            return tr("Overdue: the term has ended and no decision was made");
        case DeadlineState::DueToday:
            return tr("Due today");
        case DeadlineState::Stopped:
            return tr("Decided: the term no longer runs");
        case DeadlineState::Running:
            return tr("The term of service is running");
        }
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case ReceivedColumn:
        return tr("Received");
    case TaxpayerColumn:
        return tr("Taxpayer");
    case TaxpayerIdColumn:
        return tr("IIN/BIN");
    case StatusColumn:
        return tr("Status");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace dsn::gui
