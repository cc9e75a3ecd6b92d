#pragma once

#include "base/language.h"
#include "base/result.h"
#include "base/storetime.h"
#include "calendar/workingcalendar.h"
#include "cases/application.h"
#include "cases/caselistaudit.h"
#include "cases/caserecord.h"
#include "cases/casesearch.h"
#include "session/actor.h"

#include <QSqlDatabase>
#include <QString>

// The case operations of the workstation, on its store. Everything a clerk or a script does to a
// case goes through here, so that the form's checks, the lifecycle table with its roles, the
// audit trail and the outbox apply the same way from the GUI, dsnctl and sync.
namespace dsn {

class Database;
class ReferenceData;

// Who takes an application in, and so how the intake is checked against the lifecycle table.
enum class IntakeOrigin {
    // A signed-in user at the counter form: the table decides with the actor's own role
    // (checkTransition(nullopt, Accepted, actor.role): only an operator may).
    Counter,
    // The workstation itself (dsnctl case add, sync) entering an application taken on paper at
    // this workstation's counter. The actor must be the system (Role::System); the intake is
    // checked as the counter's (checkTransition(nullopt, Accepted, Role::Operator)) and recorded
    // with the system as actor and IntakeOptions::reason as the first status event's comment and
    // in the audit details. Every later status change is checked with the actor's own role.
    OnBehalfOfCounter,
};

struct IntakeOptions
{
    IntakeOrigin origin = IntakeOrigin::Counter;
    QString reason; // required for OnBehalfOfCounter, e.g. "imported by dsnctl"
};

// The working calendar in force in a store: the shipped years, each replaced by the store's own
// (table calendar_years, JSON in the shipped format) where an administrator corrected it. A stored
// year that does not parse is ErrorCode::Damaged.
Result<WorkingCalendar> storeCalendar(const QSqlDatabase &db);

class CaseStore
{
public:
    struct Options
    {
        const ReferenceData *reference = nullptr; // nullptr: ReferenceData::embedded()
        // The calendar for the term of service; nullopt: storeCalendar() of the store, read at each
        // intake so that the administrator's corrections apply at once.
        std::optional<WorkingCalendar> calendar;
        Clock clock; // empty: the database's clock
    };

    explicit CaseStore(Database &database);
    CaseStore(Database &database, Options options);

    // The workstation code that starts every case number (settings key "workstation.code"):
    // 2-16 capital Latin letters and digits, for example "AST01".
    static bool isValidWorkstationCode(QStringView code);
    Result<QString> workstationCode() const;

    // Takes an application in. It is checked with validateApplication() first (the problems go to
    // *problems and the result is ErrorCode::InvalidInput); then the lifecycle table (see
    // IntakeOrigin; ErrorCode::PermissionDenied); then in one BEGIN IMMEDIATE transaction the
    // subject is written or updated, the application with the next case number of its year
    // ("<workstation>-<year of receipt>-<serial of 6 digits>", from a counter in the same
    // transaction: no gap, no duplicate), its product lines, the first status event (accepted),
    // the full-text index, the audit entry case_intake and the outbox row "application". Returns
    // the case number. Nothing is written when anything fails.
    Result<QString> intake(const Application &application, const Actor &actor,
        const IntakeOptions &options = {}, ValidationProblems *problems = nullptr);

    // Moves a case to another status, when the lifecycle table allows it for the actor's role
    // (otherwise ErrorCode::PermissionDenied or ErrorCode::Conflict, and nothing changes). Writes the
    // status, the status event, the audit entry case_status and the outbox row "status" in one
    // transaction. Registration also records registered_at.
    Result<void> changeStatus(
        const QString &caseNumber, CaseStatus to, const Actor &actor, const QString &comment = {});

    // The whole case: application, lines, history, printed documents. Opening a case shows a
    // person's data, so it is audited in the same call: person_viewed when the subject is an
    // individual (IIN), case_viewed for a business (BIN). `purpose` goes into the audit details.
    Result<CaseRecord> openCase(const QString &caseNumber, const Actor &actor, const QString &purpose = {});

    // The status history, oldest first (no person data; not audited).
    Result<QList<StatusEvent>> caseHistory(const QString &caseNumber) const;

    // Records one printed document; returns its reprint number: 0 for the first print of this
    // kind for the case in this language, then 1, 2, ... (a receipt printed in Kazakh and then
    // in Russian is two originals). Audited as document_printed.
    Result<int> recordPrint(const QString &caseNumber, const QString &kind, Language language,
        const QString &contentHash, const Actor &actor);

    // Finds cases (see CaseQuery); "now" for overdue is the store's clock. Not audited by itself:
    // whatever shows the rows to a person records that with auditCaseList() first.
    Result<CasePage> search(const CaseQuery &query) const;
    // Records in the audit trail (case_search) that a list of cases, with their IIN/BIN and
    // names, is about to be shown to `actor` (Law No. 223, art. 11): the query and its filters
    // and how many rows (caselistaudit.h). Show nothing when this fails.
    Result<void> auditCaseList(const CaseQuery &query, const Actor &actor, const CaseListShown &shown);

    // The DSN codes this workstation knows the subject already holds (issued lines of its cases,
    // as decisions came back from the office), oldest first. Not audited: no person data.
    struct HeldCode
    {
        QString dsnCode;
        int productType = 0;
        QString productName;
        QString caseNumber;
    };
    Result<QList<HeldCode>> heldCodes(const QString &taxpayerIdDigits) const;

    // The case's row id, for joins by other parts of the core.
    Result<qint64> caseId(const QString &caseNumber) const;

private:
    QDateTime now() const;

    Database &m_db;
    const ReferenceData *m_reference;
    std::optional<WorkingCalendar> m_calendar;
    Clock m_clock;
};

} // namespace dsn
