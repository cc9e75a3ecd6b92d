#pragma once

#include "base/storetime.h"
#include "sync/auditanchor.h"
#include "sync/officeprotocol.h"
#include "sync/retrypolicy.h"
#include "sync/syncstore.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkReply;

// One sync of the workstation with the office (API v1): first the outbox, in batches, to
// POST /api/v1/applications, then the office's decisions and status changes from
// GET /api/v1/updates after the last one pulled. Nothing is marked sent before the office has
// answered for it; failures on the way are retried later with backoff, refusals are kept and
// shown. Runs on the thread's event loop (no waiting, no sleeping); SyncWorker runs it in the
// background.
namespace dsn {

class Database;

// What one run did.
struct SyncReport
{
    int pushed = 0;            // items sent to the office in this run
    int acknowledged = 0;      // of them, stored or already held by the office
    int conflicts = 0;         // the office holds another content for the case: not retried
    int rejected = 0;          // refused as a bad request (400, 413, 422) or found invalid: not retried
    int retryLater = 0;        // no answer (connection, timeout, 5xx): tried again after a backoff
    int pulled = 0;            // updates that changed a local case
    bool authRejected = false; // 401 or 403: the token is wrong or lacks the right
    bool auditRefused = false; // the office found the audit trail rewritten: refused until reviewed
    QString error;             // translated; empty when the run went through

    int failed() const { return conflicts + rejected + retryLater; }
    bool ok() const { return failed() == 0 && error.isEmpty(); }
};

class SyncClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        SyncSettings settings; // the office and the token
        int batchSize = 50;
        int pullLimit = 200;
        int timeoutMs = 30'000; // per request, no data moving
        RetryPolicy retry;
        Clock clock;         // empty: the database's clock
        RandomSource random; // empty: systemRandom()
    };

    SyncClient(Database &database, Options options, QObject *parent = nullptr);
    ~SyncClient() override;

    void setSettings(const SyncSettings &settings);
    bool isRunning() const { return m_running; }
    const SyncReport &lastReport() const { return m_report; }

    // The store's sync status (pending count, oldest pending, last success, last error).
    Result<SyncStatus> status() const;
    // Starts one run unless one is running; finished() tells the outcome. A scheduled run pushes
    // only items whose backoff has passed; a run a person asked for pushes every item not yet
    // acknowledged.
    void syncOnce(SyncTrigger trigger = SyncTrigger::Schedule);
    // Runs syncOnce() in a local event loop until it ends (command-line use: a person asked).
    SyncReport syncAndWait(SyncTrigger trigger = SyncTrigger::Person);
    // Reads the office's anchors of this workstation's audit trail (GET /api/v1/audit/anchors)
    // in a local event loop (command-line use).
    Result<OfficeAnchors> officeAnchorsAndWait();

signals:
    void finished(const dsn::SyncReport &report);
    void statusChanged(const dsn::SyncStatus &status);

private:
    // Checks the office's address and sets the proxy; the problem (translated) when it cannot be used.
    QString prepareNetwork();
    QNetworkRequest request(const QString &path) const;
    void pushNext();
    void onPushReply();
    void pullNext();
    void onPullReply();
    void finish(const QString &error);
    // Returns true when the reply ended the run (authentication refused).
    bool handleAuth(int httpStatus, const QByteArray &body);
    // The same for the office's refusals about the audit trail (409): a broken chain ends the
    // run; a request for the hash at another anchor runs `again` (the same request with it), a
    // bounded number of times.
    bool handleAudit(int httpStatus, const QByteArray &body, const std::function<void()> &again);
    // The office's last anchor from a successful answer.
    void noteAnchored(const QByteArray &body);
    // Computes the run's audit head unless known; false after finishing the run on a failure.
    bool ensureAudit();
    void postBatch();
    QString describeFailure(QNetworkReply *reply, int httpStatus, const QByteArray &body) const;

    Options m_options;
    SyncStore m_store;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QList<PushItem> m_batch;
    // Items of a batch the office refused as a request, sent again one by one so that only the
    // item at fault is kept as rejected.
    QList<PushItem> m_isolate;
    qint64 m_cursor = 0;
    SyncTrigger m_trigger = SyncTrigger::Schedule;
    bool m_running = false;
    Database &m_database;
    // The office's last anchor as it last said, and the audit head of this run (computed once,
    // again after the office asked for another anchor).
    std::optional<qint64> m_anchorSeq;
    std::optional<AuditReport> m_audit;
    int m_anchorRequests = 0;
    bool m_pullAnchored = false; // the run's first pull, carrying the head, was answered
    SyncReport m_report;
};

} // namespace dsn

Q_DECLARE_METATYPE(dsn::SyncReport)
Q_DECLARE_METATYPE(dsn::SyncStatus)
