// The main window: actions by role, the idle lock, sign-out, and the counter's whole flow from
// the keyboard to a recorded receipt.

#include "shellfixture.h"

#include "admin/usersdialog.h"
#include "cases/caselistmodel.h"
#include "cases/caselistwidget.h"
#include "common/uilanguage.h"
#include "intake/applicationform.h"
#include "receipts/receiptjob.h"
#include "receipts/receiptpreviewdialog.h"
#include "rules/permissions.h"
#include "session/lockscreen.h"
#include "session/sessioncontroller.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;
using namespace shellfixture;
using dsn::gui::MainWindow;

namespace {

constexpr qint64 kTenMinutesMs = 10 * 60 * 1000;

bool actionEnabled(QWidget *window, const QString &name)
{
    auto *action = window->findChild<QAction *>(name);
    return action && action->isEnabled();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void actionsFollowTheRole_data();
    void actionsFollowTheRole();
    void actionStatesComeFromThePermissionsTable_data();
    void actionStatesComeFromThePermissionsTable();
    void idleLockHidesWorkAndUnlockNeedsThePassword();
    void ctrlLLocksAtOnce();
    void signOutLeavesNothingForTheNextUser();
    void signOutAndQuitAskBeforeThrowingAwayATypedApplication();
    void languageMenuSwitchesAndIsRememberedPerUser();
    void counterFlowFromKeyboardToRecordedReceipt();
    void openCaseOfTheSubjectWarnsWithoutBlocking();
    void administratorCreatesAUser();

private:
    void signIn(const QString &username);
    void fillApplication();
    QWidget *currentPage() const;

    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    QList<std::shared_ptr<dsn::gui::ReceiptJob>> m_opened;
};

void TestMainWindow::init()
{
    dsn::gui::setUiLanguage(dsn::Language::Kazakh);
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open());
    m_window = m_store->window();
    m_opened.clear();
    m_window->setReceiptOpener([this](std::shared_ptr<dsn::gui::ReceiptJob> job, dsn::Language) {
        m_opened.append(std::move(job));
    });
}

void TestMainWindow::cleanup()
{
    dsn::gui::applyUiLanguage(dsn::Language::English);
    m_window.reset();
    m_opened.clear();
    m_store.reset();
}

void TestMainWindow::signIn(const QString &username)
{
    m_window->startSession(m_store->user(username));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QWidget *TestMainWindow::currentPage() const
{
    return m_window->findChild<QStackedWidget *>(u"pages"_s)->currentWidget();
}

// The Appendix 1 form typed from the keyboard, as the operator does it.
void TestMainWindow::fillApplication()
{
    typeApplication(m_window.get());
}

void TestMainWindow::actionsFollowTheRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("enabled");
    QTest::addColumn<QStringList>("disabled");
    QTest::newRow("operator") << u"aigerim"_s << QStringList { u"newApplicationAction"_s, u"casesAction"_s }
                              << QStringList { u"usersAction"_s, u"auditCheckAction"_s };
    QTest::newRow("reviewer") << u"reviewer"_s << QStringList { u"casesAction"_s }
                              << QStringList { u"newApplicationAction"_s, u"usersAction"_s,
                                     u"auditCheckAction"_s };
    QTest::newRow("administrator") << u"admin"_s << QStringList { u"usersAction"_s, u"auditCheckAction"_s }
                                   << QStringList { u"newApplicationAction"_s, u"casesAction"_s };
}

void TestMainWindow::actionsFollowTheRole()
{
    QFETCH(QString, user);
    QFETCH(QStringList, enabled);
    QFETCH(QStringList, disabled);
    // Before anyone signs in nothing is open.
    for (const QString &action : enabled + disabled)
        QVERIFY2(!actionEnabled(m_window.get(), action), qPrintable(action));
    signIn(user);
    for (const QString &action : enabled)
        QVERIFY2(actionEnabled(m_window.get(), action), qPrintable(action));
    for (const QString &action : disabled)
        QVERIFY2(!actionEnabled(m_window.get(), action), qPrintable(action));
    const dsn::User u = m_store->user(user);
    QVERIFY(m_window->userText().contains(u.fullName));
    QVERIFY(m_window->userText().contains(dsn::roleDisplayName(u.role)));
    QVERIFY(m_window->officeText().contains(u.officeCode));
    QVERIFY(!m_window->syncText().isEmpty());
    QCOMPARE(m_window->applicationForm()->isVisible(), u.role == dsn::Role::Operator);
    screenshot(m_window.get(), u"main-window-%1.png"_s.arg(user));
}

void TestMainWindow::actionStatesComeFromThePermissionsTable_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("operator") << u"aigerim"_s;
    QTest::newRow("reviewer") << u"reviewer"_s;
    QTest::newRow("administrator") << u"admin"_s;
}

// Every guarded action of the window, enabled exactly as the permissions table says for the
// role; locked, only signing out; signed out, nothing. A menu shows for a role that may use it.
void TestMainWindow::actionStatesComeFromThePermissionsTable()
{
    using dsn::Action;
    QFETCH(QString, user);
    const QList<std::pair<QString, Action>> guarded = {
        { u"newApplicationAction"_s, Action::NewApplication },
        { u"casesAction"_s, Action::CaseList },
        { u"receiptAction"_s, Action::PrintReceipt },
        { u"usersAction"_s, Action::ManageUsers },
        { u"auditCheckAction"_s, Action::AuditCheck },
        { u"syncNowAction"_s, Action::SyncNow },
        { u"lockAction"_s, Action::LockSession },
        { u"signOutAction"_s, Action::SignOut },
    };
    QCOMPARE(guarded.size(), dsn::kActionCount);
    auto menuShown = [this](const QString &name) {
        return m_window->findChild<QMenu *>(name)->menuAction()->isVisible();
    };
    QVERIFY(!menuShown(u"casesMenu"_s));
    QVERIFY(!menuShown(u"adminMenu"_s));

    signIn(user);
    const dsn::Role role = m_store->user(user).role;
    for (const auto &[name, action] : guarded)
        QVERIFY2(actionEnabled(m_window.get(), name) == dsn::permits(role, action), qPrintable(name));
    const bool counterWork = dsn::permits(role, Action::NewApplication)
        || dsn::permits(role, Action::CaseList) || dsn::permits(role, Action::PrintReceipt);
    const bool adminWork = dsn::permits(role, Action::ManageUsers) || dsn::permits(role, Action::AuditCheck);
    QCOMPARE(menuShown(u"casesMenu"_s), counterWork);
    QCOMPARE(menuShown(u"adminMenu"_s), adminWork);

    m_window->session()->lock();
    for (const auto &[name, action] : guarded)
        QVERIFY2(actionEnabled(m_window.get(), name) == (action == Action::SignOut), qPrintable(name));
    QCOMPARE(menuShown(u"casesMenu"_s), counterWork);
    QCOMPARE(menuShown(u"adminMenu"_s), adminWork);

    m_window->session()->signOut();
    for (const auto &[name, action] : guarded)
        QVERIFY2(!actionEnabled(m_window.get(), name), qPrintable(name));
    QVERIFY(!menuShown(u"casesMenu"_s));
    QVERIFY(!menuShown(u"adminMenu"_s));
}

void TestMainWindow::idleLockHidesWorkAndUnlockNeedsThePassword()
{
    signIn(u"aigerim"_s);
    auto *name = m_window->findChild<QLineEdit *>(u"taxpayerNameEdit"_s);
    name->setFocus();
    type(u"ТОО Бір"_s);
    QVERIFY(m_window->applicationForm()->isVisible());

    m_store->monotonicMs += kTenMinutesMs - 1000;
    QVERIFY(!m_window->session()->checkIdle());
    QVERIFY(!m_window->session()->isLocked());
    m_store->monotonicMs += 2000;
    QVERIFY(m_window->session()->checkIdle());
    QVERIFY(m_window->session()->isLocked());
    QCOMPARE(currentPage(), m_window->lockScreen());
    QVERIFY(!m_window->applicationForm()->isVisible());
    QVERIFY(!actionEnabled(m_window.get(), u"newApplicationAction"_s));
    QCOMPARE(m_store->auditEvents().constLast(), u"session_locked"_s);
    screenshot(m_window.get(), u"main-window-locked.png"_s);

    // Typing does not bring the work back; only the same user's password does.
    QCOMPARE(focused(), m_window->lockScreen()->passwordEdit());
    type(u"wrong-password"_s);
    press(Qt::Key_Return);
    QVERIFY(m_window->session()->isLocked());
    QVERIFY(!m_window->lockScreen()->message().isEmpty());
    QCOMPARE(m_store->auditEvents().constLast(), u"login_failed"_s);
    type(kReviewerPassword); // another user's password is wrong for this session
    press(Qt::Key_Return);
    QVERIFY(m_window->session()->isLocked());

    type(kOperatorPassword);
    press(Qt::Key_Return);
    QVERIFY(!m_window->session()->isLocked());
    QVERIFY(m_window->applicationForm()->isVisible());
    QCOMPARE(name->text(), u"ТОО Бір"_s); // the same user goes on with the same work
    QCOMPARE(m_store->auditEvents().constLast(), u"login"_s);
}

void TestMainWindow::ctrlLLocksAtOnce()
{
    signIn(u"aigerim"_s);
    m_window->findChild<QLineEdit *>(u"taxpayerNameEdit"_s)->setFocus();
    press(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_window->session()->isLocked());
    QCOMPARE(currentPage(), m_window->lockScreen());
    QVERIFY(!m_window->applicationForm()->isVisible());
}

void TestMainWindow::signOutLeavesNothingForTheNextUser()
{
    signIn(u"aigerim"_s);
    fillApplication();
    // A dialog of this session (as a receipt preview would be).
    QPointer<QDialog> dialog = new QDialog(m_window.get());
    dialog->show();
    QSignalSpy signedOut(m_window.get(), &MainWindow::signedOut);

    m_window->session()->signOut();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!m_window->session()->user());
    QCOMPARE(m_store->auditEvents().constLast(), u"logout"_s);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!m_window->userText().contains(u"Сейітқали"_s));

    signIn(u"aigerim"_s);
    const dsn::Application a = m_window->applicationForm()->application();
    QVERIFY(a.taxpayerName.isEmpty());
    QVERIFY(a.taxpayerId.isEmpty());
    QVERIFY(a.headName.isEmpty());
    QVERIFY(a.queueTicket.isEmpty());
    QVERIFY(a.products.isEmpty() || a.products.constFirst().name.isEmpty());
    QVERIFY(m_window->findChild<QLabel *>(u"savedLabel"_s)->text().isEmpty());
}

// The discard question of the window, when one is open.
static QMessageBox *discardBox(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>(u"discardBox"_s))
        if (box->isVisible())
            return box;
    return nullptr;
}

void TestMainWindow::signOutAndQuitAskBeforeThrowingAwayATypedApplication()
{
    signIn(u"aigerim"_s);
    QSignalSpy signedOut(m_window.get(), &MainWindow::signedOut);
    QSignalSpy closed(m_window.get(), &MainWindow::closed);
    // Nothing typed: the sign-out goes at once.
    m_window->findChild<QAction *>(u"signOutAction"_s)->trigger();
    QCOMPARE(signedOut.count(), 1);
    signIn(u"aigerim"_s);

    m_window->findChild<QLineEdit *>(u"taxpayerNameEdit"_s)->setFocus();
    type(u"ТОО «Ақкөл»"_s);
    m_window->findChild<QAction *>(u"signOutAction"_s)->trigger();
    QMessageBox *box = discardBox(m_window.get());
    QVERIFY(box);
    QCOMPARE(signedOut.count(), 1);
    // Escape (the default too) keeps the application.
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!discardBox(m_window.get()));
    QVERIFY(m_window->session()->user());
    QCOMPARE(m_window->applicationForm()->application().taxpayerName, u"ТОО «Ақкөл»"_s);

    // Quitting asks the same; keeping the application keeps the window open.
    QVERIFY(!m_window->close());
    box = discardBox(m_window.get());
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!discardBox(m_window.get()));
    QCOMPARE(closed.count(), 0);
    QVERIFY(m_window->isVisible());

    // The sign-out button of the lock screen asks too.
    m_window->findChild<QAction *>(u"lockAction"_s)->trigger();
    m_window->findChild<QPushButton *>(u"lockSignOutButton"_s)->click();
    box = discardBox(m_window.get());
    QVERIFY(box);
    box->button(QMessageBox::Discard)->click();
    QCOMPARE(signedOut.count(), 2);

    // Agreed, quitting closes the window.
    signIn(u"aigerim"_s);
    m_window->findChild<QLineEdit *>(u"headNameEdit"_s)->setFocus();
    type(u"Әбенов Қайрат"_s);
    QVERIFY(!m_window->close());
    discardBox(m_window.get())->button(QMessageBox::Discard)->click();
    QCOMPARE(closed.count(), 1);
}

void TestMainWindow::languageMenuSwitchesAndIsRememberedPerUser()
{
    signIn(u"aigerim"_s);
    auto *russian = m_window->findChild<QAction *>(u"russianAction"_s);
    auto *kazakh = m_window->findChild<QAction *>(u"kazakhAction"_s);
    QVERIFY(russian && kazakh);
    russian->trigger();
    QCOMPARE(dsn::gui::uiLanguage(), dsn::Language::Russian);
    QVERIFY(russian->isChecked());
    QVERIFY(!kazakh->isChecked());
    // The windows retranslate on the events the switch posts.
    QTRY_COMPARE(m_window->findChild<QAction *>(u"newApplicationAction"_s)->text(), u"&Новая заявка"_s);
    m_window->session()->signOut();

    // The next user chose Kazakh; the first one comes back to Russian.
    signIn(u"admin"_s);
    m_window->findChild<QAction *>(u"kazakhAction"_s)->trigger();
    QCOMPARE(dsn::gui::uiLanguage(), dsn::Language::Kazakh);
    m_window->session()->signOut();
    signIn(u"aigerim"_s);
    QCOMPARE(dsn::gui::uiLanguage(), dsn::Language::Russian);
    QVERIFY(m_window->findChild<QAction *>(u"russianAction"_s)->isChecked());
    m_window->session()->signOut();
    signIn(u"admin"_s);
    QCOMPARE(dsn::gui::uiLanguage(), dsn::Language::Kazakh);
    dsn::gui::applyUiLanguage(dsn::Language::English);
}

void TestMainWindow::counterFlowFromKeyboardToRecordedReceipt()
{
    signIn(u"aigerim"_s);
    fillApplication();
    QVERIFY(m_window->applicationForm()->problems().isEmpty());
    screenshot(m_window.get(), u"main-window-form.png"_s);
    QSignalSpy saved(m_window.get(), &MainWindow::caseSaved);
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    const QString number = saved.at(0).at(0).toString();
    QVERIFY(number.startsWith(u"AST01-"_s));

    // The case is in the store, taken by the signed-in operator.
    const auto record = m_store->cases->openCase(number, dsn::Actor::system());
    QVERIFY(record.ok());
    QCOMPARE(record->application.taxpayerId, u"940140000385"_s);
    QCOMPARE(record->receivedBy, std::optional(m_store->user(u"aigerim"_s).id));
    // The form is empty for the next applicant and says which case was saved.
    QVERIFY(m_window->applicationForm()->application().taxpayerName.isEmpty());
    QVERIFY(m_window->findChild<QLabel *>(u"savedLabel"_s)->text().contains(number));

    // The receipt of the stored case was opened, in the interface language.
    QCOMPARE(m_opened.size(), 1);
    const auto job = m_opened.constFirst();
    QCOMPARE(job->caseNumber(), number);
    const dsn::PreparedDocument &kk = job->document(dsn::Language::Kazakh);
    QVERIFY2(kk.ok(), qPrintable(kk.error()));
    QVERIFY(kk.document()->pageCount() >= 1);
    {
        // The preview the operator sees (shown, never exec()'d), for a person to look at.
        dsn::gui::ReceiptPreviewDialog preview(job, dsn::Language::Kazakh, m_window.get());
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QCOMPARE(preview.language(), dsn::Language::Kazakh);
        screenshot(&preview, u"receipt-preview.png"_s);
    }
    QVERIFY(m_store->cases->openCase(number, dsn::Actor::system())
                ->documents.isEmpty()); // previews record nothing

    // Printing records the print with the document's content hash; the other language too.
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    const dsn::RenderedDocument printed = job->print(&printer, dsn::Language::Kazakh);
    QVERIFY2(printed.ok(), qPrintable(printed.error));
    const dsn::RenderedDocument pdf = job->savePdf(dir.filePath(u"receipt-ru.pdf"_s), dsn::Language::Russian);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error));
    QVERIFY(QFileInfo(dir.filePath(u"receipt-ru.pdf"_s)).size() > 0);
    const auto after = m_store->cases->openCase(number, dsn::Actor::system());
    QCOMPARE(after->documents.size(), 2);
    QCOMPARE(after->documents.at(0).language, u"kk"_s);
    QCOMPARE(after->documents.at(0).contentHash, kk.contentHash());
    QCOMPARE(after->documents.at(0).printedBy, std::optional(m_store->user(u"aigerim"_s).id));
    QCOMPARE(after->documents.at(1).language, u"ru"_s);
    QCOMPARE(after->documents.at(0).reprintNo, 0);
    QCOMPARE(after->documents.at(1).reprintNo, 0); // the first Russian print is an original too

    // The case list, opened from the keyboard, shows the new case first.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    auto *list = m_window->findChild<dsn::gui::CaseListWidget *>(u"caseList"_s);
    QVERIFY(list);
    QTRY_VERIFY(list->model()->rowCount() >= 1);
    QCOMPARE(list->model()->caseNumber(0), number);
}

void TestMainWindow::openCaseOfTheSubjectWarnsWithoutBlocking()
{
    // The subject already has a case, accepted earlier at this counter.
    dsn::Application earlier;
    earlier.departmentCode = dsn::ReferenceData::embedded().departments().constFirst().code;
    earlier.applicationDate = QDate::currentDate().addDays(-1);
    earlier.taxpayerName = u"ТОО «Мұнай Өнім»"_s;
    earlier.taxpayerId = u"940140000385"_s;
    earlier.subjectType = dsn::SubjectType::Producer;
    earlier.country = 3;
    earlier.atu = 53;
    earlier.headName = u"Серікбаев Ерлан Маратұлы"_s;
    earlier.receivedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    earlier.products = { { 2, u"ДТ-Л-К5"_s, u"ГОСТ 32511-2013"_s } };
    const auto first = m_store->cases->intake(earlier, m_store->user(u"aigerim"_s).actor());
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));

    signIn(u"aigerim"_s);
    fillApplication();
    QVERIFY(m_window->applicationForm()->warnings().join(u' ').contains(*first));
    QSignalSpy saved(m_window.get(), &MainWindow::caseSaved);
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    QVERIFY(saved.at(0).at(0).toString() != *first);
}

void TestMainWindow::administratorCreatesAUser()
{
    signIn(u"admin"_s);
    m_window->findChild<QAction *>(u"usersAction"_s)->trigger();
    auto *dialog = m_window->findChild<dsn::gui::UsersDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->table()->rowCount(), 3);
    const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
    QCOMPARE(edits.size(), 4); // user name, full name, office, password
    edits.at(0)->setText(u"dana"_s);
    edits.at(1)->setText(u"Дана Серікова"_s);
    edits.at(2)->setText(u"AST"_s);
    edits.at(3)->setText(u"short"_s);
    dialog->createUser();
    QVERIFY(!m_store->users->findUser(u"dana"_s)->has_value()); // the password policy refused it
    QVERIFY(!dialog->message().isEmpty());
    edits.at(3)->setText(u"dana-password-1"_s);
    dialog->createUser();
    const auto dana = m_store->users->findUser(u"dana"_s);
    QVERIFY(dana->has_value());
    QCOMPARE((*dana)->role, dsn::Role::Operator);
    QCOMPARE(dialog->table()->rowCount(), 4);
    QVERIFY(edits.at(3)->text().isEmpty());

    // Signing out closes the dialog with the list of users.
    m_window->session()->signOut();
    QTRY_VERIFY(!m_window->findChild<dsn::gui::UsersDialog *>());
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
