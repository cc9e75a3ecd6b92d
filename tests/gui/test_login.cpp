// The login dialog and the first-run administrator dialog.

#include "shellfixture.h"

#include "common/uilanguage.h"
#include "session/firstadministratordialog.h"
#include "session/logindialog.h"
#include "users/demoaccounts.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;
using dsn::gui::LoginDialog;
using namespace shellfixture;

class TestLogin : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void signsInFromTheKeyboard();
    void wrongNameAndWrongPasswordReadTheSame();
    void lockedAccountSaysUntilWhen();
    void inactiveAccountSaysSo();
    void languageAppliesAtOnce();
    void firstAdministrator();
    void firstAdministratorSetsAPasswordOfTheirOwn_data();
    void firstAdministratorSetsAPasswordOfTheirOwn();

private:
    void login(const QString &user, const QString &password);
    std::unique_ptr<Store> m_store;
    std::unique_ptr<LoginDialog> m_dialog;
};

void TestLogin::init()
{
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(dsn::LoginPolicy { 2, std::chrono::minutes(15) }));
    dsn::gui::setUiLanguage(dsn::Language::Kazakh);
    m_dialog = std::make_unique<LoginDialog>(*m_store->users);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestLogin::cleanup()
{
    m_dialog.reset();
    m_store.reset();
}

// Types the name and the password from the user name field and presses Enter.
void TestLogin::login(const QString &user, const QString &password)
{
    auto *name = m_dialog->findChild<QLineEdit *>(u"usernameEdit"_s);
    name->setFocus();
    name->clear();
    type(user);
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), u"passwordEdit"_s);
    type(password);
    press(Qt::Key_Return);
}

void TestLogin::signsInFromTheKeyboard()
{
    QCOMPARE(focused()->objectName(), u"usernameEdit"_s);
    screenshot(m_dialog.get(), u"login-dialog.png"_s);
    login(u"aigerim"_s, kOperatorPassword);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_dialog->user().has_value());
    QCOMPARE(m_dialog->user()->role, dsn::Role::Operator);
    QCOMPARE(m_store->auditEvents().constLast(), u"login"_s);
}

void TestLogin::wrongNameAndWrongPasswordReadTheSame()
{
    login(u"aigerim"_s, u"not-the-password"_s);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->user());
    const QString wrongPassword = m_dialog->message();
    QVERIFY(!wrongPassword.isEmpty());
    QVERIFY(m_dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->text().isEmpty());

    login(u"nobody"_s, u"not-the-password"_s);
    QVERIFY(!m_dialog->user());
    QCOMPARE(m_dialog->message(), wrongPassword);
    QVERIFY(!wrongPassword.contains(u"nobody"_s));
}

void TestLogin::lockedAccountSaysUntilWhen()
{
    login(u"aigerim"_s, u"wrong-1-wrong"_s);
    const QString wrong = m_dialog->message();
    login(u"aigerim"_s, u"wrong-2-wrong"_s);
    // Locked now: even the right password is refused, and the message says until when.
    login(u"aigerim"_s, kOperatorPassword);
    QVERIFY(!m_dialog->user());
    const auto user = m_store->user(u"aigerim"_s);
    QVERIFY(user.lockedUntil.has_value());
    const QString message = m_dialog->message();
    QVERIFY(message != wrong);
    QVERIFY2(message.contains(user.lockedUntil->toLocalTime().toString(u"HH:mm"_s)), qPrintable(message));
}

void TestLogin::inactiveAccountSaysSo()
{
    login(u"aigerim"_s, u"wrong-1-wrong"_s);
    const QString wrong = m_dialog->message();
    const auto admin = m_store->user(u"admin"_s);
    QVERIFY(m_store->users->setActive(admin.actor(), m_store->user(u"aigerim"_s).id, false).ok());
    login(u"aigerim"_s, kOperatorPassword);
    QVERIFY(!m_dialog->user());
    QVERIFY(!m_dialog->message().isEmpty());
    QVERIFY(m_dialog->message() != wrong);
}

void TestLogin::languageAppliesAtOnce()
{
    auto *combo = m_dialog->findChild<QComboBox *>(u"languageCombo"_s);
    combo->setFocus();
    press(Qt::Key_Down);
    QCOMPARE(dsn::gui::uiLanguage(), dsn::Language::Russian);
    press(Qt::Key_Up);
    QCOMPARE(dsn::gui::uiLanguage(), dsn::Language::Kazakh);
}

void TestLogin::firstAdministrator()
{
    QTemporaryDir dir;
    auto db = dsn::Database::open(dir.filePath(u"first.sqlite"_s));
    QVERIFY(db.ok());
    dsn::UserStore users(**db, dsn::PasswordCost::fastForTests());
    QVERIFY(*users.needsFirstAdministrator());
    dsn::gui::FirstAdministratorDialog dialog(users);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(focused(), dialog.usernameEdit());
    type(u"boss"_s);
    press(Qt::Key_Tab);
    type(u"Бастық Бақыт"_s);
    press(Qt::Key_Tab);
    type(u"AST"_s);
    press(Qt::Key_Tab);
    type(u"first-admin-pass"_s);
    press(Qt::Key_Tab);
    type(u"first-admin-pasS"_s);
    press(Qt::Key_Return);
    QVERIFY(!dialog.user());
    QCOMPARE(focused(), dialog.repeatEdit());
    QVERIFY(!dialog.message().isEmpty());
    QVERIFY(*users.needsFirstAdministrator());

    dialog.repeatEdit()->clear();
    type(u"first-admin-pass"_s);
    press(Qt::Key_Return);
    QVERIFY2(dialog.user().has_value(), qPrintable(dialog.message()));
    QCOMPARE(dialog.user()->role, dsn::Role::Administrator);
    QVERIFY(!*users.needsFirstAdministrator());
    QVERIFY(users.authenticate(u"boss"_s, u"first-admin-pass"_s).ok());
}

void TestLogin::firstAdministratorSetsAPasswordOfTheirOwn_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("problem");
    for (const dsn::DemoAccount &a : dsn::demoAccounts()) {
        QTest::addRow("demo password of %s", qPrintable(a.username))
            << a.password << dsn::demoPasswordProblem(a.password);
    }
    QTest::newRow("demo password in capitals")
        << u"DEMO-ADMIN-2026"_s << dsn::demoPasswordProblem(u"demo-admin-2026"_s);
    QTest::newRow("empty") << QString() << dsn::UserStore::passwordProblem(u"boss"_s, QString());
    QTest::newRow("too short") << u"short1"_s << dsn::UserStore::passwordProblem(u"boss"_s, u"short1"_s);
}

// The first-run screen takes no password the demonstration published, and none that is empty or
// too short: it says why, in the dialog, and nobody is created.
void TestLogin::firstAdministratorSetsAPasswordOfTheirOwn()
{
    QFETCH(QString, password);
    QFETCH(QString, problem);
    QVERIFY(!problem.isEmpty());
    QTemporaryDir dir;
    auto db = dsn::Database::open(dir.filePath(u"first.sqlite"_s));
    QVERIFY(db.ok());
    dsn::UserStore users(**db, dsn::PasswordCost::fastForTests());
    dsn::gui::FirstAdministratorDialog dialog(users);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    type(u"boss"_s);
    press(Qt::Key_Tab);
    type(u"Бастық Бақыт"_s);
    press(Qt::Key_Tab);
    type(u"AST"_s);
    press(Qt::Key_Tab);
    type(password);
    press(Qt::Key_Tab);
    type(password);
    press(Qt::Key_Return);
    QCOMPARE(dialog.message(), problem);
    QVERIFY(!dialog.user());
    QVERIFY(dialog.isVisible());
    QCOMPARE(focused(), dialog.passwordEdit());
    QVERIFY(*users.needsFirstAdministrator());

    // A password of their own, typed twice, goes through.
    dialog.passwordEdit()->clear();
    type(u"own-first-pass"_s);
    dialog.repeatEdit()->clear();
    dialog.repeatEdit()->setFocus();
    type(u"own-first-pass"_s);
    press(Qt::Key_Return);
    QVERIFY2(dialog.user().has_value(), qPrintable(dialog.message()));
    QVERIFY(users.authenticate(u"boss"_s, u"own-first-pass"_s).ok());
}

QTEST_MAIN(TestLogin)
#include "test_login.moc"
