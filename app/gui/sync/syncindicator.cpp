#include "sync/syncindicator.h"

#include "sync/syncstatustext.h"
#include "sync/syncworker.h"

#include <QEvent>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

SyncIndicator::SyncIndicator(Database &database, QWidget *parent)
    : QLabel(parent)
    , m_database(database)
{
    setObjectName(u"syncLabel"_s);
    setContentsMargins(8, 0, 8, 0);
    refresh();
}

SyncIndicator::~SyncIndicator()
{
    stop();
}

void SyncIndicator::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
}

void SyncIndicator::load()
{
    SyncStore store(m_database);
    const Result<SyncSettings> settings = store.settings();
    m_configured = settings && settings->isComplete();
    if (Result<SyncStatus> status = store.status())
        m_status = *status;
    else
        m_status.reset();
}

void SyncIndicator::refresh()
{
    load();
    showState();
}

void SyncIndicator::start()
{
    stop();
    m_error.clear();
    load();
    if (m_configured) {
        SyncWorker::Options options;
        options.database = &m_database;
        options.intervalMs = int(m_interval.count());
        m_worker = std::make_unique<SyncWorker>(std::move(options));
        connect(m_worker.get(), &SyncWorker::statusChanged, this, &SyncIndicator::onStatus);
        connect(m_worker.get(), &SyncWorker::failed, this, &SyncIndicator::onFailed);
        m_worker->start();
    }
    showState();
}

void SyncIndicator::stop()
{
    // Stopping waits for the thread.
    m_worker.reset();
}

void SyncIndicator::syncNow()
{
    if (!m_worker) {
        load();
        if (m_configured)
            start(); // settings were added during the session: the first run starts now
        else
            emit message(QString::fromUtf8(QT_TR_NOOP("Sync is not configured on this workstation.")), 10000);
        showState();
        return;
    }
    m_error.clear();
    m_worker->forceSync();
    emit message(QString::fromUtf8(QT_TR_NOOP("Syncing with the office…")), 5000);
}

void SyncIndicator::onStatus(const SyncStatus &status)
{
    m_configured = true;
    m_status = status;
    m_error.clear();
    showState();
}

void SyncIndicator::onFailed(const QString &error)
{
    m_error = error;
    showState();
}

void SyncIndicator::showState()
{
    setText(syncStatusText(m_configured, m_status, m_error));
}

void SyncIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showState();
    QLabel::changeEvent(event);
}

} // namespace dsn::gui
