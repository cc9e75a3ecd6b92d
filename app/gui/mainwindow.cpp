#include "mainwindow.h"

#include "admin/usersdialog.h"
#include "cases/casestore.h"
#include "common/retranslate.h"
#include "common/screenfit.h"
#include "common/uilanguage.h"
#include "desks/counterdesk.h"
#include "intake/applicationform.h"
#include "receipts/receiptjob.h"
#include "receipts/receiptpreviewdialog.h"
#include "rules/permissions.h"
#include "session/lockscreen.h"
#include "session/sessioncontroller.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "sync/syncindicator.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDialog>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

MainWindow::MainWindow(
    WorkstationServices services, SessionClock::MonotonicClock monotonicClock, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(std::move(services))
{
    m_ui->setupUi(this);

    // The desks: one page of work per kind of work, beside the welcome page and the lock screen.
    m_counterDesk = new CounterDesk(*m_services.database, *m_services.cases, *m_services.reference, this);
    m_counterDesk->setObjectName(u"counterDesk"_s);
    m_ui->pages->addWidget(m_counterDesk);
    connect(m_counterDesk, &CounterDesk::submitRequested, this, &MainWindow::saveApplication);

    m_lockScreen = new LockScreen(this);
    m_ui->pages->addWidget(m_lockScreen);
    m_session = new SessionController(*m_services.users, m_lockScreen, std::move(monotonicClock), this);
    connect(m_session, &SessionController::started, this, &MainWindow::onSessionStarted);
    connect(m_session, &SessionController::locked, this, &MainWindow::onSessionLocked);
    connect(m_session, &SessionController::unlocked, this, &MainWindow::onSessionUnlocked);
    connect(m_session, &SessionController::ended, this, &MainWindow::onSessionEnded);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_officeLabel = new QLabel(this);
    m_officeLabel->setObjectName(u"officeLabel"_s);
    for (QLabel *label : { m_userLabel, m_officeLabel })
        label->setContentsMargins(8, 0, 8, 0);
    m_sync = new SyncIndicator(*m_services.database, this);
    connect(m_sync, &SyncIndicator::message, this, [this](const QString &sourceText, int timeoutMs) {
        showStatus([sourceText] { return SyncIndicator::tr(sourceText.toUtf8().constData()); }, timeoutMs);
    });
    m_ui->statusBar->addPermanentWidget(m_userLabel);
    m_ui->statusBar->addPermanentWidget(m_officeLabel);
    m_ui->statusBar->addPermanentWidget(m_sync);

    connect(m_ui->newApplicationAction, &QAction::triggered, this, &MainWindow::showNewApplication);
    connect(m_ui->casesAction, &QAction::triggered, this, &MainWindow::showCases);
    connect(m_ui->receiptAction, &QAction::triggered, this, &MainWindow::askReceipt);
    connect(m_ui->usersAction, &QAction::triggered, this, &MainWindow::showUsers);
    connect(m_ui->auditCheckAction, &QAction::triggered, this, &MainWindow::checkAudit);
    connect(m_ui->lockAction, &QAction::triggered, m_session, &SessionController::lock);
    connect(m_ui->signOutAction, &QAction::triggered, m_session, &SessionController::requestSignOut);
    m_session->setSignOutGuard([this](std::function<void()> proceed) { confirmDiscard(std::move(proceed)); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    auto *languages = new QActionGroup(this);
    for (const auto &[action, language] : { std::pair { m_ui->kazakhAction, Language::Kazakh },
             std::pair { m_ui->russianAction, Language::Russian } }) {
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language = language] { chooseLanguage(language); });
    }
    m_ui->syncNowAction->setShortcuts({ QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R) });
    connect(m_ui->syncNowAction, &QAction::triggered, this, &MainWindow::syncNow);
    fitToScreen(this);

    m_receiptOpener = [this](std::shared_ptr<ReceiptJob> job, Language language) {
        auto *dialog = new ReceiptPreviewDialog(std::move(job), language, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };

    m_ui->pages->setCurrentWidget(m_ui->signedOutPage);
    updateActionStates();
    retranslate();
}

MainWindow::~MainWindow()
{
    m_sync->stop();
}

void MainWindow::setIdleLimit(std::chrono::milliseconds limit)
{
    m_session->setIdleLimit(limit);
}

void MainWindow::setReceiptOpener(ReceiptOpener opener)
{
    m_receiptOpener = std::move(opener);
}

void MainWindow::setUnsentWarningLimit(std::chrono::seconds limit)
{
    m_counterDesk->setUnsentWarningLimit(limit);
}

void MainWindow::setSyncInterval(std::chrono::milliseconds interval)
{
    m_sync->setInterval(interval);
}

void MainWindow::startSession(const User &user)
{
    m_session->start(user);
}

ApplicationForm *MainWindow::applicationForm() const
{
    return m_counterDesk->applicationForm();
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
    return m_sync->text();
}

// The enabled actions and the visible menus, all from the permissions table.
void MainWindow::updateActionStates()
{
    const std::pair<QAction *, Action> guarded[] = {
        { m_ui->newApplicationAction, Action::NewApplication },
        { m_ui->casesAction, Action::CaseList },
        { m_ui->receiptAction, Action::PrintReceipt },
        { m_ui->usersAction, Action::ManageUsers },
        { m_ui->auditCheckAction, Action::AuditCheck },
        { m_ui->syncNowAction, Action::SyncNow },
        { m_ui->lockAction, Action::LockSession },
        { m_ui->signOutAction, Action::SignOut },
    };
    for (const auto &[action, what] : guarded)
        action->setEnabled(m_session->permits(what));
    // A menu is there for a role that may use one of its actions, locked or not.
    for (QMenu *menu : { m_ui->casesMenu, m_ui->adminMenu }) {
        bool any = false;
        for (const auto &[action, what] : guarded)
            any = any || (menu->actions().contains(action) && m_session->rolePermits(what));
        menu->menuAction()->setVisible(any);
    }
}

void MainWindow::chooseLanguage(Language language)
{
    if (const std::optional<User> &user = m_session->user())
        rememberLanguage(user->username, language);
    if (language != uiLanguage())
        applyUiLanguage(language);
    else
        retranslate();
}

void MainWindow::onSessionStarted()
{
    // The session speaks the language its user chose last.
    const QString login = m_session->user() ? m_session->user()->username : QString();
    if (const std::optional<Language> own = rememberedLanguage(login); own && *own != uiLanguage())
        applyUiLanguage(*own);
    rememberLanguage(login, uiLanguage());
    m_counterDesk->clearForm();
    m_sync->start();
    updateActionStates();
    retranslate();
    // The desk's first page: the form for the counter, otherwise the case list.
    if (m_session->rolePermits(Action::NewApplication))
        showNewApplication();
    else if (m_session->rolePermits(Action::CaseList))
        showCases();
    showWork();
}

void MainWindow::showWork()
{
    // An administrator's work is in dialogs: the window says where to find it.
    if (m_counterDesk->isEmpty())
        m_ui->pages->setCurrentWidget(m_ui->signedOutPage);
    else
        m_ui->pages->setCurrentWidget(m_counterDesk);
}

void MainWindow::onSessionLocked()
{
    // Dialogs of the session (a receipt preview, the users) hide with the rest of the work.
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible()) {
            m_hiddenWhileLocked.append(dialog);
            dialog->hide();
        }
    }
    m_ui->pages->setCurrentWidget(m_lockScreen);
    m_lockScreen->passwordEdit()->setFocus();
    updateActionStates();
}

void MainWindow::onSessionUnlocked()
{
    showWork();
    for (const QPointer<QWidget> &widget : std::as_const(m_hiddenWhileLocked)) {
        if (widget)
            widget->show();
    }
    m_hiddenWhileLocked.clear();
    updateActionStates();
}

void MainWindow::onSessionEnded()
{
    closeSessionWindows();
    m_sync->stop();
    m_statusText = nullptr;
    statusBar()->clearMessage();
    m_ui->pages->setCurrentWidget(m_ui->signedOutPage);
    m_sync->refresh();
    updateActionStates();
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
    m_counterDesk->reset();
}

void MainWindow::showNewApplication()
{
    if (!m_session->permits(Action::NewApplication))
        return;
    m_counterDesk->openApplicationForm();
    showWork();
    m_counterDesk->applicationForm()->setFocus();
}

void MainWindow::showCases()
{
    if (!m_session->permits(Action::CaseList))
        return;
    m_counterDesk->openCases(m_session->user()->actor());
    showWork();
}

void MainWindow::askReceipt()
{
    if (!m_session->permits(Action::PrintReceipt))
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    keepTranslated(dialog, [dialog] {
        dialog->setWindowTitle(tr("Print receipt"));
        dialog->setLabelText(tr("Case number:"));
    });
    dialog->setTextValue(m_counterDesk->lastCase());
    connect(dialog, &QInputDialog::textValueSelected, this,
        [this](const QString &number) { showReceipt(number.trimmed()); });
    dialog->open();
}

void MainWindow::showUsers()
{
    if (!m_session->permits(Action::ManageUsers))
        return;
    auto *dialog = new UsersDialog(*m_services.users, m_session->user()->actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::checkAudit()
{
    if (!m_session->permits(Action::AuditCheck))
        return;
    const Result<AuditVerification> result = AuditTrail::verify(m_services.database->connection());
    const auto title = [] {
        return tr("Audit check");
    };
    if (!result) {
        showMessage(title, [message = result.error().message] { return message; });
    } else if (result->intact) {
        showMessage(title, [entries = int(result->entries)] {
            return tr("The audit trail is intact: %n entries checked.", nullptr, entries);
        });
    } else {
        showMessage(title, [id = result->brokenEntryId.value_or(0), problem = result->problem] {
            return tr("The audit trail is broken at entry %1: %2").arg(id).arg(problem);
        });
    }
}

void MainWindow::syncNow()
{
    if (!m_session->permits(Action::SyncNow))
        return;
    m_sync->syncNow();
}

void MainWindow::saveApplication(const Application &application)
{
    if (!m_session->permits(Action::NewApplication))
        return;
    ValidationProblems problems;
    const Result<QString> number
        = m_services.cases->intake(application, m_session->user()->actor(), {}, &problems);
    if (!number) {
        QStringList lines { number.error().message };
        for (const ValidationProblem &problem : std::as_const(problems))
            lines.append(u"• "_s + problem.message);
        showMessage(
            [] { return tr("The application was not saved"); }, [text = lines.join(u'\n')] { return text; });
        return;
    }
    m_sync->refresh();
    m_counterDesk->showSaved(*number);
    showStatus([number = *number] { return tr("Case %1 saved").arg(number); }, 15000);
    emit caseSaved(*number);
    showReceipt(*number);
}

void MainWindow::showReceipt(const QString &caseNumber)
{
    if (!m_session->isSignedIn())
        return;
    auto job = std::make_shared<ReceiptJob>(*m_services.database, *m_services.cases, *m_services.reference,
        m_services.calendar, m_session->user()->actor(), caseNumber);
    if (!job->load()) {
        showMessage([] { return tr("Receipt"); }, [error = job->error()] { return error; });
        return;
    }
    m_receiptOpener(std::move(job), uiLanguage());
}

void MainWindow::showMessage(std::function<QString()> title, std::function<QString()> text)
{
    auto *box = new QMessageBox(QMessageBox::Information, QString(), QString(), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    keepTranslated(box, [box, title = std::move(title), text = std::move(text)] {
        box->setWindowTitle(title());
        box->setText(text());
    });
    box->open();
}

void MainWindow::showStatus(std::function<QString()> text, int timeoutMs)
{
    m_statusText = std::move(text);
    m_statusUntil = timeoutMs > 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    statusBar()->showMessage(m_statusText(), timeoutMs);
}

void MainWindow::confirmDiscard(std::function<void()> proceed)
{
    if (!m_session->isSignedIn() || !m_counterDesk->applicationForm()->hasTypedInput()) {
        proceed();
        return;
    }
    // The operator's typing is worth a question; going on typing is the default.
    auto *box = new QMessageBox(QMessageBox::Warning, QString(), QString(), QMessageBox::NoButton, this);
    box->setObjectName(u"discardBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = box->addButton(QMessageBox::Discard);
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    keepTranslated(box, [box, discard, keep] {
        box->setWindowTitle(tr("Application not saved"));
        box->setText(tr("An application is typed in the form and not saved. Throw it away?"));
        discard->setText(tr("&Throw away"));
        keep->setText(tr("&Go on typing"));
    });
    connect(discard, &QPushButton::clicked, this, std::move(proceed));
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitConfirmed && m_session->isSignedIn() && m_counterDesk->applicationForm()->hasTypedInput()) {
        event->ignore();
        confirmDiscard([this] {
            m_quitConfirmed = true;
            close();
        });
        return;
    }
    m_quitConfirmed = false;
    if (m_session->isSignedIn()) {
        closeSessionWindows();
        m_session->quit();
    }
    m_sync->stop();
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
    // The status message in the new language, for the rest of the time it was to be shown.
    if (m_statusText && !statusBar()->currentMessage().isEmpty() && !m_statusUntil.hasExpired())
        statusBar()->showMessage(m_statusText(),
            m_statusUntil.isForever() ? 0 : int(std::max<qint64>(1, m_statusUntil.remainingTime())));
    m_ui->kazakhAction->setChecked(uiLanguage() == Language::Kazakh);
    m_ui->russianAction->setChecked(uiLanguage() == Language::Russian);
    if (m_ui->adminMenu->menuAction()->isVisible())
        m_ui->welcomeLabel->setText(
            tr("DSN codes for petroleum products\n\nUsers and the audit check are in the "
               "Administration menu."));
    else
        m_ui->welcomeLabel->setText(tr("DSN codes for petroleum products"));
    if (const std::optional<User> &user = m_session->user()) {
        m_userLabel->setText(tr("%1 (%2)").arg(user->fullName, roleDisplayName(user->role)));
        m_officeLabel->setText(tr("Office: %1").arg(user->officeCode));
    } else {
        m_userLabel->setText(tr("Not signed in"));
        m_officeLabel->clear();
    }
}

void MainWindow::showAbout()
{
    // Shown with open(), like every dialog of the window: it follows a language switch and
    // closes with the session.
    auto *box = new QMessageBox(QMessageBox::Information, QString(), QString(), QMessageBox::Close, this);
    box->setObjectName(u"aboutBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    keepTranslated(box, [box] {
        box->setWindowTitle(tr("About"));
        box->setText(tr("DSN Workstation %1\nAssignment of DSN codes to petroleum products.")
                         .arg(QCoreApplication::applicationVersion()));
    });
    box->open();
}

} // namespace dsn::gui
