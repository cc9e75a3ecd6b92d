#include "mainwindow.h"

#include "admin/usersdialog.h"
#include "cases/caselistwidget.h"
#include "cases/casestore.h"
#include "common/uilanguage.h"
#include "intake/applicationform.h"
#include "intake/opencasewarning.h"
#include "receipts/receiptjob.h"
#include "receipts/receiptpreviewdialog.h"
#include "reference/referencedata.h"
#include "session/logindialog.h"
#include "session/lockscreen.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "sync/syncstatustext.h"
#include "sync/syncworker.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDialog>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

MainWindow::MainWindow(WorkstationServices services, SessionClock::MonotonicClock monotonicClock, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(std::move(services))
    , m_clock(std::chrono::minutes(10), std::move(monotonicClock))
{
    m_ui->setupUi(this);

    m_formPage = new QWidget(this);
    auto *formLayout = new QVBoxLayout(m_formPage);
    m_savedLabel = new QLabel(m_formPage);
    m_savedLabel->setObjectName(u"savedLabel"_s);
    m_savedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form = new ApplicationForm(*m_services.reference, m_formPage);
    formLayout->addWidget(m_savedLabel);
    formLayout->addWidget(m_form, 1);
    m_formPage->hide();
    m_form->setWarningProvider([this](const Application &a) { return intakeWarnings(a); });
    connect(m_form, &ApplicationForm::submitRequested, this, &MainWindow::saveApplication);

    m_lockScreen = new LockScreen(this);
    m_ui->pages->addWidget(m_lockScreen);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOut);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_officeLabel = new QLabel(this);
    m_officeLabel->setObjectName(u"officeLabel"_s);
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(u"syncLabel"_s);
    for (QLabel *label : {m_userLabel, m_officeLabel, m_syncLabel})
        label->setContentsMargins(8, 0, 8, 0);
    m_ui->statusBar->addPermanentWidget(m_userLabel);
    m_ui->statusBar->addPermanentWidget(m_officeLabel);
    m_ui->statusBar->addPermanentWidget(m_syncLabel);

    connect(m_ui->newApplicationAction, &QAction::triggered, this, &MainWindow::showNewApplication);
    connect(m_ui->casesAction, &QAction::triggered, this, &MainWindow::showCases);
    connect(m_ui->receiptAction, &QAction::triggered, this, &MainWindow::askReceipt);
    connect(m_ui->usersAction, &QAction::triggered, this, &MainWindow::showUsers);
    connect(m_ui->auditCheckAction, &QAction::triggered, this, &MainWindow::checkAudit);
    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lockSession);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->syncNowAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_ui->syncNowAction, &QAction::triggered, this, &MainWindow::syncNow);

    m_receiptOpener = [this](std::shared_ptr<ReceiptJob> job, Language language) {
        auto *dialog = new ReceiptPreviewDialog(std::move(job), language, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };

    m_idleTimer = new QTimer(this);
    m_idleTimer->setInterval(std::chrono::seconds(5));
    connect(m_idleTimer, &QTimer::timeout, this, &MainWindow::checkIdle);
    qApp->installEventFilter(this);

    m_ui->pages->setCurrentWidget(m_ui->signedOutPage);
    loadSyncState();
    applyRole();
    retranslate();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    stopSync();
}

void MainWindow::setUnsentWarningLimit(std::chrono::seconds limit)
{
    m_unsentWarningLimit = limit;
}

void MainWindow::setSyncInterval(std::chrono::milliseconds interval)
{
    m_syncInterval = interval;
}

void MainWindow::setIdleLimit(std::chrono::milliseconds limit)
{
    m_clock.setIdleLimit(limit);
}

void MainWindow::setReceiptOpener(ReceiptOpener opener)
{
    m_receiptOpener = std::move(opener);
}

bool MainWindow::isLocked() const
{
    return m_user && m_clock.isLocked();
}

QString MainWindow::userText() const
{
    return m_userLabel->text();
}

QString MainWindow::officeText() const
{
    return m_officeLabel->text();
}

QString MainWindow::syncText() const
{
    return m_syncLabel->text();
}

void MainWindow::startSession(const User &user)
{
    m_user = user;
    m_clock.start();
    m_idleTimer->start();
    m_lockScreen->reset();
    m_lockScreen->setUser(user.fullName);
    m_form->clear();
    m_savedLabel->clear();
    startSync();
    applyRole();
    retranslate();
    if (user.role == Role::Operator)
        showNewApplication();
    else if (user.role == Role::Reviewer)
        showCases();
    showWork();
}

void MainWindow::showWork()
{
    // An administrator's work is in dialogs: the window says where to find it.
    m_ui->pages->setCurrentWidget(m_ui->workTabs->count() > 0 ? m_ui->workPage : m_ui->signedOutPage);
}

void MainWindow::applyRole()
{
    const std::optional<Role> role = m_user ? std::optional(m_user->role) : std::nullopt;
    const bool open = role && !m_clock.isLocked();
    m_ui->newApplicationAction->setEnabled(open && role == Role::Operator);
    m_ui->casesAction->setEnabled(open && (role == Role::Operator || role == Role::Reviewer));
    m_ui->receiptAction->setEnabled(open && role == Role::Operator);
    m_ui->usersAction->setEnabled(open && role == Role::Administrator);
    m_ui->auditCheckAction->setEnabled(open && role == Role::Administrator);
    m_ui->lockAction->setEnabled(open);
    m_ui->syncNowAction->setEnabled(open && (role == Role::Operator || role == Role::Administrator));
    m_ui->signOutAction->setEnabled(role.has_value());
    m_ui->casesMenu->menuAction()->setVisible(role == Role::Operator || role == Role::Reviewer);
    m_ui->adminMenu->menuAction()->setVisible(role == Role::Administrator);
}

bool MainWindow::checkIdle()
{
    if (!m_user || !m_clock.checkIdle())
        return false;
    (void)m_services.users->recordLogout(m_user->actor(), true);
    showLocked();
    return true;
}

void MainWindow::lockSession()
{
    if (!m_user || m_clock.isLocked())
        return;
    m_clock.lock();
    (void)m_services.users->recordLogout(m_user->actor(), true);
    showLocked();
}

void MainWindow::showLocked()
{
    // Dialogs of the session (a receipt preview, the users) hide with the rest of the work.
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible()) {
            m_hiddenWhileLocked.append(dialog);
            dialog->hide();
        }
    }
    m_lockScreen->reset();
    m_ui->pages->setCurrentWidget(m_lockScreen);
    m_lockScreen->passwordEdit()->setFocus();
    applyRole();
}

void MainWindow::unlock(const QString &password)
{
    if (!m_user || !m_clock.isLocked())
        return;
    Result<User> user = m_services.users->authenticate(m_user->username, password);
    if (!user) {
        std::optional<QDateTime> lockedUntil;
        if (user.error().code == ErrorCode::AccountLocked) {
            Result<std::optional<User>> found = m_services.users->findUser(m_user->username);
            if (found && *found)
                lockedUntil = (*found)->lockedUntil;
        }
        m_lockScreen->setMessage(loginFailureMessage(user.error(), lockedUntil));
        return;
    }
    m_user = *user;
    m_clock.start();
    m_lockScreen->reset();
    showWork();
    for (const QPointer<QWidget> &widget : std::as_const(m_hiddenWhileLocked)) {
        if (widget)
            widget->show();
    }
    m_hiddenWhileLocked.clear();
    applyRole();
}

void MainWindow::signOut()
{
    if (m_user)
        endSession(true);
}

void MainWindow::endSession(bool recordLogout)
{
    if (recordLogout && m_user)
        (void)m_services.users->recordLogout(m_user->actor(), false);
    closeSessionWindows();
    stopSync();
    m_clock.end();
    m_idleTimer->stop();
    m_user.reset();
    m_form->clear();
    m_savedLabel->clear();
    statusBar()->clearMessage();
    m_lockScreen->reset();
    m_lockScreen->setUser({});
    m_ui->pages->setCurrentWidget(m_ui->signedOutPage);
    loadSyncState();
    applyRole();
    retranslate();
    emit signedOut();
}

void MainWindow::closeSessionWindows()
{
    m_hiddenWhileLocked.clear();
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        dialog->close();
        dialog->deleteLater();
    }
    // Tabs hold the user's work; the form stays (empty), the rest goes.
    while (m_ui->workTabs->count() > 0) {
        QWidget *page = m_ui->workTabs->widget(0);
        m_ui->workTabs->removeTab(0);
        if (page != m_formPage)
            page->deleteLater();
    }
    m_formPage->hide();
    m_formPage->setParent(this);
    m_formPage->hide();
    m_casesPage = nullptr;
    m_lastCase.clear();
}

void MainWindow::showNewApplication()
{
    if (!m_user || m_user->role != Role::Operator || m_clock.isLocked())
        return;
    if (m_ui->workTabs->indexOf(m_formPage) < 0)
        m_ui->workTabs->insertTab(0, m_formPage, tr("New application"));
    m_ui->workTabs->setCurrentWidget(m_formPage);
    showWork();
    m_form->setFocus();
}

void MainWindow::showCases()
{
    if (!m_user || m_clock.isLocked() || !(m_user->role == Role::Operator || m_user->role == Role::Reviewer))
        return;
    if (!m_casesPage) {
        auto *list = new CaseListWidget(*m_services.cases, m_user->actor());
        list->setObjectName(u"caseList"_s);
        m_casesPage = list;
        m_ui->workTabs->addTab(m_casesPage, tr("Cases"));
        connect(list, &CaseListWidget::caseOpened, this, [this](const QString &number) { m_lastCase = number; });
        list->refresh();
    }
    showWork();
    m_ui->workTabs->setCurrentWidget(m_casesPage);
}

void MainWindow::askReceipt()
{
    if (!m_user || m_user->role != Role::Operator || m_clock.isLocked())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print receipt"));
    dialog->setLabelText(tr("Case number:"));
    dialog->setTextValue(m_lastCase);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &number) { showReceipt(number.trimmed()); });
    dialog->open();
}

void MainWindow::showUsers()
{
    if (!m_user || m_user->role != Role::Administrator || m_clock.isLocked())
        return;
    auto *dialog = new UsersDialog(*m_services.users, m_user->actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::checkAudit()
{
    if (!m_user || m_user->role != Role::Administrator || m_clock.isLocked())
        return;
    const Result<AuditVerification> result = AuditTrail::verify(m_services.database->connection());
    if (!result)
        showMessage(tr("Audit check"), result.error().message);
    else if (result->intact)
        showMessage(tr("Audit check"), tr("The audit trail is intact: %n entries checked.", nullptr,
                                          int(result->entries)));
    else
        showMessage(tr("Audit check"), tr("The audit trail is broken at entry %1: %2")
                                           .arg(result->brokenEntryId.value_or(0))
                                           .arg(result->problem));
}

void MainWindow::saveApplication(const Application &application)
{
    if (!m_user || m_clock.isLocked())
        return;
    ValidationProblems problems;
    const Result<QString> number = m_services.cases->intake(application, m_user->actor(), {}, &problems);
    if (!number) {
        QStringList lines {number.error().message};
        for (const ValidationProblem &problem : std::as_const(problems))
            lines.append(u"• "_s + problem.message);
        showMessage(tr("The application was not saved"), lines.join(u'\n'));
        return;
    }
    loadSyncState();
    showSyncState();
    m_form->clear();
    m_savedLabel->setText(tr("Saved: case %1. The receipt is open for printing.").arg(*number));
    statusBar()->showMessage(tr("Case %1 saved").arg(*number), 15000);
    // The case list shows the new case at once, when it is open.
    if (auto *list = qobject_cast<CaseListWidget *>(m_casesPage))
        list->refresh();
    emit caseSaved(*number);
    showReceipt(*number);
}

void MainWindow::showReceipt(const QString &caseNumber)
{
    if (!m_user)
        return;
    auto job = std::make_shared<ReceiptJob>(*m_services.database, *m_services.cases, *m_services.reference,
                                            m_services.calendar, m_user->actor(), caseNumber);
    if (!job->load()) {
        showMessage(tr("Receipt"), job->error());
        return;
    }
    m_receiptOpener(std::move(job), uiLanguage());
}

void MainWindow::showMessage(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_user && !m_clock.isLocked())
            m_clock.touch();
        else if (m_user && m_ui->pages->currentWidget() != m_lockScreen)
            checkIdle();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_user) {
        (void)m_services.users->recordLogout(m_user->actor(), false);
        closeSessionWindows();
        m_clock.end();
        m_user.reset();
    }
    stopSync();
    QMainWindow::closeEvent(event);
    emit closed();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    if (m_user && m_user->role == Role::Administrator)
        m_ui->welcomeLabel->setText(tr("DSN codes for petroleum products\n\nUsers and the audit check are in the "
                                       "Administration menu."));
    else
        m_ui->welcomeLabel->setText(tr("DSN codes for petroleum products"));
    if (m_user) {
        m_userLabel->setText(tr("%1 (%2)").arg(m_user->fullName, roleDisplayName(m_user->role)));
        m_officeLabel->setText(tr("Office: %1").arg(m_user->officeCode));
    } else {
        m_userLabel->setText(tr("Not signed in"));
        m_officeLabel->clear();
    }
    showSyncState();
    if (const int index = m_ui->workTabs->indexOf(m_formPage); index >= 0)
        m_ui->workTabs->setTabText(index, tr("New application"));
    if (const int index = m_ui->workTabs->indexOf(m_casesPage); m_casesPage && index >= 0)
        m_ui->workTabs->setTabText(index, tr("Cases"));
}

void MainWindow::loadSyncState()
{
    SyncStore store(*m_services.database);
    const Result<SyncSettings> settings = store.settings();
    m_syncConfigured = settings && settings->isComplete();
    if (Result<SyncStatus> status = store.status())
        m_syncStatus = *status;
    else
        m_syncStatus.reset();
}

void MainWindow::startSync()
{
    stopSync();
    m_syncError.clear();
    loadSyncState();
    if (!m_syncConfigured)
        return;
    SyncWorker::Options options;
    options.database = m_services.database;
    options.intervalMs = int(m_syncInterval.count());
    m_syncWorker = std::make_unique<SyncWorker>(std::move(options));
    connect(m_syncWorker.get(), &SyncWorker::statusChanged, this, &MainWindow::onSyncStatus);
    connect(m_syncWorker.get(), &SyncWorker::failed, this, &MainWindow::onSyncFailed);
    m_syncWorker->start();
}

void MainWindow::stopSync()
{
    // Stopping waits for the thread; the run in progress is abandoned and retried next time.
    m_syncWorker.reset();
}

void MainWindow::syncNow()
{
    if (!m_user || m_clock.isLocked() || !(m_user->role == Role::Operator || m_user->role == Role::Administrator))
        return;
    if (!m_syncWorker) {
        loadSyncState();
        if (m_syncConfigured)
            startSync(); // settings were added during the session: the first run starts now
        else
            statusBar()->showMessage(tr("Sync is not configured on this workstation."), 10000);
        showSyncState();
        return;
    }
    m_syncError.clear();
    m_syncWorker->forceSync();
    statusBar()->showMessage(tr("Syncing with the office…"), 5000);
}

void MainWindow::onSyncStatus(const SyncStatus &status)
{
    m_syncConfigured = true;
    m_syncStatus = status;
    m_syncError.clear();
    showSyncState();
}

void MainWindow::onSyncFailed(const QString &error)
{
    m_syncError = error;
    showSyncState();
}

void MainWindow::showSyncState()
{
    m_syncLabel->setText(syncStatusText(m_syncConfigured, m_syncStatus, m_syncError));
}

QStringList MainWindow::intakeWarnings(const Application &application) const
{
    QStringList warnings = openCaseWarnings(*m_services.cases, application);
    const Result<QStringList> unsent = SyncStore(*m_services.database).unsentOlderThan(m_unsentWarningLimit.count());
    if (unsent && !unsent->isEmpty()) {
        // The oldest waiting application is the first; its intake time is the store's oldest pending.
        QDateTime oldest;
        if (Result<SyncStatus> status = SyncStore(*m_services.database).status())
            oldest = status->oldestPending;
        warnings.append(unsentWarningText(int(unsent->size()), oldest));
    }
    return warnings;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About"),
                       tr("DSN Workstation %1\nAssignment of DSN codes to petroleum products.")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace dsn::gui
