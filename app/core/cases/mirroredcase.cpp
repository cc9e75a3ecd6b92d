#include "cases/mirroredcase.h"

#include "base/kazakhstantime.h"
#include "cases/caserows.h"
#include "cases/statuschange.h"
#include "identity/taxpayerid.h"
#include "store/audittrail.h"
#include "store/sql.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::MirroredCase)
};

QVariant nullableTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(toStoreTime(t)) : QVariant(QMetaType(QMetaType::QString));
}

// The structure a case must have to be kept: the office checked the application in full when the
// counter pushed it, against the reference data of that day.
QString structureProblem(const MirroredCase &m)
{
    const Application &a = m.application;
    if (m.uid.isEmpty() || m.caseNumber.isEmpty())
        return Text::tr("The office sent a case without its number or identifier.");
    if (!TaxpayerId::parse(a.taxpayerId, TaxpayerId::Expect::Any, QDate()).id)
        return Text::tr("The office sent case %1 with an IIN/BIN that is not valid.").arg(m.caseNumber);
    if (!a.subjectType || a.taxpayerName.trimmed().isEmpty() || !a.receivedAt.isValid()
        || a.products.isEmpty() || a.products.size() > kMaxProductLines)
        return Text::tr("The office sent case %1 incomplete.").arg(m.caseNumber);
    for (const ProductLine &line : a.products) {
        if (line.type < 1 || line.type > 4 || line.name.trimmed().isEmpty())
            return Text::tr("The office sent case %1 with a product line that is not valid.")
                .arg(m.caseNumber);
    }
    for (const CaseLine &line : m.lines) {
        if (line.lineNo < 1 || line.lineNo > a.products.size())
            return Text::tr("The office sent case %1 with a decision for a line it does not have.")
                .arg(m.caseNumber);
    }
    return {};
}

Result<qint64> insertCase(QSqlDatabase &db, const MirroredCase &m, const QString &nowText)
{
    const Application a = normalizedApplication(m.application);
    Result<qint64> subjectId = writeSubject(db, a, nowText);
    if (!subjectId)
        return subjectId.error();
    Result<QVariant> appId = sqlScalar(db,
        u"INSERT INTO applications(case_number, uid, subject_id, taxpayer_name, taxpayer_id, subject_type,"
        u" department_code, country, atu, head_name, application_date, received_at, received_by,"
        u" received_by_name, office_code, channel, queue_ticket, status, registered_at, due_at,"
        u" content_hash, created_at, updated_at, origin)"
        u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queue')"
        u" RETURNING id"_s,
        { m.caseNumber, m.uid, *subjectId, a.taxpayerName, a.taxpayerId, subjectTypeKey(*a.subjectType),
            a.departmentCode, a.country, a.atu, a.headName, a.applicationDate.toString(Qt::ISODate),
            toStoreTime(a.receivedAt), m.receivedByName, m.workstation, intakeChannelKey(a.channel),
            sqlNullable(a.queueTicket), statusKey(m.status), nullableTime(m.registeredAt),
            nullableTime(m.dueAt), m.contentHash, nowText, nowText });
    if (!appId)
        return appId.error();
    if (Result<void> r = writeProductLines(db, appId->toLongLong(), a.products); !r)
        return r.error();
    const Actor office = Actor::system();
    if (Result<void> r = sqlExec(db,
            u"INSERT INTO status_events(application_id, from_status, to_status, actor_user_id,"
            u" actor_name, actor_role, at, comment) VALUES (?, NULL, ?, NULL, ?, ?, ?, ?)"_s,
            { appId->toLongLong(), statusKey(m.status), office.name, roleKey(office.role),
                m.registeredAt.isValid() ? toStoreTime(m.registeredAt) : nowText,
                u"received from the office's queue"_s });
        !r)
        return r.error();
    return appId->toLongLong();
}

// The holder and the decision as the office has them; true when anything changed.
Result<bool> writeOfficeState(QSqlDatabase &db, qint64 appId, const MirroredCase &m)
{
    bool changed = false;
    Result<QSqlQuery> u = sqlRun(db,
        u"UPDATE applications SET taken_by_name = ?, taken_by_login = ?, taken_at = ?,"
        u" decision_number = ?, decided_at = ?, decided_by_name = ?, due_at = COALESCE(?, due_at)"
        u" WHERE id = ? AND (taken_by_name IS NOT ? OR taken_by_login IS NOT ? OR taken_at IS NOT ?"
        u" OR decision_number IS NOT ? OR decided_at IS NOT ? OR decided_by_name IS NOT ?"
        u" OR (? IS NOT NULL AND due_at IS NOT ?))"_s,
        { sqlNullable(m.takenByName), sqlNullable(m.takenByLogin), nullableTime(m.takenAt),
            sqlNullable(m.decisionNumber), nullableTime(m.decidedAt), sqlNullable(m.decidedByName),
            nullableTime(m.dueAt), appId, sqlNullable(m.takenByName), sqlNullable(m.takenByLogin),
            nullableTime(m.takenAt), sqlNullable(m.decisionNumber), nullableTime(m.decidedAt),
            sqlNullable(m.decidedByName), nullableTime(m.dueAt), nullableTime(m.dueAt) });
    if (!u)
        return u.error();
    changed = u->numRowsAffected() > 0;
    for (const CaseLine &line : m.lines) {
        Result<bool> written = writeLineOutcome(db, appId, line);
        if (!written)
            return written.error();
        changed = changed || *written;
    }
    return changed;
}

} // namespace

Result<MirrorOutcome> writeMirroredCase(QSqlDatabase &db, const MirroredCase &m, const Clock &clock)
{
    if (const QString problem = structureProblem(m); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    const QString nowText = toStoreTime(clock());
    Result<QSqlQuery> q = sqlRun(db,
        u"SELECT id, uid, case_number, status, origin FROM applications WHERE uid = ? OR case_number = ?"_s,
        { m.uid, m.caseNumber });
    if (!q)
        return q.error();
    if (!q->next()) {
        q->finish();
        Result<qint64> appId = insertCase(db, m, nowText);
        if (!appId)
            return appId.error();
        if (Result<bool> r = writeOfficeState(db, *appId, m); !r)
            return r.error();
        Result<qint64> audited = AuditTrail::append(db, Actor::system(), AuditEvent::CaseMirrored, u"case"_s,
            m.caseNumber, { { u"source"_s, u"office"_s }, { u"status"_s, statusKey(m.status) } }, clock);
        if (!audited)
            return audited.error();
        return MirrorOutcome::Added;
    }
    const qint64 appId = q->value(0).toLongLong();
    const bool sameCase = q->value(1).toString() == m.uid && q->value(2).toString() == m.caseNumber;
    const bool mirrored = q->value(4).toString() == u"queue"_s;
    const std::optional<CaseStatus> current = statusFromKey(q->value(3).toString());
    q->finish();
    if (!sameCase || !mirrored || !current)
        return makeError(ErrorCode::Conflict,
            Text::tr("Case %1 from the office does not match the case this store holds under its number.")
                .arg(m.caseNumber));

    Result<bool> stateChanged = writeOfficeState(db, appId, m);
    if (!stateChanged)
        return stateChanged.error();
    bool changed = *stateChanged;
    if (*current != m.status) {
        // The office's status, along the table's way where there is one (a case taken back by an
        // administrator goes back without one).
        QList<CaseStatus> steps = lifecyclePath(*current, m.status, { Role::System, Role::Reviewer });
        if (steps.isEmpty())
            steps = { m.status };
        CaseStatus from = *current;
        const QString at = m.decidedAt.isValid() && isDecided(m.status) ? toStoreTime(m.decidedAt) : nowText;
        for (CaseStatus step : steps) {
            StatusChange change;
            change.applicationId = appId;
            change.caseNumber = m.caseNumber;
            change.caseUid = m.uid;
            change.from = from;
            change.to = step;
            change.actor = Actor::system();
            change.at = at;
            change.comment = u"reported by the office's queue"_s;
            change.auditDetails = { { u"source"_s, u"office"_s } };
            if (Result<void> r = writeStatusChange(db, change, clock); !r)
                return r.error();
            from = step;
        }
        changed = true;
    } else if (changed) {
        Result<qint64> audited = AuditTrail::append(db, Actor::system(), AuditEvent::CaseMirrored, u"case"_s,
            m.caseNumber, { { u"source"_s, u"office"_s }, { u"status"_s, statusKey(m.status) } }, clock);
        if (!audited)
            return audited.error();
    }
    if (changed) {
        if (Result<void> r
            = sqlExec(db, u"UPDATE applications SET updated_at = ? WHERE id = ?"_s, { nowText, appId });
            !r)
            return r.error();
    }
    return changed ? MirrorOutcome::Updated : MirrorOutcome::Unchanged;
}

} // namespace dsn
