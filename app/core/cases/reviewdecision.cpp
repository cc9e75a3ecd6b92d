#include "cases/reviewdecision.h"

#include "store/audittrail.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::ReviewDecisions)
};

QByteArray requestBody(
    const QString &key, const QList<LineChoice> &choices, const Actor &reviewer, const QString &fullName)
{
    QJsonArray lines;
    for (const LineChoice &c : choices) {
        QJsonObject o { { u"line_no"_s, c.lineNo }, { u"decision"_s, c.issue ? u"issued"_s : u"refused"_s } };
        if (!c.issue) {
            o.insert(u"refusal_ground"_s, refusalGroundNumber(*c.ground));
            o.insert(u"refusal_text"_s, c.reason.trimmed());
        }
        lines.append(o);
    }
    return QJsonDocument(QJsonObject { { u"idempotency_key"_s, key }, { u"reviewer"_s, fullName },
                             { u"login"_s, reviewer.name }, { u"lines"_s, lines } })
        .toJson(QJsonDocument::Compact);
}

PendingDecision readPending(const QSqlQuery &q)
{
    PendingDecision p;
    p.caseNumber = q.value(0).toString();
    p.caseUid = q.value(1).toString();
    p.idempotencyKey = q.value(2).toString();
    p.body = q.value(3).toString().toUtf8();
    p.reviewerName = q.value(4).toString();
    p.confirmedAt = fromStoreTime(q.value(5).toString()).value_or(QDateTime());
    p.attempts = q.value(6).toInt();
    p.lastError = q.value(7).toString();
    p.failure = q.value(8).toString();
    return p;
}

const QString kPendingColumns = u"a.case_number, a.uid, p.idempotency_key, p.body, p.reviewer_name,"
                                u" p.created_at, p.attempts, p.last_error, p.failure"_s;

} // namespace

QString decisionChoiceProblem(const QList<int> &lineNumbers, const QList<LineChoice> &choices)
{
    QSet<int> seen;
    for (const LineChoice &c : choices) {
        if (!lineNumbers.contains(c.lineNo))
            return Text::tr("The case has no product line %1.").arg(c.lineNo);
        if (seen.contains(c.lineNo))
            return Text::tr("Product line %1 is decided twice.").arg(c.lineNo);
        seen.insert(c.lineNo);
        if (c.issue && c.ground)
            return Text::tr("Product line %1 is to be issued, but a refusal ground is chosen.").arg(c.lineNo);
        if (!c.issue && !c.ground)
            return Text::tr("Choose the refusal ground for product line %1.").arg(c.lineNo);
        if (!c.issue && c.reason.trimmed().isEmpty())
            return Text::tr("Write the reason for refusing product line %1.").arg(c.lineNo);
        if (c.reason.trimmed().size() > kMaxRefusalReasonLength)
            return Text::tr("The reason for product line %1 is longer than %2 characters.")
                .arg(c.lineNo)
                .arg(kMaxRefusalReasonLength);
    }
    for (int n : lineNumbers) {
        if (!seen.contains(n))
            return Text::tr("Decide product line %1 too.").arg(n);
    }
    return {};
}

ReviewDecisions::ReviewDecisions(Database &database, Clock clock)
    : m_db(database)
    , m_clock(clock ? std::move(clock) : database.clock())
{
}

Result<QString> ReviewDecisions::confirm(const QString &caseNumber, const QList<LineChoice> &choices,
    const Actor &reviewer, const QString &reviewerFullName)
{
    if (reviewer.role != Role::Reviewer || !reviewer.userId)
        return makeError(ErrorCode::PermissionDenied, Text::tr("Only a reviewer decides a case."));
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString nowText = toStoreTime(m_clock());
    Result<void> r = m_db.write([&](QSqlDatabase &db) -> Result<void> {
        Result<QSqlQuery> q = sqlRun(db,
            u"SELECT id, status, origin, taken_by_login,"
            u" EXISTS (SELECT 1 FROM pending_decisions p WHERE p.application_id = applications.id"
            u" AND p.answered_at IS NULL AND p.failure IS NULL)"
            u" FROM applications WHERE case_number = ?"_s,
            { caseNumber });
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::NotFound, Text::tr("There is no case %1.").arg(caseNumber));
        const qint64 appId = q->value(0).toLongLong();
        const QString status = q->value(1).toString();
        const bool mirrored = q->value(2).toString() == u"queue"_s;
        const QString holder = q->value(3).toString();
        const bool waiting = q->value(4).toBool();
        q->finish();
        if (!mirrored || status != statusKey(CaseStatus::InReview))
            return makeError(ErrorCode::Conflict,
                Text::tr("Case %1 is not in review at this department; it cannot be decided here.")
                    .arg(caseNumber));
        if (holder.compare(reviewer.name, Qt::CaseInsensitive) != 0)
            return makeError(
                ErrorCode::Conflict, Text::tr("Take case %1 before deciding it.").arg(caseNumber));
        if (waiting)
            return makeError(ErrorCode::Conflict,
                Text::tr("A decision on case %1 is already waiting for the office.").arg(caseNumber));
        Result<QSqlQuery> lines = sqlRun(
            db, u"SELECT line_no FROM product_lines WHERE application_id = ? ORDER BY line_no"_s, { appId });
        if (!lines)
            return lines.error();
        QList<int> numbers;
        while (lines->next())
            numbers.append(lines->value(0).toInt());
        lines->finish();
        if (const QString problem = decisionChoiceProblem(numbers, choices); !problem.isEmpty())
            return makeError(ErrorCode::InvalidInput, problem);
        // An earlier decision the office refused makes way for this one.
        if (Result<void> d
            = sqlExec(db, u"DELETE FROM pending_decisions WHERE application_id = ? AND failure IS NOT NULL"_s,
                { appId });
            !d)
            return d;
        if (Result<void> w = sqlExec(db,
                u"INSERT INTO pending_decisions(application_id, idempotency_key, body, reviewer_user_id,"
                u" reviewer_name, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                { appId, key, QString::fromUtf8(requestBody(key, choices, reviewer, reviewerFullName)),
                    sqlNullable(reviewer.userId), reviewerFullName, nowText });
            !w)
            return w;
        int refused = 0;
        for (const LineChoice &c : choices)
            refused += !c.issue;
        Result<qint64> audited = AuditTrail::append(db, reviewer, AuditEvent::DecisionConfirmed, u"case"_s,
            caseNumber,
            { { u"idempotency_key"_s, key }, { u"lines"_s, int(choices.size()) }, { u"refused"_s, refused } },
            m_clock);
        if (!audited)
            return audited.error();
        return {};
    });
    if (!r)
        return r.error();
    return key;
}

Result<QList<PendingDecision>> ReviewDecisions::waiting() const
{
    QList<PendingDecision> list;
    Result<void> r = m_db.read([&](QSqlDatabase &db) -> Result<void> {
        list.clear();
        Result<QSqlQuery> q = sqlRun(db,
            u"SELECT "_s + kPendingColumns
                + u" FROM pending_decisions p JOIN applications a ON a.id = p.application_id"
                  u" WHERE p.answered_at IS NULL AND p.failure IS NULL ORDER BY p.id"_s);
        if (!q)
            return q.error();
        while (q->next())
            list.append(readPending(*q));
        q->finish();
        return {};
    });
    if (!r)
        return r.error();
    return list;
}

Result<std::optional<PendingDecision>> ReviewDecisions::forCase(const QString &caseNumber) const
{
    std::optional<PendingDecision> found;
    Result<void> r = m_db.read([&](QSqlDatabase &db) -> Result<void> {
        found.reset();
        Result<QSqlQuery> q = sqlRun(db,
            u"SELECT "_s + kPendingColumns
                + u" FROM pending_decisions p JOIN applications a ON a.id = p.application_id"
                  u" WHERE a.case_number = ? AND p.answered_at IS NULL ORDER BY p.id DESC LIMIT 1"_s,
            { caseNumber });
        if (!q)
            return q.error();
        if (q->next())
            found = readPending(*q);
        q->finish();
        return {};
    });
    if (!r)
        return r.error();
    return found;
}

Result<void> ReviewDecisions::recordAnswer(const QString &idempotencyKey, const MirroredCase &decided)
{
    const QString nowText = toStoreTime(m_clock());
    return m_db.write([&](QSqlDatabase &db) -> Result<void> {
        Result<QSqlQuery> q = sqlRun(db,
            u"SELECT a.uid FROM pending_decisions p JOIN applications a ON a.id = p.application_id"
            u" WHERE p.idempotency_key = ? AND p.answered_at IS NULL"_s,
            { idempotencyKey });
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::NotFound, Text::tr("No decision is waiting under this key."));
        const QString uid = q->value(0).toString();
        q->finish();
        if (uid != decided.uid || !isDecided(decided.status))
            return makeError(
                ErrorCode::Conflict, Text::tr("The office's answer is not a decision of this case."));
        if (Result<MirrorOutcome> w = writeMirroredCase(db, decided, m_clock); !w)
            return w.error();
        return sqlExec(db,
            u"UPDATE pending_decisions SET answered_at = ?, last_error = NULL WHERE idempotency_key = ?"_s,
            { nowText, idempotencyKey });
    });
}

Result<void> ReviewDecisions::recordAttempt(const QString &idempotencyKey, const QString &error)
{
    return m_db.write([&](QSqlDatabase &db) -> Result<void> {
        return sqlExec(db,
            u"UPDATE pending_decisions SET attempts = attempts + 1, last_error = ?"
            u" WHERE idempotency_key = ? AND answered_at IS NULL AND failure IS NULL"_s,
            { error, idempotencyKey });
    });
}

Result<void> ReviewDecisions::recordRefusal(const QString &idempotencyKey, const QString &reason)
{
    return m_db.write([&](QSqlDatabase &db) -> Result<void> {
        Result<QSqlQuery> q = sqlRun(db,
            u"UPDATE pending_decisions SET attempts = attempts + 1, failure = ?, last_error = ?"
            u" WHERE idempotency_key = ? AND answered_at IS NULL AND failure IS NULL RETURNING application_id"_s,
            { u"refused"_s, reason, idempotencyKey });
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::NotFound, Text::tr("No decision is waiting under this key."));
        q->finish();
        return {};
    });
}

} // namespace dsn
