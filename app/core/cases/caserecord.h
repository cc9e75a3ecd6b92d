#pragma once

#include "cases/application.h"
#include "lifecycle/caselifecycle.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// A case as the store keeps it: the application, its lines with their decisions, its status
// history and every document printed for it.
namespace dsn {

struct StatusEvent
{
    std::optional<CaseStatus> from; // nullopt: the intake
    CaseStatus to = CaseStatus::Accepted;
    std::optional<qint64> actorUserId;
    QString actorName;     // the user name (or "system") as the event recorded it, for the audit
    QString actorFullName; // the user's full name; empty for the system or an unknown user
    QString actorRole;     // roleKey()
    QDateTime at;
    QString comment;

    // Who changed the status, for a person: the full name, else the recorded name.
    QString actorDisplayName() const { return actorFullName.isEmpty() ? actorName : actorFullName; }
};

struct PrintedDocument
{
    QString kind;     // "receipt", "certificate", "refusal", ...
    QString language; // "kk", "ru", "en"
    QString contentHash;
    std::optional<qint64> printedBy;
    QString printedByName;     // the user name (or "system") recorded with the print
    QString printedByFullName; // the user's full name; empty for the system or an unknown user
    QDateTime printedAt;
    int reprintNo = 0; // 0 for the first print of this kind in this language, then 1, 2, ...

    // Who printed, for a person: the full name, else the recorded name.
    QString printedByDisplayName() const
    {
        return printedByFullName.isEmpty() ? printedByName : printedByFullName;
    }
};

struct CaseLine
{
    int lineNo = 0; // 1, 2, ... in form order
    ProductLine product;
    QString decision;                 // "", "issued", "refused"
    QString dsnCode;                  // when issued
    std::optional<int> refusalGround; // Rules §7: 1 or 2
    QString refusalText;
    QString heldCode; // ground 2: the DSN code the subject already holds for this product
};

struct CaseRecord
{
    qint64 id = 0;
    QString caseNumber;
    QString uid;
    Application application; // as stored (normalized); products as in lines
    QString idKind;          // "iin" or "bin"
    CaseStatus status = CaseStatus::Accepted;
    std::optional<qint64> receivedBy;
    QString receivedByName;     // the user name of the operator who received it, for the audit
    QString receivedByFullName; // that user's full name; empty for the system or an unknown user
    QString officeCode;
    QDateTime registeredAt; // invalid until registered
    QDateTime dueAt;        // end of the term of service; invalid when unknown
    QString decisionNumber; // the office's number of the decision; empty until decided
    QDateTime decidedAt;    // invalid until decided
    QString decidedByName;  // the reviewer's full name, as the office sent it
    QString contentHash;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<CaseLine> lines;
    QList<StatusEvent> history;       // oldest first
    QList<PrintedDocument> documents; // oldest first

    // Who received the application, for a person: the full name, else the recorded name.
    QString receivedByDisplayName() const
    {
        return receivedByFullName.isEmpty() ? receivedByName : receivedByFullName;
    }
};

// One row of a case list.
struct CaseSummary
{
    qint64 id = 0;
    QString caseNumber;
    QDateTime receivedAt;
    CaseStatus status = CaseStatus::Accepted;
    QString taxpayerId;
    QString taxpayerName;
    QDateTime dueAt;
    bool overdue = false; // the term has ended and no decision was made
};

} // namespace dsn
