#pragma once

#include "calendar/workingcalendar.h"
#include "cases/application.h"
#include "session/sessionclock.h"
#include "users/userstore.h"
#include "sync/syncstore.h"
#include "base/language.h"

#include <QMainWindow>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace dsn {
class CaseStore;
class Database;
class ReferenceData;
class SyncWorker;
} // namespace dsn

namespace dsn::gui {

class ApplicationForm;
class LockScreen;
class ReceiptJob;

// What the workstation works with while it runs.
struct WorkstationServices
{
    Database *database = nullptr;
    UserStore *users = nullptr;
    CaseStore *cases = nullptr;
    const ReferenceData *reference = nullptr;
    WorkingCalendar calendar;
};

// The workstation's main window for one signed-in user at a time: who is signed in and the
// office in the status bar, the actions the user's role allows, the counter form for operators,
// the idle lock, and sign-out that leaves nothing of the user's work behind. When the store has
// sync settings, a signed-in session syncs with the office in the background (SyncWorker) and
// the status bar tells what waits to be sent and how the last sync went.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Shows a stored case's acceptance receipt (by default in a print preview dialog).
    using ReceiptOpener = std::function<void(std::shared_ptr<ReceiptJob> job, Language language)>;

    explicit MainWindow(WorkstationServices services, SessionClock::MonotonicClock monotonicClock = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    void setIdleLimit(std::chrono::milliseconds limit);
    void setReceiptOpener(ReceiptOpener opener);
    // Applications taken in longer ago than this and not yet delivered are warned about at
    // intake (default 24 hours).
    void setUnsentWarningLimit(std::chrono::seconds limit);
    // How often the background sync runs on its own (default one minute).
    void setSyncInterval(std::chrono::milliseconds interval);

    // Starts the session of a user who signed in.
    void startSession(const User &user);
    const std::optional<User> &user() const { return m_user; }
    bool isLocked() const;

    ApplicationForm *applicationForm() const { return m_form; }
    LockScreen *lockScreen() const { return m_lockScreen; }
    // The status bar texts: who, which office, the sync state.
    QString userText() const;
    QString officeText() const;
    QString syncText() const;
    // The session's background sync; null when signed out or sync is not configured.
    SyncWorker *syncWorker() const { return m_syncWorker.get(); }

public slots:
    // Locks when the session has been idle past the limit; true when it locked now.
    bool checkIdle();
    void lockSession();
    void unlock(const QString &password);
    void signOut();
    void saveApplication(const dsn::Application &application);
    void showReceipt(const QString &caseNumber);
    // "Sync now": a run at once, whatever the interval.
    void syncNow();

signals:
    void signedOut();
    // The window was closed (Quit): the program ends.
    void closed();
    void caseSaved(const QString &caseNumber);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void applyRole();
    void showLocked();
    void showNewApplication();
    void showCases();
    void showWork();
    void askReceipt();
    void showUsers();
    void checkAudit();
    void showAbout();
    void showMessage(const QString &title, const QString &text);
    void closeSessionWindows();
    void endSession(bool recordLogout);
    void loadSyncState();
    void startSync();
    void stopSync();
    void onSyncStatus(const dsn::SyncStatus &status);
    void onSyncFailed(const QString &error);
    void showSyncState();
    QStringList intakeWarnings(const Application &application) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    WorkstationServices m_services;
    SessionClock m_clock;
    std::optional<User> m_user;
    ReceiptOpener m_receiptOpener;
    ApplicationForm *m_form = nullptr;
    QWidget *m_formPage = nullptr;
    QLabel *m_savedLabel = nullptr;
    QWidget *m_casesPage = nullptr;
    QString m_lastCase; // the case last opened in the list, offered for a receipt reprint
    LockScreen *m_lockScreen = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_officeLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QTimer *m_idleTimer = nullptr;
    QList<QPointer<QWidget>> m_hiddenWhileLocked;
    std::unique_ptr<SyncWorker> m_syncWorker;
    std::optional<SyncStatus> m_syncStatus; // empty until read
    bool m_syncConfigured = false;
    QString m_syncError; // the background sync itself failed (the store could not be opened)
    std::chrono::seconds m_unsentWarningLimit {std::chrono::hours(24)};
    std::chrono::milliseconds m_syncInterval {std::chrono::minutes(1)};
};

} // namespace dsn::gui
