#include "sync/syncworker.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

SyncWorker::SyncWorker(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<dsn::SyncReport>();
    qRegisterMetaType<dsn::SyncStatus>();
    m_thread.setObjectName(u"sync"_s);
}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    if (m_thread.isRunning())
        return;
    m_runner = new SyncRunner(m_options);
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_runner, &SyncRunner::begin);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &SyncRunner::finished, this, &SyncWorker::finished);
    connect(m_runner, &SyncRunner::statusChanged, this, &SyncWorker::statusChanged);
    connect(m_runner, &SyncRunner::failed, this, &SyncWorker::failed);
    m_thread.start();
}

void SyncWorker::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_runner = nullptr; // deleted in its thread when the thread finished
}

void SyncWorker::forceSync()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &SyncRunner::runForced, Qt::QueuedConnection);
}

SyncRunner::SyncRunner(SyncWorker::Options options)
    : m_options(std::move(options))
{
}

SyncRunner::~SyncRunner()
{
    // Deleted in the worker's thread when it ends: the client goes first, then the thread's
    // connection.
    m_client.reset();
    if (m_options.database)
        m_options.database->releaseThreadConnection();
}

void SyncRunner::begin()
{
    if (!m_options.database) {
        emit failed(QString());
        return;
    }
    // Opens this thread's connection now, so that a store that cannot be read says so at once.
    if (!m_options.database->connection().isOpen()) {
        emit failed(QCoreApplication::translate("dsn::Store", "The store file cannot be opened."));
        return;
    }
    m_client = std::make_unique<SyncClient>(*m_options.database, m_options.client);
    connect(m_client.get(), &SyncClient::finished, this, &SyncRunner::onFinished);
    connect(m_client.get(), &SyncClient::statusChanged, this, &SyncRunner::statusChanged);
    m_timer = new QTimer(this);
    m_timer->setInterval(std::max(1000, m_options.intervalMs));
    connect(m_timer, &QTimer::timeout, this, &SyncRunner::runScheduled);
    m_timer->start();
    runScheduled();
}

void SyncRunner::runScheduled()
{
    if (!m_client || m_authPaused)
        return;
    run(SyncTrigger::Schedule);
}

void SyncRunner::runForced()
{
    if (!m_client)
        return;
    m_authPaused = false;
    if (m_client->isRunning()) {
        m_again = true;
        return;
    }
    run(SyncTrigger::Person);
}

void SyncRunner::run(SyncTrigger trigger)
{
    if (m_client->isRunning())
        return;
    Result<SyncSettings> settings = SyncStore(*m_options.database).settings();
    if (!settings) {
        emit failed(settings.error().message);
        return;
    }
    m_client->setSettings(*settings);
    m_client->syncOnce(trigger);
}

void SyncRunner::onFinished(const SyncReport &report)
{
    m_authPaused = report.authRejected;
    emit finished(report);
    if (std::exchange(m_again, false))
        QMetaObject::invokeMethod(this, &SyncRunner::runForced, Qt::QueuedConnection);
}

} // namespace dsn
