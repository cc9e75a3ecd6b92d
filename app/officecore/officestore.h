#pragma once

#include "base/result.h"
#include "base/storetime.h"
#include "calendar/workingcalendar.h"
#include "cases/application.h"
#include "lifecycle/caselifecycle.h"
#include "officecore/officedatabase.h"
#include "rules/refusalcheck.h"
#include "sync/auditanchor.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

// What the territorial revenue office keeps: registered workstations, the taxpayer registry,
// cases pushed by State Corporation counters, decisions with their DSN codes, and the stage
// events of every case. Every operation is one transaction (see OfficeDatabase::transaction).
namespace dsn::office {

// A workstation's role, one of the roles of the lifecycle table (lifecycle/caselifecycle.h), under
// the key the office stores (workstations.role) and dsnctl takes: "counter" (a State Corporation
// counter, Role::Operator), "review" (Role::Reviewer), "admin" (Role::Administrator). No
// workstation has the System role: its key is empty.
QString workstationRoleKey(Role role);
std::optional<Role> workstationRoleFromKey(QStringView key);
QList<Role> workstationRoles();

// The statuses of a case at the office, in the order of its life there: registered when it
// arrives, then as the revenue department's reviewers move it by the lifecycle table (in review,
// and the decision). The schema's CHECK on cases.status lists exactly these.
QList<CaseStatus> officeCaseStatuses();

struct Workstation
{
    QString name;
    Role role = Role::Operator;
};

// One outbox item of a counter workstation, already read and validated.
struct PushItem
{
    QString caseUid; // UUID text without braces, lower case
    QString caseNumber;
    QString contentHash;     // 64 lower-case hex digits, as the workstation computed it
    Application application; // normalized
};

enum class PushOutcome { Stored, Duplicate, Conflict };
QString pushOutcomeKey(PushOutcome outcome); // "stored", "duplicate", "conflict"

struct PushResult
{
    QString caseUid;
    PushOutcome outcome = PushOutcome::Stored;
    QDateTime registeredAt; // of the stored case (also for a duplicate; invalid for a conflict)
    QDateTime dueAt;
    QString reason; // for a conflict
};

// A reviewer's decision on one product line.
struct LineDecision
{
    int lineNo = 0; // from 1, in the order of the application's product table
    bool issued = false;
    std::optional<RefusalGround> refusalGround; // for a refusal
    QString refusalText;                        // empty: the ground's text in the law's wording
};

struct DecidedLine
{
    int lineNo = 0;
    QString decision;                           // "issued", "refused"
    QString dsnCode;                            // for an issued line
    std::optional<RefusalGround> refusalGround; // for a refused line
    QString refusalText;
};

struct DecisionResult
{
    CaseStatus status = CaseStatus::Refused; // Issued, PartlyIssued or Refused
    QList<DecidedLine> lines;
};

// One stage of a case (registered, in_review, issued, partly_issued, refused).
struct CaseEvent
{
    qint64 seq = 0;
    QString caseUid;
    QString caseNumber;
    QString workstation; // the counter workstation that pushed the case
    CaseStatus status = CaseStatus::Registered;
    QDateTime at;
    QJsonArray lines; // decided lines for a decision, else empty
    QString actor;    // the workstation that caused the stage
};

struct AuditAnchor
{
    qint64 seq = 0;
    QString hash;
    QDateTime at;
};

// A chain that no longer extends its anchors. The workstation is refused from sync while an
// alert is open; an office administrator accepts it after review (dsnctl office audit-accept).
struct AuditAlert
{
    QString workstation;
    int epoch = 0;
    QDateTime raisedAt;
    QString reason; // translated
    std::optional<qint64> reportedSeq;
    QString reportedHash;
    QDateTime acceptedAt; // invalid while open
    QString acceptedBy;
    QString note;
    bool isOpen() const { return !acceptedAt.isValid(); }
};

enum class AuditCheck {
    Anchored,       // the chain extends the anchors; its head is the new last anchor
    AnchorRequired, // the report does not name the office's last anchor (see anchoredSeq): ask again
    Broken,         // the chain does not extend the anchors, or an alert is open: refused
};

struct AuditCheckResult
{
    AuditCheck outcome = AuditCheck::Anchored;
    qint64 anchoredSeq = 0; // the office's last anchor after the check (0: none)
    QString reason;         // for Broken (translated)
};

struct Taxpayer
{
    QString taxpayerId; // 12 digits
    QString name;
    QString activity;
    QDate registeredOn;
};

class OfficeStore
{
public:
    explicit OfficeStore(OfficeDatabase &database, Clock clock = systemClock());

    OfficeDatabase &database() { return m_db; }

    // A new workstation with a fresh random token; returns the token (stored only as its SHA-256).
    // ErrorCode::Conflict when the name is taken, InvalidInput for an empty name or a role no
    // workstation has.
    Result<QString> registerWorkstation(const QString &name, Role role);
    // The workstation holding this token; nullopt for an unknown or revoked token.
    Result<std::optional<Workstation>> authenticate(const QString &token);
    // Revokes a workstation's token at once: every later request with it gets 401. The
    // workstation's name stays taken, so its history stays attributable.
    Result<void> revokeWorkstation(const QString &name);
    // Gives a registered workstation a new random token and returns it; its old token stops
    // authenticating at once. Name, role, cases and events stay as they are. A revoked
    // workstation is taken back into service with the new token. NotFound for an unknown name.
    Result<QString> rotateToken(const QString &name);

    // Stores the item once (see PushOutcome).
    Result<PushResult> push(const Workstation &counter, const PushItem &item);

    // Stages of the cases pushed by this counter workstation after `after`, at most `limit`.
    Result<QList<CaseEvent>> updates(const Workstation &counter, qint64 after, int limit);
    // Every stage of every case, optionally within [from, to] (Kazakhstan dates; invalid: open).
    Result<QList<CaseEvent>> events(QDate from = {}, QDate to = {});

    // registered -> in_review, by the lifecycle table (repeating it is harmless). NotFound for an
    // unknown case, Conflict when it is decided, PermissionDenied for a role the table does not
    // let start a review.
    Result<void> startReview(const Workstation &reviewer, const QString &caseUid);
    // Decides every line of a case in review (or registered: the review starts with the decision)
    // and allocates codes for issued lines, in one transaction (allocation.cpp). An issued line is
    // refused instead when a refusal ground holds (rules/refusalcheck.h: 1, the subject is not in
    // the taxpayer registry; 2, the subject already has a code for this product type and name);
    // a refusal must name a ground that holds.
    // NotFound, Conflict (already decided), PermissionDenied (a role the lifecycle table does
    // not let decide), InvalidInput (lines not matching the case, ground that does not hold).
    Result<DecisionResult> decide(
        const Workstation &reviewer, const QString &caseUid, const QList<LineDecision> &lines);

    // The audit head a counter reports with a push (auditanchors.cpp): checked against the
    // anchors of its current epoch and, when it extends them, kept as the new last anchor. A
    // report that breaks them raises an alert (committed at once) and is Broken, as is every
    // report while an alert is open. nullopt (a push without a report) is Anchored only as long
    // as the workstation has no anchor.
    Result<AuditCheckResult> checkAuditHead(
        const Workstation &counter, const std::optional<AuditReport> &report);
    // The open alert of a workstation, if any.
    Result<std::optional<AuditAlert>> openAuditAlert(const QString &workstation);
    // The anchors of the workstation's current epoch, oldest first.
    Result<QList<AuditAnchor>> auditAnchors(const QString &workstation);
    // Alerts, newest first: only the open ones, or all of them.
    Result<QList<AuditAlert>> auditAlerts(bool includeAccepted);
    // Closes the workstation's open alert after review, recording who and why; its next report
    // starts a new epoch of anchors. NotFound when no alert is open.
    Result<void> acceptAuditAlert(const QString &workstation, const QString &acceptedBy, const QString &note);

    // Adds or replaces registry rows, all in one transaction.
    Result<int> importTaxpayers(const QList<Taxpayer> &taxpayers);

    // Rows in a table of the office schema (tests and checks).
    Result<qint64> rowCount(const QString &table);

    static QString tokenHash(const QString &token);

private:
    Result<qint64> appendEvent(QSqlDatabase &db, const QString &caseUid, const QString &workstation,
        CaseStatus status, const QDateTime &at, const QJsonArray &lines, const QString &actor);

    OfficeDatabase &m_db;
    Clock m_clock;
    WorkingCalendar m_calendar;
};

// Reads the registry CSV (header taxpayer_id,name,activity,registered_on; dates YYYY-MM-DD).
// Every bad row is reported with its line number; rows are returned only when there is none.
struct TaxpayerCsv
{
    QList<Taxpayer> rows;
    QStringList problems; // "line 3: ..." (translated)
    bool ok() const { return problems.isEmpty(); }
};
TaxpayerCsv parseTaxpayerCsv(const QString &text);

} // namespace dsn::office
