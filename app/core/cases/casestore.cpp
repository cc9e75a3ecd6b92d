#include "cases/casestore.h"

#include "base/hashing.h"
#include "base/kazakhstantime.h"
#include "calendar/calendardata.h"
#include "calendar/deadlines.h"
#include "cases/applicationjson.h"
#include "cases/casenumber.h"
#include "cases/caseread.h"
#include "cases/caserows.h"
#include "cases/statuschange.h"
#include "identity/taxpayerid.h"
#include "reference/referencedata.h"
#include "settings/settings.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::CaseStore)
};

// A workstation that has never been given a code takes one of its own at its first intake:
// "WS" and six characters from an alphabet without look-alikes (no 0/O, 1/I), random enough
// that two new workstations practically never meet. An administrator may set another one.
Result<QString> ensureWorkstationCode(QSqlDatabase &db, const Actor &actor, const Clock &clock)
{
    Result<QString> code = readSetting(db, Setting::WorkstationCode);
    if (!code || !code->isEmpty())
        return code;
    static constexpr char16_t kAlphabet[] = u"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    const QByteArray random = QUuid::createUuid().toRfc4122();
    QString generated = u"WS"_s;
    for (int i = 0; i < 6; ++i)
        generated.append(QChar(kAlphabet[static_cast<unsigned char>(random.at(i)) % 32]));
    if (Result<void> r = writeSettings(db, { { Setting::WorkstationCode, generated } }, actor, clock, {},
            QJsonObject { { u"reason"_s, u"first intake of a new workstation"_s } });
        !r)
        return r.error();
    return generated;
}

Result<QString> readWorkstationCode(const QSqlDatabase &db)
{
    Result<QString> code = readSetting(db, Setting::WorkstationCode);
    if (!code)
        return code;
    if (!CaseStore::isValidWorkstationCode(*code)) {
        return makeError(ErrorCode::InvalidInput,
            Text::tr("The workstation has no valid code yet, so no case number can be given. An "
                     "administrator sets it in the settings (workstation.code, for example AST01)."),
            u"workstation.code = '%1'"_s.arg(*code));
    }
    return code;
}

// The next number of the year's counter, in the caller's transaction.
Result<qint64> nextSerial(const QSqlDatabase &db, int year)
{
    Result<QVariant> v = sqlScalar(db,
        u"INSERT INTO counters(name, value) VALUES (?, 1)"
        u" ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value"_s,
        { caseCounterName(year) });
    if (!v)
        return v.error();
    return v->toLongLong();
}

// Writes the outbox row for sync; the payload's hash identifies it so that uploads are idempotent.
} // namespace

Result<WorkingCalendar> storeCalendar(const QSqlDatabase &db)
{
    QMap<int, CalendarYear> years;
    const CalendarLoadResult shipped = loadShippedCalendar();
    for (const CalendarYear &y : shipped.years)
        years.insert(y.year, y);
    Result<QSqlQuery> q = sqlRun(db, u"SELECT year, data FROM calendar_years ORDER BY year"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const int year = q->value(0).toInt();
        const CalendarLoadResult edited
            = parseCalendarJson(q->value(1).toString().toUtf8(), u"calendar_years"_s, year);
        if (!edited.ok() || edited.years.size() != 1) {
            return makeError(ErrorCode::Damaged,
                Text::tr("The working calendar of %1 kept in the store is not valid.").arg(year),
                edited.error);
        }
        years.insert(year, edited.years.constFirst());
    }
    q->finish();
    return WorkingCalendar(years.values());
}

CaseStore::CaseStore(Database &database)
    : CaseStore(database, Options {})
{
}

CaseStore::CaseStore(Database &database, Options options)
    : m_db(database)
    , m_reference(options.reference ? options.reference : &ReferenceData::embedded())
    , m_calendar(std::move(options.calendar))
    , m_clock(options.clock ? std::move(options.clock) : database.clock())
{
}

QDateTime CaseStore::now() const
{
    return m_clock().toUTC();
}

bool CaseStore::isValidWorkstationCode(QStringView code)
{
    static const QRegularExpression shape(uR"(^[A-Z0-9]{2,16}$)"_s);
    return shape.match(code.toString()).hasMatch();
}

Result<QString> CaseStore::workstationCode() const
{
    return readWorkstationCode(m_db.connection());
}

Result<QString> CaseStore::intake(const Application &application, const Actor &actor,
    const IntakeOptions &options, ValidationProblems *problems)
{
    const QDateTime at = now();
    const Application a = normalizedApplication(application);
    const ValidationProblems found = validateApplication(a, *m_reference, at);
    if (problems)
        *problems = found;
    if (!found.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
            Text::tr("The application has %n problem(s); nothing was written.", nullptr, int(found.size())));
    }

    // The lifecycle table decides who may take an application in.
    Role checkedRole = actor.role;
    if (options.origin == IntakeOrigin::OnBehalfOfCounter) {
        if (actor.role != Role::System) {
            return makeError(ErrorCode::PermissionDenied,
                Text::tr("Only the workstation itself may enter an application on behalf of its "
                         "counter."));
        }
        if (options.reason.trimmed().isEmpty())
            return makeError(
                ErrorCode::InvalidInput, Text::tr("Say why the workstation enters the application."));
        checkedRole = Role::Operator;
    }
    const TransitionVerdict verdict = checkTransition(std::nullopt, CaseStatus::Accepted, checkedRole);
    if (verdict != TransitionVerdict::Allowed) {
        return makeError(ErrorCode::PermissionDenied,
            transitionVerdictMessage(verdict, std::nullopt, CaseStatus::Accepted, actor.role));
    }

    const int year = kazakhstanDate(a.receivedAt).year();
    const QString nowText = toStoreTime(at);
    const QString contentHash = applicationContentHash(a);
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString status = statusKey(CaseStatus::Accepted);
    const QString comment
        = options.origin == IntakeOrigin::OnBehalfOfCounter ? options.reason.trimmed() : QString();

    QString caseNumber;
    Result<void> written = m_db.write([&](QSqlDatabase &db) -> Result<void> {
        // The term of service by the calendar in force now, as the administrator last corrected it.
        std::optional<WorkingCalendar> stored;
        if (!m_calendar) {
            Result<WorkingCalendar> calendar = storeCalendar(db);
            if (!calendar)
                return calendar.error();
            stored = std::move(calendar).value();
        }
        const ServiceTerm term
            = serviceTerm(m_calendar ? *m_calendar : *stored, a.receivedAt, Office::StateCorporation);
        if (Result<QString> ensured = ensureWorkstationCode(db, actor, m_clock); !ensured)
            return ensured.error();
        Result<QString> workstation = readWorkstationCode(db);
        if (!workstation)
            return workstation.error();
        QString office = actor.officeCode.isNull() ? u""_s : actor.officeCode;
        if (office.isEmpty()) {
            Result<QString> configured = readSetting(db, Setting::WorkstationOffice);
            if (!configured)
                return configured.error();
            office = *configured;
        }
        Result<qint64> serial = nextSerial(db, year);
        if (!serial)
            return serial.error();
        caseNumber = formatCaseNumber(*workstation, year, *serial);

        Result<qint64> subjectId = writeSubject(db, a, nowText);
        if (!subjectId)
            return subjectId.error();

        Result<QVariant> applicationId = sqlScalar(db,
            u"INSERT INTO applications(case_number, uid, subject_id, taxpayer_name, taxpayer_id, "
            u"subject_type,"
            u" department_code, country, atu, head_name, application_date, received_at, received_by,"
            u" received_by_name, office_code, channel, queue_ticket, status, registered_at, due_at,"
            u" content_hash, created_at, updated_at)"
            u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?) RETURNING id"_s,
            { caseNumber, uid, *subjectId, a.taxpayerName, a.taxpayerId, subjectTypeKey(*a.subjectType),
                a.departmentCode, a.country, a.atu, a.headName, a.applicationDate.toString(Qt::ISODate),
                toStoreTime(a.receivedAt), sqlNullable(actor.userId), actor.name, office,
                intakeChannelKey(a.channel), sqlNullable(a.queueTicket), status,
                term.due.isValid() ? QVariant(toStoreTime(term.due))
                                   : QVariant(QMetaType(QMetaType::QString)),
                contentHash, nowText, nowText });
        if (!applicationId)
            return applicationId.error();
        const qint64 appId = applicationId->toLongLong();

        if (Result<void> r = writeProductLines(db, appId, a.products); !r)
            return r;

        if (Result<void> r = sqlExec(db,
                u"INSERT INTO status_events(application_id, from_status, to_status, actor_user_id,"
                u" actor_name, actor_role, at, comment) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)"_s,
                { appId, status, sqlNullable(actor.userId), actor.name, roleKey(actor.role), nowText,
                    sqlNullable(comment) });
            !r) {
            return r;
        }

        QJsonObject details { { u"lines"_s, int(a.products.size()) }, { u"content_hash"_s, contentHash },
            { u"origin"_s,
                options.origin == IntakeOrigin::Counter ? u"counter"_s : u"on_behalf_of_counter"_s } };
        if (!comment.isEmpty())
            details.insert(u"reason"_s, comment);
        if (Result<qint64> r
            = AuditTrail::append(db, actor, AuditEvent::CaseIntake, u"case"_s, caseNumber, details, m_clock);
            !r) {
            return r.error();
        }

        const QJsonObject payload {
            { u"case_number"_s, caseNumber },
            { u"uid"_s, uid },
            { u"workstation"_s, *workstation },
            { u"office_code"_s, office },
            { u"status"_s, status },
            { u"received_by"_s, actor.name },
            { u"due_at"_s, term.due.isValid() ? toStoreTime(term.due) : QString() },
            { u"content_hash"_s, contentHash },
            { u"application"_s, applicationToJson(a) },
        };
        return addOutboxItem(db, appId, u"application"_s, payload, nowText);
    });
    if (!written)
        return written.error();
    return caseNumber;
}

Result<void> CaseStore::changeStatus(
    const QString &caseNumber, CaseStatus to, const Actor &actor, const QString &comment)
{
    const QString nowText = toStoreTime(now());
    const QString note = comment.trimmed();
    return m_db.write([&](QSqlDatabase &db) -> Result<void> {
        Result<QSqlQuery> q
            = sqlRun(db, u"SELECT id, status, uid FROM applications WHERE case_number = ?"_s, { caseNumber });
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::NotFound, Text::tr("There is no case %1.").arg(caseNumber));
        const qint64 appId = q->value(0).toLongLong();
        const QString fromKey = q->value(1).toString();
        const QString uid = q->value(2).toString();
        q->finish();
        const std::optional<CaseStatus> from = statusFromKey(fromKey);
        if (!from) {
            return makeError(ErrorCode::Damaged, Text::tr("Case %1 has an unknown status.").arg(caseNumber),
                u"status '%1'"_s.arg(fromKey));
        }

        const TransitionVerdict verdict = checkTransition(from, to, actor.role);
        if (verdict != TransitionVerdict::Allowed) {
            return makeError(verdict == TransitionVerdict::RoleNotAllowed ? ErrorCode::PermissionDenied
                                                                          : ErrorCode::Conflict,
                transitionVerdictMessage(verdict, from, to, actor.role));
        }

        StatusChange change;
        change.applicationId = appId;
        change.caseNumber = caseNumber;
        change.caseUid = uid;
        change.from = *from;
        change.to = to;
        change.actor = actor;
        change.at = nowText;
        change.comment = note;
        change.tellTheOffice = true;
        return writeStatusChange(db, change, m_clock);
    });
}

Result<CaseRecord> CaseStore::openCase(const QString &caseNumber, const Actor &actor, const QString &purpose)
{
    CaseRecord record;
    Result<void> r = m_db.write([&](QSqlDatabase &db) -> Result<void> {
        Result<CaseRecord> loaded = loadCase(db, caseNumber);
        if (!loaded)
            return loaded.error();
        record = std::move(loaded).value();
        const auto event = record.idKind == u"iin" ? AuditEvent::PersonViewed : AuditEvent::CaseViewed;
        QJsonObject details;
        if (!purpose.trimmed().isEmpty())
            details.insert(u"purpose"_s, purpose.trimmed());
        Result<qint64> audited
            = AuditTrail::append(db, actor, event, u"case"_s, caseNumber, details, m_clock);
        if (!audited)
            return audited.error();
        return {};
    });
    if (!r)
        return r.error();
    return record;
}

Result<QList<StatusEvent>> CaseStore::caseHistory(const QString &caseNumber) const
{
    QList<StatusEvent> events;
    Result<void> r = m_db.read([&](QSqlDatabase &db) -> Result<void> {
        Result<qint64> id = findCaseId(db, caseNumber);
        if (!id)
            return id.error();
        Result<QList<StatusEvent>> loaded = loadHistory(db, *id);
        if (!loaded)
            return loaded.error();
        events = *loaded;
        return {};
    });
    if (!r)
        return r.error();
    return events;
}

Result<int> CaseStore::recordPrint(const QString &caseNumber, const QString &kind, Language language,
    const QString &contentHash, const Actor &actor)
{
    if (kind.trimmed().isEmpty() || contentHash.trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidInput, Text::tr("A printed document needs its kind and content hash."));
    const QString nowText = toStoreTime(now());
    int reprint = 0;
    Result<void> r = m_db.write([&](QSqlDatabase &db) -> Result<void> {
        Result<qint64> id = findCaseId(db, caseNumber);
        if (!id)
            return id.error();
        // Reprints are counted per document and language: the first print in each language is
        // an original.
        const QString lang = languageCode(language);
        Result<QVariant> count = sqlScalar(db,
            u"SELECT count(*) FROM printed_documents WHERE application_id = ? AND kind = ? AND language = ?"_s,
            { *id, kind, lang });
        if (!count)
            return count.error();
        reprint = count->toInt();
        if (Result<void> w = sqlExec(db,
                u"INSERT INTO printed_documents(application_id, kind, language, content_hash,"
                u" printed_by, printed_by_name, printed_at, reprint_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                { *id, kind, lang, contentHash, sqlNullable(actor.userId), actor.name, nowText, reprint });
            !w) {
            return w;
        }
        Result<qint64> audited
            = AuditTrail::append(db, actor, AuditEvent::DocumentPrinted, u"case"_s, caseNumber,
                QJsonObject { { u"kind"_s, kind }, { u"language"_s, lang },
                    { u"content_hash"_s, contentHash }, { u"reprint_no"_s, reprint } },
                m_clock);
        if (!audited)
            return audited.error();
        return {};
    });
    if (!r)
        return r.error();
    return reprint;
}

Result<CasePage> CaseStore::search(const CaseQuery &query) const
{
    CasePage page;
    const QDateTime at = now();
    Result<void> r = m_db.read([&](QSqlDatabase &db) -> Result<void> {
        Result<CasePage> found = searchCases(db, query, at);
        if (!found)
            return found.error();
        page = std::move(found).value();
        return {};
    });
    if (!r)
        return r.error();
    return page;
}

Result<QList<CaseStore::HeldCode>> CaseStore::heldCodes(const QString &taxpayerIdDigits) const
{
    Result<QSqlQuery> query = sqlRun(m_db.connection(),
        u"SELECT l.dsn_code, l.product_type, l.name, a.case_number FROM product_lines l"
        u" JOIN applications a ON a.id = l.application_id"
        u" WHERE a.taxpayer_id = ? AND l.decision = 'issued' AND l.dsn_code IS NOT NULL"
        u" ORDER BY a.received_at, l.line_no"_s,
        { taxpayerIdDigits });
    if (!query)
        return query.error();
    QList<HeldCode> codes;
    while (query->next())
        codes.append({ query->value(0).toString(), query->value(1).toInt(), query->value(2).toString(),
            query->value(3).toString() });
    query->finish();
    return codes;
}

Result<qint64> CaseStore::caseId(const QString &caseNumber) const
{
    return findCaseId(m_db.connection(), caseNumber);
}

} // namespace dsn
