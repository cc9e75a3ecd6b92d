#include "cases/caselistaudit.h"

#include "cases/casestore.h"
#include "lifecycle/caselifecycle.h"
#include "store/audittrail.h"
#include "store/database.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

QJsonObject caseListAuditDetails(const CaseQuery &query, const CaseListShown &shown)
{
    QJsonObject filters;
    if (!query.statuses.isEmpty()) {
        QJsonArray statuses;
        for (CaseStatus status : query.statuses)
            statuses.append(statusKey(status));
        filters.insert(u"statuses"_s, statuses);
    }
    if (query.receivedFrom.isValid())
        filters.insert(u"received_from"_s, toStoreTime(query.receivedFrom));
    if (query.receivedBefore.isValid())
        filters.insert(u"received_before"_s, toStoreTime(query.receivedBefore));
    if (query.overdueOnly)
        filters.insert(u"overdue_only"_s, true);
    QJsonObject details {
        { u"query"_s, query.text.trimmed() },
        { u"filters"_s, filters },
        { u"order"_s, query.order == CaseOrder::DueFirst ? u"due_first"_s : u"newest_first"_s },
        { u"rows"_s, shown.rows },
        { u"page"_s, shown.page },
        { u"rows_so_far"_s, qMax(shown.rowsSoFar, shown.rows) },
        { u"more"_s, shown.more },
    };
    if (!shown.purpose.trimmed().isEmpty())
        details.insert(u"purpose"_s, shown.purpose.trimmed());
    return details;
}

Result<void> CaseStore::auditCaseList(const CaseQuery &query, const Actor &actor, const CaseListShown &shown)
{
    const QJsonObject details = caseListAuditDetails(query, shown);
    return m_db.write([&](QSqlDatabase &db) -> Result<void> {
        Result<qint64> r
            = AuditTrail::append(db, actor, AuditEvent::CaseSearch, u"cases"_s, {}, details, m_clock);
        if (!r)
            return r.error();
        return {};
    });
}

} // namespace dsn
