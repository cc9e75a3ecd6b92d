#pragma once

#include "sync/syncclient.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <memory>

// Sync in the background: a thread of its own with its own connection to the store (through
// the process's one Database of it, which must outlive the worker), a run at start and then
// every interval, and forceSync() for "sync now". Settings are read from the
// store before every run, so a change takes effect at the next one. After the office refused
// the token (401/403), runs wait for forceSync() instead of knocking again every interval.
namespace dsn {

class SyncRunner;

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Database *database = nullptr; // the store; the worker's thread uses a connection of its own
        int intervalMs = 60'000;
        SyncClient::Options client; // its settings are replaced by the store's before each run
    };

    explicit SyncWorker(Options options, QObject *parent = nullptr);
    ~SyncWorker() override; // stops the thread

    void start();
    void stop();
    bool isStarted() const { return m_thread.isRunning(); }

    // A run now (or right after the running one), whatever the interval, a person asking: it
    // pushes every item not yet acknowledged, backoff or not. Any thread.
    void forceSync();

signals:
    void finished(const dsn::SyncReport &report);
    void statusChanged(const dsn::SyncStatus &status);
    void failed(const QString &error); // the store could not be read

private:
    Options m_options;
    QThread m_thread;
    SyncRunner *m_runner = nullptr;
};

// Lives in the worker's thread; internal to SyncWorker.
class SyncRunner : public QObject
{
    Q_OBJECT
public:
    explicit SyncRunner(SyncWorker::Options options);
    ~SyncRunner() override;

public slots:
    void begin();
    void runScheduled();
    void runForced();

signals:
    void finished(const dsn::SyncReport &report);
    void statusChanged(const dsn::SyncStatus &status);
    void failed(const QString &error);

private:
    void run(SyncTrigger trigger);
    void onFinished(const dsn::SyncReport &report);

    SyncWorker::Options m_options;
    std::unique_ptr<SyncClient> m_client;
    QTimer *m_timer = nullptr;
    bool m_authPaused = false;
    bool m_again = false;
};

} // namespace dsn
