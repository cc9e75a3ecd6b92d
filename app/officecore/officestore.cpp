#include "officecore/officestore.h"

#include "officecore/officestoresupport.h"

#include "base/enumtable.h"
#include "base/kazakhstantime.h"
#include "calendar/deadlines.h"
#include "calendar/schedule.h"
#include "cases/applicationjson.h"
#include "reference/referencedata.h"
#include "rules/productname.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

const QStringList kTables
    = { u"workstations"_s, u"taxpayers"_s, u"registry_imports"_s, u"cases"_s, u"case_lines"_s, u"subjects"_s,
          u"brand_counters"_s, u"codes"_s, u"events"_s, u"counters"_s, u"audit_anchors"_s, u"audit_alerts"_s,
          u"decision_keys"_s, u"certificate_prints"_s, u"verify_requests"_s };

const QString kEventColumns
    = u"SELECT e.seq, e.case_uid, c.case_number, e.workstation, e.status, e.at, e.lines, "
      u"e.actor, e.decision_number, e.reviewer, e.reviewer_login FROM events e "
      u"JOIN cases c ON c.case_uid = e.case_uid "_s;

Result<QList<CaseEvent>> readEvents(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = run(db, sql, values);
    if (!query)
        return query.error();
    QList<CaseEvent> events;
    while (query->next()) {
        CaseEvent e;
        e.seq = query->value(0).toLongLong();
        e.caseUid = query->value(1).toString();
        e.caseNumber = query->value(2).toString();
        e.workstation = query->value(3).toString();
        const std::optional<CaseStatus> status = statusFromKey(query->value(4).toString());
        if (!status)
            return makeError(ErrorCode::Internal,
                localized(QT_TRANSLATE_NOOP(
                    "dsn::OfficeStore", "A case event has a status the office does not know.")),
                query->value(4).toString());
        e.status = *status;
        e.at = storedTime(query->value(5));
        e.lines = QJsonDocument::fromJson(query->value(6).toString().toUtf8()).array();
        e.actor = query->value(7).toString();
        e.decisionNumber = query->value(8).toString();
        e.reviewer = Reviewer { query->value(9).toString(), query->value(10).toString() };
        events.append(e);
    }
    return events;
}

// 256 random bits from the system's generator, as 64 hex digits.
QString newToken()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()),
        reinterpret_cast<quint32 *>(random.data() + random.size()));
    return QString::fromLatin1(random.toHex());
}

} // namespace

namespace {

// The keys are stored (workstations.role, whose CHECK lists them) and typed to dsnctl: they never
// change.
constexpr EnumEntry<Role> kWorkstationRoles[] = {
    { Role::Operator, u"counter" },
    { Role::Reviewer, u"review" },
    { Role::Administrator, u"admin" },
};

// The keys are sent in the push reply's "result" (sync/officeprotocol.h reads them).
constexpr EnumEntry<PushOutcome> kPushOutcomes[] = {
    { PushOutcome::Stored, u"stored" },
    { PushOutcome::Duplicate, u"duplicate" },
    { PushOutcome::Conflict, u"conflict" },
};

} // namespace

QString workstationRoleKey(Role role)
{
    return enumKey(kWorkstationRoles, role);
}

std::optional<Role> workstationRoleFromKey(QStringView key)
{
    return enumFromKey(kWorkstationRoles, key);
}

QList<Role> workstationRoles()
{
    return enumValues(kWorkstationRoles);
}

QList<CaseStatus> officeCaseStatuses()
{
    // Registration, then every status the reviewers' transitions of the lifecycle table reach.
    QList<CaseStatus> statuses { CaseStatus::Registered };
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        for (const CaseStatus next : nextStatuses(statuses.at(i), Role::Reviewer)) {
            if (!statuses.contains(next))
                statuses.append(next);
        }
    }
    return statuses;
}

QString pushOutcomeKey(PushOutcome outcome)
{
    return enumKey(kPushOutcomes, outcome);
}

QString placeProblem(Role role, const QString &place)
{
    if (role == Role::Reviewer) {
        const Department *department = ReferenceData::embedded().department(place);
        if (place.isEmpty())
            return localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                "A review workstation needs its place: the code of its State Revenue Department (dsnctl "
                "reference departments)."));
        if (!department)
            return localized(
                QT_TRANSLATE_NOOP("dsn::OfficeStore",
                    "%1 is not the code of a State Revenue Department (dsnctl reference departments)."))
                .arg(place);
        if (department->historical)
            return localized(
                QT_TRANSLATE_NOOP("dsn::OfficeStore",
                    "The State Revenue Department %1 no longer exists: no application is addressed to it."))
                .arg(place);
        return {};
    }
    static const QRegularExpression branchCode(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"_s);
    if (role == Role::Operator && place.isEmpty())
        return localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
            "A counter workstation needs its place: the code of its State Corporation branch."));
    if (!place.isEmpty() && !branchCode.match(place).hasMatch())
        return localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
            "A place is a code of 1 to 32 letters, digits, dots, dashes or underscores, "
            "beginning with a letter or digit."));
    return {};
}

OfficeStore::OfficeStore(OfficeDatabase &database, Clock clock)
    : m_db(database)
    , m_clock(std::move(clock))
    , m_calendar(WorkingCalendar::shipped())
{
}

QString OfficeStore::tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QString> OfficeStore::registerWorkstation(const QString &name, Role role, const QString &place)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return makeError(ErrorCode::InvalidInput,
            localized(
                QT_TRANSLATE_NOOP("dsn::OfficeStore", "A workstation needs a name of 1 to 200 characters.")));
    if (workstationRoleKey(role).isEmpty())
        return makeError(ErrorCode::InvalidInput,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "No workstation can have this role.")));
    const QString trimmedPlace = place.trimmed();
    if (const QString problem = placeProblem(role, trimmedPlace); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    const QString token = newToken();
    const QString now = toStoreTime(m_clock());
    Result<void> done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        Result<QVariant> taken
            = scalar(db, u"SELECT COUNT(*) FROM workstations WHERE upper(name) = upper(?)"_s, { trimmed });
        if (!taken)
            return taken.error();
        // Names are workstation codes, which case numbers compare without regard to case.
        if (taken->toInt() > 0)
            return makeError(ErrorCode::Conflict,
                localized(QT_TRANSLATE_NOOP(
                    "dsn::OfficeStore", "A workstation with this name is already registered.")));
        return exec(db,
            u"INSERT INTO workstations (name, role, place, token_hash, created_at) VALUES (?, ?, ?, ?, ?)"_s,
            { trimmed, workstationRoleKey(role), storedText(trimmedPlace), tokenHash(token), now });
    });
    if (!done)
        return done.error();
    return token;
}

Result<void> OfficeStore::revokeWorkstation(const QString &name)
{
    const QString trimmed = name.trimmed();
    const QString now = toStoreTime(m_clock());
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        Result<QVariant> active = scalar(
            db, u"SELECT COUNT(*) FROM workstations WHERE name = ? AND revoked_at IS NULL"_s, { trimmed });
        if (!active)
            return active.error();
        if (active->toInt() == 0)
            return makeError(ErrorCode::NotFound,
                localized(QT_TRANSLATE_NOOP(
                    "dsn::OfficeStore", "No workstation with this name holds a valid token.")));
        return exec(db, u"UPDATE workstations SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL"_s,
            { now, trimmed });
    });
}

Result<QString> OfficeStore::rotateToken(const QString &name)
{
    const QString trimmed = name.trimmed();
    const QString token = newToken();
    Result<void> done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        Result<QVariant> known
            = scalar(db, u"SELECT COUNT(*) FROM workstations WHERE name = ?"_s, { trimmed });
        if (!known)
            return known.error();
        if (known->toInt() == 0)
            return makeError(ErrorCode::NotFound,
                localized(
                    QT_TRANSLATE_NOOP("dsn::OfficeStore", "No workstation with this name is registered.")));
        return exec(db, u"UPDATE workstations SET token_hash = ?, revoked_at = NULL WHERE name = ?"_s,
            { tokenHash(token), trimmed });
    });
    if (!done)
        return done.error();
    return token;
}

Result<std::optional<Workstation>> OfficeStore::authenticate(const QString &token)
{
    if (token.isEmpty())
        return std::optional<Workstation>();
    Result<QSqlQuery> query = run(m_db.connection(),
        u"SELECT name, role, place FROM workstations WHERE token_hash = ? AND revoked_at IS NULL"_s,
        { tokenHash(token) });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Workstation>();
    const std::optional<Role> role = workstationRoleFromKey(query->value(1).toString());
    if (!role)
        return std::optional<Workstation>();
    return std::optional<Workstation>(
        Workstation { query->value(0).toString(), *role, query->value(2).toString() });
}

Result<qint64> appendEvent(QSqlDatabase &db, const CaseEvent &event)
{
    // The counter row is updated first: events become visible in the order of their numbers.
    if (Result<void> r = exec(db, u"UPDATE counters SET value = value + 1 WHERE name = 'event_seq'"_s); !r)
        return r.error();
    Result<QVariant> seq = scalar(db, u"SELECT value FROM counters WHERE name = 'event_seq'"_s);
    if (!seq)
        return seq.error();
    const qint64 number = seq->toLongLong();
    if (Result<void> r = exec(db,
            u"INSERT INTO events (seq, case_uid, workstation, status, at, lines, actor, decision_number, "
            u"reviewer, reviewer_login) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { number, event.caseUid, event.workstation, statusKey(event.status), toStoreTime(event.at),
                QString::fromUtf8(QJsonDocument(event.lines).toJson(QJsonDocument::Compact)), event.actor,
                nullableText(event.decisionNumber), nullableText(event.reviewer.name),
                nullableText(event.reviewer.login) });
        !r)
        return r.error();
    return number;
}

Result<qint64> touchQueue(QSqlDatabase &db, const QString &caseUid)
{
    if (Result<void> r = exec(db, u"UPDATE counters SET value = value + 1 WHERE name = 'queue_seq'"_s); !r)
        return r.error();
    Result<QVariant> seq = scalar(db, u"SELECT value FROM counters WHERE name = 'queue_seq'"_s);
    if (!seq)
        return seq.error();
    if (Result<void> r
        = exec(db, u"UPDATE cases SET queue_seq = ? WHERE case_uid = ?"_s, { seq->toLongLong(), caseUid });
        !r)
        return r.error();
    return seq->toLongLong();
}

Result<PushResult> OfficeStore::push(const Workstation &counter, const PushItem &item)
{
    const QDateTime arrival = m_clock();
    const Application &app = item.application;
    // Acceptance at the State Corporation fixes the due date; the provider registers the case
    // when it reaches the office (never before acceptance), rolled into its working time.
    const ServiceTerm accepted = serviceTerm(m_calendar, app.receivedAt, Office::StateCorporation);
    const QDateTime reached = qMax(arrival, accepted.accepted.isValid() ? accepted.accepted : app.receivedAt);
    const ServiceTerm registration = serviceTerm(m_calendar, reached, Office::Provider);
    const QString registeredAt = toStoreTime(registration.registered);
    const QString dueAt = toStoreTime(accepted.due);
    const QString json = QString::fromUtf8(canonicalApplicationJson(app));

    PushResult result;
    Result<void> done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        result = PushResult {};
        result.caseUid = item.caseUid;
        Result<QSqlQuery> existing = run(db,
            u"SELECT content_hash, registered_at, due_at FROM cases WHERE case_uid = ?"_s, { item.caseUid });
        if (!existing)
            return existing.error();
        if (existing->next()) {
            if (existing->value(0).toString() == item.contentHash) {
                result.outcome = PushOutcome::Duplicate;
                result.registeredAt = storedTime(existing->value(1));
                result.dueAt = storedTime(existing->value(2));
            } else {
                result.outcome = PushOutcome::Conflict;
                result.reason = localized(QT_TRANSLATE_NOOP(
                    "dsn::OfficeStore", "Another content was already stored under this case."));
            }
            return {};
        }
        Result<QVariant> numberTaken
            = scalar(db, u"SELECT case_uid FROM cases WHERE case_number = ?"_s, { item.caseNumber });
        if (!numberTaken)
            return numberTaken.error();
        if (numberTaken->isValid()) {
            result.outcome = PushOutcome::Conflict;
            result.reason = localized(
                QT_TRANSLATE_NOOP("dsn::OfficeStore", "The case number is already used by another case."));
            return {};
        }
        if (Result<void> r = exec(db,
                u"INSERT INTO cases (case_uid, case_number, content_hash, workstation, taxpayer_id, country, "
                u"atu, application, received_at, arrived_at, registered_at, due_at, status, department_code, "
                u"subject_type, received_by, received_login) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                u"?, ?, "
                u"?, ?)"_s,
                { item.caseUid, item.caseNumber, item.contentHash, counter.name, app.taxpayerId, app.country,
                    app.atu, json, toStoreTime(app.receivedAt), toStoreTime(arrival), registeredAt, dueAt,
                    statusKey(CaseStatus::Registered), storedText(app.departmentCode),
                    storedText(app.subjectType ? subjectTypeKey(*app.subjectType) : QString()),
                    nullableText(item.receivedBy.name), nullableText(item.receivedBy.login) });
            !r)
            return r;
        for (qsizetype i = 0; i < app.products.size(); ++i) {
            const ProductLine &line = app.products.at(i);
            if (Result<void> r = exec(db,
                    u"INSERT INTO case_lines (case_uid, line_no, product_type, name, norm_name, spec) "
                    u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                    { item.caseUid, int(i + 1), line.type, line.name, productNameKey(line.name), line.spec });
                !r)
                return r;
        }
        CaseEvent registered;
        registered.caseUid = item.caseUid;
        registered.workstation = counter.name;
        registered.status = CaseStatus::Registered;
        registered.at = registration.registered;
        registered.actor = counter.name;
        if (Result<qint64> seq = appendEvent(db, registered); !seq)
            return seq.error();
        if (Result<qint64> queued = touchQueue(db, item.caseUid); !queued)
            return queued.error();
        result.outcome = PushOutcome::Stored;
        result.registeredAt = storedTime(registeredAt);
        result.dueAt = storedTime(dueAt);
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

Result<QList<CaseEvent>> OfficeStore::updates(const Workstation &counter, qint64 after, int limit)
{
    return readEvents(m_db.connection(),
        kEventColumns + u"WHERE e.workstation = ? AND e.seq > ? ORDER BY e.seq LIMIT ?"_s,
        { counter.name, after, qBound(1, limit, 1000) });
}

Result<QList<CaseEvent>> OfficeStore::events(QDate from, QDate to, const std::optional<QString> &department)
{
    const QString lower = from.isValid() ? toStoreTime(kazakhstanDateTime(from, QTime(0, 0))) : u""_s;
    const QString upper = to.isValid() ? toStoreTime(kazakhstanDateTime(to.addDays(1), QTime(0, 0))) : u"9"_s;
    if (department)
        return readEvents(m_db.connection(),
            kEventColumns + u"WHERE e.at >= ? AND e.at < ? AND c.department_code = ? ORDER BY e.seq"_s,
            { lower, upper, *department });
    return readEvents(m_db.connection(), kEventColumns + u"WHERE e.at >= ? AND e.at < ? ORDER BY e.seq"_s,
        { lower, upper });
}

Result<qint64> OfficeStore::rowCount(const QString &table)
{
    if (!kTables.contains(table))
        return makeError(ErrorCode::InvalidInput,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "Unknown table.")), table);
    Result<QVariant> count = scalar(m_db.connection(), u"SELECT COUNT(*) FROM "_s + table);
    if (!count)
        return count.error();
    return count->toLongLong();
}

} // namespace dsn::office
