#pragma once

#include "base/result.h"
#include "base/storetime.h"
#include "cases/mirroredcase.h"
#include "rules/refusalcheck.h"
#include "session/actor.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// A reviewer's decision on a case of the department's queue, from the moment it is confirmed at
// the review desk until the office has answered it. Codes exist only once the office allocated
// them (Rules §6: the provider assigns them; the office is the one place that does): the desk
// keeps the confirmed decision with the idempotency key it is sent under, sends it again with the
// same key until an answer comes, and shows it as waiting meanwhile, never with a code.
namespace dsn {

class Database;

// One product line's outcome as the reviewer chose it.
struct LineChoice
{
    int lineNo = 0;
    bool issue = false;
    std::optional<RefusalGround> ground; // for a refusal: the ground of the Rules (§7)
    QString reason;                      // for a refusal: the reviewer's written reason (mandatory)
};

struct PendingDecision
{
    QString caseNumber;
    QString caseUid;
    QString idempotencyKey;
    QByteArray body; // the request body of POST cases/{uid}/decision
    QString reviewerName;
    QDateTime confirmedAt;
    int attempts = 0;
    QString lastError;
    QString failure; // set when the office refused it for good; empty while it waits
};

// The longest reason the office keeps.
inline constexpr int kMaxRefusalReasonLength = 4000;

// Why the choices cannot be confirmed for a case with these line numbers (empty when they can):
// every line exactly once, each refusal with a ground and a reason of its own.
QString decisionChoiceProblem(const QList<int> &lineNumbers, const QList<LineChoice> &choices);

class ReviewDecisions
{
public:
    explicit ReviewDecisions(Database &database, Clock clock = {});

    // Confirms the reviewer's decision on a mirrored case the reviewer has taken and that is in
    // review, with no decision waiting: stores the request with a fresh idempotency key, audited
    // (decision_confirmed). The reviewer's full name goes with it. Returns the key.
    Result<QString> confirm(const QString &caseNumber, const QList<LineChoice> &choices,
        const Actor &reviewer, const QString &reviewerFullName);

    // Decisions not yet answered and not refused, oldest first: what sync sends.
    Result<QList<PendingDecision>> waiting() const;
    // The case's latest decision that is waiting or was refused; nullopt when there is none.
    Result<std::optional<PendingDecision>> forCase(const QString &caseNumber) const;

    // The office's answer, in one transaction: the case takes the decided state (codes,
    // decision number) and the decision is answered.
    Result<void> recordAnswer(const QString &idempotencyKey, const MirroredCase &decided);
    // A try that got no answer (no connection, a timeout, 5xx): sent again later with the key.
    Result<void> recordAttempt(const QString &idempotencyKey, const QString &error);
    // The office refused the decision for good (a ground it found, another reviewer holding the
    // case): kept with the reason for the reviewer, never sent again; the case can be decided anew.
    Result<void> recordRefusal(const QString &idempotencyKey, const QString &reason);

private:
    Database &m_db;
    Clock m_clock;
};

} // namespace dsn
