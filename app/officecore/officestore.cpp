#include "officecore/officestore.h"

#include "officecore/officestoresupport.h"

#include "base/csv.h"
#include "base/enumtable.h"
#include "base/kazakhstantime.h"
#include "calendar/deadlines.h"
#include "calendar/schedule.h"
#include "cases/applicationjson.h"
#include "identity/taxpayerid.h"
#include "rules/productname.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

const QStringList kTables = { u"workstations"_s, u"taxpayers"_s, u"cases"_s, u"case_lines"_s, u"subjects"_s,
    u"brand_counters"_s, u"codes"_s, u"events"_s, u"counters"_s, u"audit_anchors"_s, u"audit_alerts"_s };

const QString kEventColumns
    = u"SELECT e.seq, e.case_uid, c.case_number, e.workstation, e.status, e.at, e.lines, "
      u"e.actor FROM events e JOIN cases c ON c.case_uid = e.case_uid "_s;

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

Result<QString> OfficeStore::registerWorkstation(const QString &name, Role role)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return makeError(ErrorCode::InvalidInput,
            localized(
                QT_TRANSLATE_NOOP("dsn::OfficeStore", "A workstation needs a name of 1 to 200 characters.")));
    if (workstationRoleKey(role).isEmpty())
        return makeError(ErrorCode::InvalidInput,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "No workstation can have this role.")));
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
            u"INSERT INTO workstations (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)"_s,
            { trimmed, workstationRoleKey(role), tokenHash(token), now });
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
        u"SELECT name, role FROM workstations WHERE token_hash = ? AND revoked_at IS NULL"_s,
        { tokenHash(token) });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Workstation>();
    const std::optional<Role> role = workstationRoleFromKey(query->value(1).toString());
    if (!role)
        return std::optional<Workstation>();
    return std::optional<Workstation>(Workstation { query->value(0).toString(), *role });
}

Result<qint64> OfficeStore::appendEvent(QSqlDatabase &db, const QString &caseUid, const QString &workstation,
    CaseStatus status, const QDateTime &at, const QJsonArray &lines, const QString &actor)
{
    // The counter row is updated first: events become visible in the order of their numbers.
    if (Result<void> r = exec(db, u"UPDATE counters SET value = value + 1 WHERE name = 'event_seq'"_s); !r)
        return r.error();
    Result<QVariant> seq = scalar(db, u"SELECT value FROM counters WHERE name = 'event_seq'"_s);
    if (!seq)
        return seq.error();
    const qint64 number = seq->toLongLong();
    if (Result<void> r = exec(db,
            u"INSERT INTO events (seq, case_uid, workstation, status, at, lines, actor) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            { number, caseUid, workstation, statusKey(status), toStoreTime(at),
                QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)), actor });
        !r)
        return r.error();
    return number;
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
                u"atu, "
                u"application, received_at, arrived_at, registered_at, due_at, status) "
                u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                { item.caseUid, item.caseNumber, item.contentHash, counter.name, app.taxpayerId, app.country,
                    app.atu, json, toStoreTime(app.receivedAt), toStoreTime(arrival), registeredAt, dueAt,
                    statusKey(CaseStatus::Registered) });
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
        Result<qint64> seq = appendEvent(db, item.caseUid, counter.name, CaseStatus::Registered,
            registration.registered, {}, counter.name);
        if (!seq)
            return seq.error();
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

Result<QList<CaseEvent>> OfficeStore::events(QDate from, QDate to)
{
    const QString lower = from.isValid() ? toStoreTime(kazakhstanDateTime(from, QTime(0, 0))) : u""_s;
    const QString upper = to.isValid() ? toStoreTime(kazakhstanDateTime(to.addDays(1), QTime(0, 0))) : u"9"_s;
    return readEvents(m_db.connection(), kEventColumns + u"WHERE e.at >= ? AND e.at < ? ORDER BY e.seq"_s,
        { lower, upper });
}

Result<int> OfficeStore::importTaxpayers(const QList<Taxpayer> &taxpayers)
{
    const QString now = toStoreTime(m_clock());
    Result<void> done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        for (const Taxpayer &t : taxpayers) {
            if (Result<void> r = exec(db,
                    u"INSERT INTO taxpayers (taxpayer_id, name, activity, registered_on, imported_at) "
                    u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (taxpayer_id) DO UPDATE SET name = excluded.name, "
                    u"activity = excluded.activity, registered_on = excluded.registered_on, "
                    u"imported_at = excluded.imported_at"_s,
                    { t.taxpayerId, t.name, t.activity, t.registeredOn.toString(Qt::ISODate), now });
                !r)
                return r;
        }
        return {};
    });
    if (!done)
        return done.error();
    return int(taxpayers.size());
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

TaxpayerCsv parseTaxpayerCsv(const QString &text)
{
    TaxpayerCsv result;
    const csv::ParseResult parsed = csv::parse(text);
    if (!parsed.ok()) {
        result.problems.append(localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "line %1: %2"))
                                   .arg(parsed.errorLine)
                                   .arg(parsed.error));
        return result;
    }
    const QStringList header = { u"taxpayer_id"_s, u"name"_s, u"activity"_s, u"registered_on"_s };
    if (parsed.rows.isEmpty() || parsed.rows.first() != header) {
        result.problems.append(localized(QT_TRANSLATE_NOOP(
            "dsn::OfficeStore", "line 1: the header must be taxpayer_id,name,activity,registered_on")));
        return result;
    }
    QSet<QString> seen;
    QList<Taxpayer> rows;
    for (qsizetype i = 1; i < parsed.rows.size(); ++i) {
        const QStringList &row = parsed.rows.at(i);
        const qsizetype line = i + 1;
        if (row.size() != 4) {
            result.problems.append(
                localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "line %1: expected 4 fields, found %2"))
                    .arg(line)
                    .arg(row.size()));
            continue;
        }
        const TaxpayerId::Result id = TaxpayerId::parse(row.at(0));
        if (!id.isValid()) {
            result.problems.append(
                localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "line %1: %2")).arg(line).arg(id.message));
            continue;
        }
        if (seen.contains(id.id->digits())) {
            result.problems.append(
                localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "line %1: the IIN/BIN %2 appears twice"))
                    .arg(line)
                    .arg(id.id->digits()));
            continue;
        }
        seen.insert(id.id->digits());
        const QString name = row.at(1).simplified();
        if (name.isEmpty() || name.size() > kMaxNameLength) {
            result.problems.append(
                localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "line %1: the name is empty or too long"))
                    .arg(line));
            continue;
        }
        const QDate date = QDate::fromString(row.at(3).trimmed(), Qt::ISODate);
        if (!date.isValid()) {
            result.problems.append(localized(
                QT_TRANSLATE_NOOP("dsn::OfficeStore", "line %1: the registration date is not YYYY-MM-DD"))
                                       .arg(line));
            continue;
        }
        rows.append(Taxpayer { id.id->digits(), name, row.at(2).simplified(), date });
    }
    if (result.problems.isEmpty())
        result.rows = rows;
    return result;
}

} // namespace dsn::office
