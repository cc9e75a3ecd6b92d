#pragma once

#include "base/result.h"
#include "base/storetime.h"
#include "calendar/workingcalendar.h"
#include "cases/application.h"
#include "lifecycle/caselifecycle.h"
#include "officecore/certificatetypes.h"
#include "officecore/officedatabase.h"
#include "officecore/reviewtypes.h"
#include "rules/refusalcheck.h"
#include "rules/taxpayerregistration.h"
#include "sync/auditanchor.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

// What the territorial revenue office keeps: registered workstations, the taxpayer registry,
// cases pushed by State Corporation counters, the review queue of each department, decisions with
// their numbers and DSN codes, and the stage events of every case. Every operation is one
// transaction (see OfficeDatabase::transaction).
//
// A review workstation is registered with a place, its State Revenue Department: it sees, takes
// and decides only the cases addressed to that department (PermissionDenied for any other; a
// review workstation without a place sees none).
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
    QString place; // a counter's State Corporation branch, a review desk's department code
};

// Why the place cannot be the workstation's (translated), or empty when it can: a review desk's
// place is the code of a current department of the reference data (dsnctl reference
// departments); a counter's is its State Corporation branch code (1 to 32 letters, digits, ".",
// "-" or "_"); an administrator may have none, or a code of either kind.
QString placeProblem(Role role, const QString &place);

// One outbox item of a counter workstation, already read and validated.
struct PushItem
{
    QString caseUid; // UUID text without braces, lower case
    QString caseNumber;
    QString contentHash;     // 64 lower-case hex digits, as the workstation computed it
    Application application; // normalized
    Reviewer receivedBy;     // the counter clerk who took it in, when the counter says (not hashed)
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

// One stage of a case (registered, in_review, issued, partly_issued, refused).
struct CaseEvent
{
    qint64 seq = 0;
    QString caseUid;
    QString caseNumber;
    QString workstation; // the counter workstation that pushed the case
    CaseStatus status = CaseStatus::Registered;
    QDateTime at;
    QJsonArray lines;       // decided lines for a decision, else empty
    QString actor;          // the workstation that caused the stage
    QString decisionNumber; // for a decision
    Reviewer reviewer;      // who took the case into review or decided it, when the desk said
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

class OfficeStore
{
public:
    explicit OfficeStore(OfficeDatabase &database, Clock clock = systemClock());

    OfficeDatabase &database() { return m_db; }

    // A new workstation with a fresh random token; returns the token (stored only as its SHA-256).
    // ErrorCode::Conflict when the name is taken, InvalidInput for an empty name, a role no
    // workstation has or a place it cannot have (placeProblem()).
    Result<QString> registerWorkstation(const QString &name, Role role, const QString &place);
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
    // Every stage of every case, optionally within [from, to] (Kazakhstan dates; invalid: open),
    // and only the cases addressed to the department when one is given.
    Result<QList<CaseEvent>> events(
        QDate from = {}, QDate to = {}, const std::optional<QString> &department = std::nullopt);

    // Every case operation of a review workstation below answers NotFound for an unknown case and
    // PermissionDenied for a case of another department (nothing changes).

    // registered -> in_review, by the lifecycle table (repeating it is harmless). Conflict when it
    // is decided, PermissionDenied for a role the table does not let start a review.
    Result<void> startReview(const Workstation &reviewer, const QString &caseUid);
    // The reviewer takes the case (reviewstore.cpp): it shows who has it, and a registered case
    // goes into review. Taking it again is harmless; a case another reviewer (another workstation
    // or login) has is not taken: heldByOther, with who has it. Conflict when it is decided.
    Result<TakeResult> take(const Workstation &reviewer, const QString &caseUid, const Reviewer &person);
    // Gives a taken case back (an administrator, or the review workstation that has it; another
    // one: PermissionDenied). Releasing a case nobody has is harmless. Conflict when decided.
    Result<TakeResult> release(const Workstation &workstation, const QString &caseUid);
    // Decides every line of a case in review (or registered: the review starts with the decision)
    // and allocates codes for issued lines, the decision's number and time, in one transaction
    // (decisionstore.cpp). Both refusal grounds are checked again on the office's evidence
    // (rules/refusalcheck.h): an issued line where a ground holds, a refused line whose ground
    // does not hold or without the reviewer's reason are problems, and nothing changes. A
    // request under a key already used answers the first answer (replayed), or keyReused when the
    // request differs. NotFound, Conflict (already decided), PermissionDenied (another department,
    // or a role the lifecycle table does not let decide).
    Result<DecisionOutcome> decide(
        const Workstation &reviewer, const QString &caseUid, const DecisionRequest &request);

    // The department's cases changed after `after` (reviewstore.cpp), each once as it is now,
    // in the order of their last change, at most `limit` (1-1000). Empty for a review workstation
    // without a place.
    Result<QList<QueueCase>> queue(const Workstation &reviewer, qint64 after, int limit);
    // The evidence of both refusal grounds for the case on the office's day (evidencestore.cpp).
    Result<CaseEvidence> evidence(const Workstation &reviewer, const QString &caseUid);

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

    // The taxpayer registry (registrystore.cpp). An import replaces the whole registry in one
    // transaction and records its time and source.
    Result<RegistryInfo> importTaxpayers(
        const QList<TaxpayerRegistration> &registrations, const QString &source = QString());
    Result<RegistryInfo> registryInfo();
    // The registrations of one taxpayer (12 digits), oldest first.
    Result<QList<TaxpayerRegistration>> registrations(const QString &taxpayerId);

    // DSN certificates (certificatestore.cpp). The certificate of a case, for one print by an
    // administrator, a review workstation of the case's department or the counter workstation
    // that pushed the case (PermissionDenied for any other workstation). NotFound for an unknown
    // case; Conflict with the detail "not_issued" when it is not decided or no line was issued.
    Result<Certificate> certificateToPrint(const Workstation &who, const QString &caseUid);
    // Records one print; printedAt from the store's clock when it is not given.
    Result<void> recordPrint(const CertificatePrint &print);
    // The certificate under its number (a decision with an issued line); nullopt when none.
    Result<std::optional<Certificate>> certificate(const QString &number);
    // Whether the office recorded this print of the certificate.
    Result<bool> printRecorded(const QString &number, const QString &printId);
    // The prints of a certificate, oldest first.
    Result<QList<CertificatePrint>> prints(const QString &number);
    // Appends one public check, numbered by the counter row "verify_seq".
    Result<void> recordVerify(const VerifyRecord &record);

    // Rows in a table of the office schema (tests and checks).
    Result<qint64> rowCount(const QString &table);

    static QString tokenHash(const QString &token);

private:
    OfficeDatabase &m_db;
    Clock m_clock;
    WorkingCalendar m_calendar;
};

} // namespace dsn::office
