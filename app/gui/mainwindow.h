#pragma once

#include "base/language.h"
#include "calendar/workingcalendar.h"
#include "cases/application.h"
#include "session/sessionclock.h"
#include "users/userstore.h"

#include <QDeadlineTimer>
#include <QMainWindow>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

class QLabel;

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
class CounterDesk;
class LockScreen;
class ReceiptJob;
class SessionController;
class SyncIndicator;

// What the workstation works with while it runs.
struct WorkstationServices
{
    Database *database = nullptr;
    UserStore *users = nullptr;
    CaseStore *cases = nullptr;
    const ReferenceData *reference = nullptr;
    WorkingCalendar calendar;
};

// The workstation's main window: it hosts the work of the signed-in user as pages ("desks"),
// the counter desk for the State Corporation's counter, beside the welcome page and the lock
// screen, and the menus that lead to it. Its actions are enabled from the permissions table
// (updateActionStates()), and every guarded slot asks the table again. The session (sign in,
// idle lock, sign out) is the SessionController's, the status bar's sync state and the
// background sync the SyncIndicator's.
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
    // intake (default kDefaultUnsentWarningLimit, 24 hours).
    void setUnsentWarningLimit(std::chrono::seconds limit);
    // How often the background sync runs on its own (default one minute).
    void setSyncInterval(std::chrono::milliseconds interval);

    // Starts the session of a user who signed in.
    void startSession(const User &user);

    SessionController *session() const { return m_session; }
    SyncIndicator *syncIndicator() const { return m_sync; }
    CounterDesk *counterDesk() const { return m_counterDesk; }
    ApplicationForm *applicationForm() const;
    LockScreen *lockScreen() const { return m_lockScreen; }
    // The status bar texts: who, which office, the sync state.
    QString userText() const;
    QString officeText() const;
    QString syncText() const;

public slots:
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

private:
    void onSessionStarted();
    void onSessionLocked();
    void onSessionUnlocked();
    void onSessionEnded();
    void updateActionStates();
    void retranslate();
    void chooseLanguage(Language language);
    void showWork();
    void showNewApplication();
    void showCases();
    void askReceipt();
    void showUsers();
    void checkAudit();
    void showAbout();
    // A message box whose title and text are made again in each language the interface takes.
    void showMessage(std::function<QString()> title, std::function<QString()> text);
    // A status bar message that follows a language switch while it shows.
    void showStatus(std::function<QString()> text, int timeoutMs);
    // Runs `proceed` at once when the form holds nothing typed, otherwise after the operator
    // agrees to throw the typed application away.
    void confirmDiscard(std::function<void()> proceed);
    void closeSessionWindows();

    std::unique_ptr<Ui::MainWindow> m_ui;
    WorkstationServices m_services;
    ReceiptOpener m_receiptOpener;
    bool m_quitConfirmed = false;          // the operator agreed to quit with an application typed
    std::function<QString()> m_statusText; // the status message shown by showStatus
    QDeadlineTimer m_statusUntil;          // until when it is shown
    CounterDesk *m_counterDesk = nullptr;
    LockScreen *m_lockScreen = nullptr;
    SessionController *m_session = nullptr;
    SyncIndicator *m_sync = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_officeLabel = nullptr;
    QList<QPointer<QWidget>> m_hiddenWhileLocked;
};

} // namespace dsn::gui
