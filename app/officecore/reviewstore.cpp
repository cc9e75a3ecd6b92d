// The review desk's side of a case before its decision: the department's queue, taking a case
// into review and giving it back. Every change of a case a review desk sees gives it the next
// number of the queue (touchQueue), so that a desk mirrors its department's cases by asking for
// the changes after the last number it has.
#include "officecore/officestore.h"
#include "officecore/officestoresupport.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

const QString kCaseColumns
    = u"SELECT case_uid, case_number, workstation, taxpayer_id, department_code, subject_type, country, atu, "
      u"status, taken_workstation, taken_by, taken_login, taken_at FROM cases "_s;

CaseHolder holderOf(const QSqlQuery &query, int first)
{
    CaseHolder holder;
    holder.workstation = query.value(first).toString();
    holder.reviewer = Reviewer { query.value(first + 1).toString(), query.value(first + 2).toString() };
    holder.since = storedTime(query.value(first + 3));
    return holder;
}

// Takes the case into review when it is registered: the status and the stage event.
Result<void> enterReview(QSqlDatabase &db, const StoredCase &c, const Workstation &reviewer,
    const Reviewer &person, const QDateTime &now)
{
    if (c.status != CaseStatus::Registered)
        return {};
    if (Result<void> r = exec(db, u"UPDATE cases SET status = ? WHERE case_uid = ?"_s,
            { statusKey(CaseStatus::InReview), c.caseUid });
        !r)
        return r;
    CaseEvent event;
    event.caseUid = c.caseUid;
    event.workstation = c.counter;
    event.status = CaseStatus::InReview;
    event.at = now;
    event.actor = reviewer.name;
    event.reviewer = person;
    if (Result<qint64> seq = appendEvent(db, event); !seq)
        return seq.error();
    return {};
}

QJsonArray queueLines(const QSqlDatabase &db, const QString &caseUid, Result<void> *failure)
{
    QJsonArray lines;
    Result<QSqlQuery> query = run(db,
        u"SELECT line_no, product_type, name, spec, decision, dsn_code, refusal_ground, refusal_text, "
        u"held_code "
        u"FROM case_lines WHERE case_uid = ? ORDER BY line_no"_s,
        { caseUid });
    if (!query) {
        *failure = query.error();
        return lines;
    }
    while (query->next()) {
        QJsonObject o { { u"line_no"_s, query->value(0).toInt() },
            { u"product_type"_s, query->value(1).toInt() }, { u"name"_s, query->value(2).toString() },
            { u"spec"_s, query->value(3).toString() } };
        if (!query->value(4).isNull())
            o.insert(u"decision"_s, query->value(4).toString());
        if (!query->value(5).isNull())
            o.insert(u"dsn_code"_s, query->value(5).toString());
        if (!query->value(6).isNull()) {
            o.insert(u"refusal_ground"_s, query->value(6).toInt());
            o.insert(u"refusal_text"_s, query->value(7).toString());
        }
        if (!query->value(8).isNull())
            o.insert(u"held_code"_s, query->value(8).toString());
        lines.append(o);
    }
    return lines;
}

} // namespace

Result<StoredCase> loadStoredCase(const QSqlDatabase &db, const QString &caseUid, bool withLines)
{
    Result<QSqlQuery> query = run(db, kCaseColumns + u"WHERE case_uid = ?"_s, { caseUid });
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(
            ErrorCode::NotFound, localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "There is no such case.")));
    StoredCase c;
    c.caseUid = query->value(0).toString();
    c.caseNumber = query->value(1).toString();
    c.counter = query->value(2).toString();
    c.taxpayerId = query->value(3).toString();
    c.department = query->value(4).toString();
    c.subjectType = query->value(5).toString();
    c.country = query->value(6).toInt();
    c.atu = query->value(7).toInt();
    const Result<CaseStatus> status = storedStatus(query->value(8));
    c.holder = holderOf(*query, 9);
    query->finish();
    if (!status)
        return status.error();
    c.status = *status;
    if (!withLines)
        return c;
    Result<QSqlQuery> lines = run(db,
        u"SELECT line_no, product_type, name, norm_name FROM case_lines WHERE case_uid = ? ORDER BY line_no"_s,
        { caseUid });
    if (!lines)
        return lines.error();
    while (lines->next()) {
        c.lines.append(StoredLine { lines->value(0).toInt(), lines->value(1).toInt(),
            lines->value(2).toString(), lines->value(3).toString() });
    }
    return c;
}

Result<void> OfficeStore::startReview(const Workstation &reviewer, const QString &caseUid)
{
    const QDateTime now = m_clock();
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        Result<StoredCase> c = loadStoredCase(db, caseUid, false);
        if (!c)
            return c.error();
        if (Result<void> r = checkDepartment(reviewer, c->department); !r)
            return r;
        if (Result<void> r = mayReview(c->status, reviewer.role); !r || c->status == CaseStatus::InReview)
            return r;
        if (Result<void> r = enterReview(db, *c, reviewer, Reviewer {}, now); !r)
            return r;
        if (Result<qint64> queued = touchQueue(db, caseUid); !queued)
            return queued.error();
        return {};
    });
}

Result<TakeResult> OfficeStore::take(
    const Workstation &reviewer, const QString &caseUid, const Reviewer &person)
{
    const QDateTime now = m_clock();
    TakeResult result;
    Result<void> done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        result = TakeResult {};
        Result<StoredCase> c = loadStoredCase(db, caseUid, false);
        if (!c)
            return c.error();
        if (Result<void> r = checkDepartment(reviewer, c->department); !r)
            return r;
        if (Result<void> r = mayReview(c->status, reviewer.role); !r)
            return r;
        result.status = CaseStatus::InReview;
        if (c->holder.isSet()) {
            result.holder = c->holder;
            result.heldByOther
                = c->holder.workstation != reviewer.name || c->holder.reviewer.login != person.login;
            return {}; // taken again by the one who has it: harmless
        }
        if (Result<void> r = enterReview(db, *c, reviewer, person, now); !r)
            return r;
        if (Result<void> r = exec(db,
                u"UPDATE cases SET taken_workstation = ?, taken_by = ?, taken_login = ?, taken_at = ? "
                u"WHERE case_uid = ?"_s,
                { reviewer.name, person.name, person.login, toStoreTime(now), caseUid });
            !r)
            return r;
        if (Result<qint64> queued = touchQueue(db, caseUid); !queued)
            return queued.error();
        result.holder = CaseHolder { reviewer.name, person, now };
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

Result<TakeResult> OfficeStore::release(const Workstation &workstation, const QString &caseUid)
{
    TakeResult result;
    Result<void> done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        result = TakeResult {};
        Result<StoredCase> c = loadStoredCase(db, caseUid, false);
        if (!c)
            return c.error();
        if (Result<void> r = checkDepartment(workstation, c->department); !r)
            return r;
        result.status = c->status;
        if (c->status != CaseStatus::Registered && c->status != CaseStatus::InReview)
            return makeError(ErrorCode::Conflict,
                localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "The case has already been decided.")));
        if (!c->holder.isSet())
            return {}; // nobody has it: harmless
        if (workstation.role != Role::Administrator && c->holder.workstation != workstation.name)
            return makeError(ErrorCode::PermissionDenied,
                localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                    "Only the workstation that has taken the case, or an administrator, may give it back.")));
        if (Result<void> r = exec(db,
                u"UPDATE cases SET taken_workstation = NULL, taken_by = NULL, taken_login = NULL, taken_at = "
                u"NULL "
                u"WHERE case_uid = ?"_s,
                { caseUid });
            !r)
            return r;
        if (Result<qint64> queued = touchQueue(db, caseUid); !queued)
            return queued.error();
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

Result<QList<QueueCase>> OfficeStore::queue(const Workstation &reviewer, qint64 after, int limit)
{
    QList<QueueCase> cases;
    if (reviewer.role != Role::Reviewer || reviewer.place.isEmpty())
        return cases;
    const QSqlDatabase db = m_db.connection();
    Result<QSqlQuery> query = run(db,
        u"SELECT queue_seq, case_uid, case_number, department_code, status, registered_at, due_at, "
        u"application, "
        u"taken_workstation, taken_by, taken_login, taken_at, decision_number, decided_at, decided_by, "
        u"decided_login, workstation, received_by, received_login FROM cases WHERE department_code = ? AND "
        u"queue_seq > ? ORDER BY queue_seq LIMIT ?"_s,
        { reviewer.place, after, qBound(1, limit, 1000) });
    if (!query)
        return query.error();
    while (query->next()) {
        QueueCase q;
        q.seq = query->value(0).toLongLong();
        q.caseUid = query->value(1).toString();
        q.caseNumber = query->value(2).toString();
        q.department = query->value(3).toString();
        const Result<CaseStatus> status = storedStatus(query->value(4));
        if (!status)
            return status.error();
        q.status = *status;
        q.registeredAt = storedTime(query->value(5));
        q.dueAt = storedTime(query->value(6));
        q.application = QJsonDocument::fromJson(query->value(7).toString().toUtf8()).object();
        q.holder = holderOf(*query, 8);
        q.decisionNumber = query->value(12).toString();
        q.decidedAt = storedTime(query->value(13));
        q.decidedBy = Reviewer { query->value(14).toString(), query->value(15).toString() };
        q.workstation = query->value(16).toString();
        q.receivedBy = Reviewer { query->value(17).toString(), query->value(18).toString() };
        cases.append(q);
    }
    query->finish();
    for (QueueCase &q : cases) {
        Result<void> failure;
        q.lines = queueLines(db, q.caseUid, &failure);
        if (!failure)
            return failure.error();
    }
    return cases;
}

} // namespace dsn::office
