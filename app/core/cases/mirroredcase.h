#pragma once

#include "base/result.h"
#include "base/storetime.h"
#include "cases/application.h"
#include "cases/caserecord.h"
#include "lifecycle/caselifecycle.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// A case the office holds, copied into a review workstation's store: the revenue department's
// queue is mirrored so that its lists, search and case view are instant and readable offline.
// The office is the one authority over a mirrored case; the store keeps the office's latest
// state of it (status, who has taken it, the decision) and never sends it back as its own.
namespace dsn {

struct MirroredCase
{
    QString uid;
    QString caseNumber;
    QString workstation;    // the counter that took it in (the office's workstation name)
    QString receivedByName; // the counter clerk, as the counter recorded them
    QString contentHash;    // the counter's content hash of the application
    Application application;
    CaseStatus status = CaseStatus::Registered;
    QDateTime registeredAt;
    QDateTime dueAt;
    // The reviewer who has taken the case; empty when nobody has.
    QString takenByName;
    QString takenByLogin;
    QDateTime takenAt;
    // The decision, once taken: its number, time, reviewer and each line's outcome (lineNo,
    // decision, dsnCode, refusalGround, refusalText, heldCode; the product comes from the
    // application).
    QString decisionNumber;
    QDateTime decidedAt;
    QString decidedByName;
    QList<CaseLine> lines;
};

enum class MirrorOutcome {
    Added,     // the case is new in this store
    Updated,   // the store's copy changed
    Unchanged, // the store's copy already said the same
};

// Writes the office's state of one case inside the caller's write transaction: a new case with
// its subject, application, product lines and first status event; a known one follows the
// office's status (along the lifecycle table where a path exists), holder and decision. Audited
// (case_mirrored, case_status). A case number or uid this store took in itself is a Conflict:
// a workstation is either a counter or a review desk, and its own cases are never overwritten.
// The application is checked for structure (the office checked it in full when it was pushed).
Result<MirrorOutcome> writeMirroredCase(QSqlDatabase &db, const MirroredCase &mirrored, const Clock &clock);

} // namespace dsn
