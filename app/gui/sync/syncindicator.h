#pragma once

#include "sync/syncstore.h"

#include <QLabel>

#include <chrono>
#include <memory>
#include <optional>

namespace dsn {
class Database;
class SyncWorker;
} // namespace dsn

namespace dsn::gui {

// The status bar's sync state, and the background sync behind it: while a session runs and the
// store has sync settings, a SyncWorker syncs with the office every interval, and "Sync now"
// asks for a run at once. The label tells what waits to be sent and how the last sync went,
// read from the store until the worker reports. Short notices for the status bar come out
// through message().
class SyncIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit SyncIndicator(Database &database, QWidget *parent = nullptr);
    ~SyncIndicator() override;

    // How often the background sync runs on its own (default one minute); for the next start().
    void setInterval(std::chrono::milliseconds interval);
    // The session's background sync; null when stopped or sync is not configured.
    SyncWorker *worker() const { return m_worker.get(); }

    // A session began: the background sync starts when the store has its settings.
    void start();
    // The session ended: the run in progress is abandoned and retried next time.
    void stop();
    // Reads the store's sync state again (after an intake, after a sign-out) and shows it.
    void refresh();
    // "Sync now": a run at once, whatever the interval; without a worker, the settings are read
    // again and the sync starts when they were added during the session.
    void syncNow();

signals:
    // A message for the status bar, as the source text of this class's translation context
    // (SyncIndicator::tr() gives it in the interface's language), so that it can be shown
    // again when the language changes.
    void message(const QString &sourceText, int timeoutMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void showState();
    void onStatus(const dsn::SyncStatus &status);
    void onFailed(const QString &error);

    Database &m_database;
    std::unique_ptr<SyncWorker> m_worker;
    std::optional<SyncStatus> m_status; // empty until read
    bool m_configured = false;
    QString m_error; // the background sync itself failed (the store could not be opened)
    std::chrono::milliseconds m_interval { std::chrono::minutes(1) };
};

} // namespace dsn::gui
