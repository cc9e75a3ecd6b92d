#pragma once

#include "lifecycle/caselifecycle.h"
#include "rules/productname.h"
#include "rules/refusalcheck.h"
#include "rules/taxpayerregistration.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What the review desk works with at the office (officestore.h): the person at the desk, who has
// taken a case, the queue of a department's cases, the evidence of the refusal grounds, and a
// decision with its idempotency key, number and answer.
namespace dsn::office {

// A person at a workstation, as it names them: the reviewer at a review desk (with a take and a
// decision), or the clerk at a counter who took an application in (with its push).
struct Reviewer
{
    QString name;  // full name
    QString login; // the desk's user name
};

// Who has taken a case into review (empty workstation: nobody).
struct CaseHolder
{
    QString workstation;
    Reviewer reviewer;
    QDateTime since;
    bool isSet() const { return !workstation.isEmpty(); }
};

struct TakeResult
{
    CaseStatus status = CaseStatus::InReview;
    CaseHolder holder;        // after the take or release; for heldByOther, the one who has it
    bool heldByOther = false; // taken by another reviewer: nothing changed
};

// A reviewer's decision on one product line.
struct LineDecision
{
    int lineNo = 0; // from 1, in the order of the application's product table
    bool issued = false;
    std::optional<RefusalGround> refusalGround; // for a refusal
    QString refusalText;                        // the reviewer's reason: required for a refusal
};

struct DecisionRequest
{
    QString idempotencyKey; // a UUID, lower case: a retry under it gets the first answer
    Reviewer reviewer;
    QList<LineDecision> lines;
};

struct DecidedLine
{
    int lineNo = 0;
    QString decision;                           // "issued", "refused"
    QString dsnCode;                            // for an issued line
    std::optional<RefusalGround> refusalGround; // for a refused line
    QString refusalText;
    QString heldCode; // ground 2: the code the subject already holds for the product
};

struct DecisionResult
{
    QString caseUid;
    QString caseNumber;
    CaseStatus status = CaseStatus::Refused; // Issued, PartlyIssued or Refused
    QString decisionNumber;                  // "<department>-<YYYY>-<NNNNNN>"
    QDateTime decidedAt;
    Reviewer reviewer;
    QList<DecidedLine> lines;
};

// Why a decision was not taken although the case could be decided: nothing was changed.
enum class DecisionProblemKind {
    LinesMismatch,       // not every line of the case exactly once
    RefusalTextRequired, // a refused line without the reviewer's reason
    GroundDoesNotHold,   // a refused line names a ground that does not hold
    GroundHolds,         // an issued line although a ground holds: refuse it instead
};
// "lines_mismatch", "refusal_text_required", "ground_does_not_hold", "ground_holds": the API's
// error codes.
QString decisionProblemKey(DecisionProblemKind kind);

struct DecisionProblem
{
    DecisionProblemKind kind = DecisionProblemKind::LinesMismatch;
    int lineNo = 0; // 0 for LinesMismatch
    std::optional<RefusalGround> ground;
    QString heldCode; // GroundHolds on ground 2
    QString reason;   // translated
};

struct DecisionOutcome
{
    QList<DecisionProblem> problems;      // not empty: nothing changed
    bool keyReused = false;               // the key was given before with another request
    CaseHolder heldByOther;               // set: another reviewer has the case, nothing changed
    bool replayed = false;                // a retry: the answer is the one given the first time
    QByteArray answer;                    // the answer's JSON (when decided or replayed)
    std::optional<DecisionResult> result; // a fresh decision
    bool decided() const { return !answer.isEmpty(); }
};

// A case of a department's review queue as it is now, numbered by its last change.
struct QueueCase
{
    qint64 seq = 0;
    QString caseUid;
    QString caseNumber;
    QString department;
    QString workstation; // the counter workstation that pushed the case
    Reviewer receivedBy; // the counter clerk who took it in, when the counter said
    CaseStatus status = CaseStatus::Registered;
    QDateTime registeredAt;
    QDateTime dueAt;
    CaseHolder holder;
    QJsonObject application; // as the counter pushed it (cases/applicationjson.h)
    QJsonArray lines;        // line_no, product_type, name, spec and the decision of each line
    QString decisionNumber;
    QDateTime decidedAt;
    Reviewer decidedBy;
};

// The taxpayer registry as a whole: its size and the time of its last import.
struct RegistryInfo
{
    qint64 registrations = 0;
    qint64 taxpayers = 0;
    QDateTime importedAt; // invalid: never imported
};

// A code the subject holds for a line's product type, and how its name compares with the line's.
struct HeldCode
{
    QString dsnCode;
    QString name; // as the line it was issued for was named
    ProductNameMatch match = ProductNameMatch::Different;
};

struct LineEvidence
{
    int lineNo = 0;
    int productType = 0;
    QString name;
    QList<HeldCode> codes; // every code of the subject for the product type
    bool groundTwoHolds = false;
    std::optional<RefusalGround> groundThatHolds;
};

// What the reviewer's screen shows before the decision, on the office's day.
struct CaseEvidence
{
    QString caseUid;
    QString taxpayerId;
    QString subjectType;      // its key
    QString requiredActivity; // rules/taxpayerregistration.h
    QDate day;
    QList<TaxpayerRegistration> registrations; // every registration of the subject
    bool groundOneHolds = false;
    RegistryInfo registry;
    QList<LineEvidence> lines;
};

} // namespace dsn::office
