#include "cases/reviewqueue.h"

#include "base/kazakhstantime.h"
#include "store/database.h"
#include "store/sql.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn {

Urgency urgencyOf(const QDateTime &dueAt, const QDateTime &now)
{
    if (!dueAt.isValid())
        return Urgency::Later;
    if (dueAt <= now)
        return Urgency::Overdue;
    return kazakhstanDate(dueAt) == kazakhstanDate(now) ? Urgency::DueToday : Urgency::Later;
}

ReviewQueue::ReviewQueue(Database &database, Clock clock)
    : m_db(database)
    , m_clock(clock ? std::move(clock) : database.clock())
{
}

Result<QList<QueueEntry>> ReviewQueue::open() const
{
    const QDateTime now = m_clock();
    QList<QueueEntry> entries;
    Result<void> r = m_db.read([&](QSqlDatabase &db) -> Result<void> {
        entries.clear();
        Result<QSqlQuery> q = sqlRun(db,
            u"SELECT a.case_number, a.uid, a.taxpayer_name, a.taxpayer_id, a.status, a.registered_at,"
            u" a.due_at, (SELECT COUNT(*) FROM product_lines l WHERE l.application_id = a.id),"
            u" a.taken_by_name, a.taken_by_login,"
            u" EXISTS (SELECT 1 FROM pending_decisions p WHERE p.application_id = a.id"
            u" AND p.answered_at IS NULL AND p.failure IS NULL)"
            u" FROM applications a WHERE a.origin = 'queue' AND a.status IN (?, ?)"
            u" ORDER BY a.due_at IS NULL, a.due_at, a.case_number"_s,
            { statusKey(CaseStatus::Registered), statusKey(CaseStatus::InReview) });
        if (!q)
            return q.error();
        while (q->next()) {
            QueueEntry e;
            e.caseNumber = q->value(0).toString();
            e.uid = q->value(1).toString();
            e.taxpayerName = q->value(2).toString();
            e.taxpayerId = q->value(3).toString();
            e.status = statusFromKey(q->value(4).toString()).value_or(CaseStatus::Registered);
            e.registeredAt = fromStoreTime(q->value(5).toString()).value_or(QDateTime());
            e.dueAt = fromStoreTime(q->value(6).toString()).value_or(QDateTime());
            e.lines = q->value(7).toInt();
            e.takenByName = q->value(8).toString();
            e.takenByLogin = q->value(9).toString();
            e.decisionWaiting = q->value(10).toBool();
            e.urgency = urgencyOf(e.dueAt, now);
            entries.append(e);
        }
        q->finish();
        return {};
    });
    if (!r)
        return r.error();
    return entries;
}

Result<QueueCounts> ReviewQueue::counts(const QString &login) const
{
    Result<QList<QueueEntry>> entries = open();
    if (!entries)
        return entries.error();
    QueueCounts c;
    for (const QueueEntry &e : std::as_const(*entries)) {
        ++c.open;
        c.dueToday += e.urgency == Urgency::DueToday;
        c.overdue += e.urgency == Urgency::Overdue;
        c.takenBy += !login.isEmpty() && e.takenByLogin.compare(login, Qt::CaseInsensitive) == 0;
        c.waiting += e.decisionWaiting;
    }
    return c;
}

} // namespace dsn
