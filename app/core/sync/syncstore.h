#pragma once

#include "base/result.h"
#include "base/storetime.h"
#include "session/actor.h"
#include "sync/officeprotocol.h"
#include "sync/retrypolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// What sync keeps in the workstation's store: the office's address, the outbox items still to
// push and what became of them, the last update pulled from the office, the last success and
// error. The token is kept outside the store (SyncTokenFile). Each change runs in one write
// transaction, so a reply is recorded whole or not at all.
namespace dsn {

class Database;

// Who asked for a sync run. A person (dsnctl sync run, "Sync now") has every item not yet
// acknowledged pushed at once; the background worker's scheduled runs wait for each item's
// backoff after a failure.
enum class SyncTrigger { Schedule, Person };

struct SyncSettings
{
    QString officeUrl; // e.g. https://office.example.kz or http://127.0.0.1:8080
    QString token;
    bool isComplete() const { return !officeUrl.isEmpty() && !token.isEmpty(); }
};

// For the GUI and `dsnctl sync status`.
struct SyncStatus
{
    int pending = 0;         // applications not yet acknowledged by the office (failed ones excluded)
    QDateTime oldestPending; // when the oldest of them was taken in; invalid when none
    int conflicts = 0;       // the office holds another content under the same case
    int rejected = 0;        // the office refused the request for good
    QDateTime lastAttempt;
    QDateTime lastSuccess;
    QString lastError; // empty when the last run succeeded
    QDateTime lastErrorAt;
    qint64 lastSeq = 0; // the last update pulled
};

// An outbox item that will not be retried on its own.
struct FailedPush
{
    QString caseNumber;
    QString failure; // "conflict" or "rejected"
    QString reason;
    QDateTime at;
};

struct BatchRecord
{
    int acknowledged = 0;
    int conflicts = 0;
    int invalid = 0;    // the office found the application not valid: kept as rejected
    int unanswered = 0; // items the reply left out: retried later
};

class SyncStore
{
public:
    explicit SyncStore(Database &database, Clock clock = {});

    // The office's address from the store, the token from the store's token file.
    Result<SyncSettings> settings() const;
    // Saves both settings: the token in the store's token file (never in the store), then the
    // office's address in the store (audited as settings_changed, without the token).
    Result<void> saveSettings(const SyncSettings &settings, const Actor &actor);
    // The file that keeps this store's token (SyncTokenFile); empty for a store without a file.
    Result<QString> tokenFilePath() const;

    // Unacknowledged, not failed application items, oldest first, after the given outbox id:
    // for a scheduled run only those due now (next attempt reached), for a person all of them.
    Result<QList<PushItem>> dueItems(
        qint64 afterOutboxId, int limit, SyncTrigger trigger = SyncTrigger::Schedule) const;

    // A batch reply, in one transaction: stored and duplicate items are acknowledged and their
    // cases move from accepted to sent; conflicts and invalid applications are marked failed
    // (conflict, rejected) with the office's reason;
    // items the reply does not mention are retried later like a failed request.
    Result<BatchRecord> recordReply(const QList<PushItem> &batch, const QList<PushItemResult> &results,
        const RetryPolicy &policy, const RandomSource &random);
    // A batch that failed on the way (connection, timeout, 5xx): tried again after a backoff.
    Result<void> recordRetry(const QList<PushItem> &batch, const QString &error, const RetryPolicy &policy,
        const RandomSource &random);
    // A batch the office refused as a request (400, 413): marked failed, not retried.
    Result<void> recordRejected(const QList<PushItem> &batch, const QString &error);

    Result<qint64> lastSeq() const;
    // Applies a page of updates and stores its last sequence number in one transaction. Events
    // at or before the stored sequence number are skipped. Returns how many events changed a
    // case.
    Result<int> applyUpdates(const UpdatesPage &page);

    // The end of a run: its time, and either success or the error.
    Result<void> recordRunEnd(const QString &error);

    Result<SyncStatus> status() const;
    Result<QList<FailedPush>> failedPushes() const;
    // Case numbers of applications taken in more than `seconds` ago and not yet acknowledged by
    // the office (failed ones included), oldest first: the intake's warning.
    Result<QStringList> unsentOlderThan(qint64 seconds) const;

private:
    QDateTime now() const;
    Result<QString> storeFile() const;

    Database &m_db;
    Clock m_clock;
};

} // namespace dsn
