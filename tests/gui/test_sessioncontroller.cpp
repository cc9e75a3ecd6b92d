// The session on its own, without the main window: the idle clock fed by the program's input,
// the lock that only the same user's password lifts, sign-out and quit, what each is recorded
// as, and what the user may do while signed in, locked and signed out (the permissions table).

#include "shellfixture.h"

#include "rules/permissions.h"
#include "session/lockscreen.h"
#include "session/sessioncontroller.h"

#include <QLineEdit>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace shellfixture;
using dsn::Action;
using dsn::gui::SessionController;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

} // namespace

class TestSessionController : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void idleLimitLocksOnceAndRecordsIt();
    void inputKeepsTheSessionAwake();
    void inputAfterTheLimitLocks();
    void unlockNeedsTheSameUsersPassword();
    void signOutEndsTheSession();
    void signOutFromTheLockScreen();
    void quitEndsWithoutSignOut();
    void permitsFollowTheTable_data();
    void permitsFollowTheTable();

private:
    void start(const QString &username);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<dsn::gui::LockScreen> m_lockScreen;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<QLineEdit> m_edit; // somewhere to type
};

void TestSessionController::init()
{
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open());
    m_lockScreen = std::make_unique<dsn::gui::LockScreen>();
    m_session = std::make_unique<SessionController>(
        *m_store->users, m_lockScreen.get(), [this] { return m_store->monotonicMs; });
    m_edit = std::make_unique<QLineEdit>();
    m_edit->show();
    m_edit->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_edit.get()));
}

void TestSessionController::cleanup()
{
    m_edit.reset();
    m_session.reset();
    m_lockScreen.reset();
    m_store.reset();
}

void TestSessionController::start(const QString &username)
{
    QSignalSpy started(m_session.get(), &SessionController::started);
    m_session->start(m_store->user(username));
    QCOMPARE(started.count(), 1);
    QVERIFY(m_session->isSignedIn());
    QCOMPARE(m_session->user()->username, username);
}

void TestSessionController::idleLimitLocksOnceAndRecordsIt()
{
    m_session->setIdleLimit(std::chrono::minutes(5));
    start(u"aigerim"_s);
    QSignalSpy locked(m_session.get(), &SessionController::locked);
    m_store->monotonicMs += 5 * kMinuteMs - 1;
    QVERIFY(!m_session->checkIdle());
    QVERIFY(!m_session->isLocked());
    QVERIFY(m_session->permits(Action::NewApplication));

    m_store->monotonicMs += 1;
    QVERIFY(m_session->checkIdle());
    QVERIFY(m_session->isLocked());
    QCOMPARE(locked.count(), 1);
    QCOMPARE(m_store->auditEvents().constLast(), u"session_locked"_s);
    const qsizetype events = m_store->auditEvents().size();
    // Asked again, it is already locked: no second lock, no second record.
    QVERIFY(!m_session->checkIdle());
    m_session->lock();
    QCOMPARE(locked.count(), 1);
    QCOMPARE(m_store->auditEvents().size(), events);
    QVERIFY(m_session->isSignedIn());
}

void TestSessionController::inputKeepsTheSessionAwake()
{
    start(u"aigerim"_s);
    m_store->monotonicMs += 9 * kMinuteMs;
    QTest::keyClick(m_edit.get(), Qt::Key_A);
    m_store->monotonicMs += 9 * kMinuteMs;
    QVERIFY(!m_session->checkIdle()); // 18 minutes in, 9 since the last key
    QTest::mouseClick(m_edit.get(), Qt::LeftButton);
    m_store->monotonicMs += 9 * kMinuteMs;
    QVERIFY(!m_session->checkIdle());
    QVERIFY(!m_session->isLocked());
    m_store->monotonicMs += 1 * kMinuteMs;
    QVERIFY(m_session->checkIdle());
}

void TestSessionController::inputAfterTheLimitLocks()
{
    start(u"aigerim"_s);
    QSignalSpy locked(m_session.get(), &SessionController::locked);
    m_store->monotonicMs += 10 * kMinuteMs;
    // The first key after the limit does not revive the session: it locks it.
    QTest::keyClick(m_edit.get(), Qt::Key_A);
    QCOMPARE(locked.count(), 1);
    QVERIFY(m_session->isLocked());
    QTest::keyClick(m_edit.get(), Qt::Key_B);
    QCOMPARE(locked.count(), 1);
    QVERIFY(m_session->isLocked());
}

void TestSessionController::unlockNeedsTheSameUsersPassword()
{
    start(u"aigerim"_s);
    QSignalSpy unlocked(m_session.get(), &SessionController::unlocked);
    // Not locked: a password changes nothing.
    m_session->unlock(kOperatorPassword);
    QCOMPARE(unlocked.count(), 0);

    m_session->lock();
    QVERIFY(m_session->isLocked());
    m_session->unlock(u"wrong-password"_s);
    QVERIFY(m_session->isLocked());
    QVERIFY(!m_lockScreen->message().isEmpty());
    QCOMPARE(m_store->auditEvents().constLast(), u"login_failed"_s);
    m_session->unlock(kReviewerPassword);
    QVERIFY(m_session->isLocked());
    QCOMPARE(unlocked.count(), 0);

    // From the lock screen, as the user types it.
    emit m_lockScreen->unlockRequested(kOperatorPassword);
    QCOMPARE(unlocked.count(), 1);
    QVERIFY(!m_session->isLocked());
    QVERIFY(m_lockScreen->message().isEmpty());
    QCOMPARE(m_session->user()->username, u"aigerim"_s);
    QCOMPARE(m_store->auditEvents().constLast(), u"login"_s);
    // The idle time starts again from the unlock.
    m_store->monotonicMs += 10 * kMinuteMs - 1;
    QVERIFY(!m_session->checkIdle());
}

void TestSessionController::signOutEndsTheSession()
{
    start(u"aigerim"_s);
    QSignalSpy ended(m_session.get(), &SessionController::ended);
    m_session->signOut();
    QCOMPARE(ended.count(), 1);
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(!m_session->user());
    QVERIFY(!m_session->isLocked());
    QCOMPARE(m_store->auditEvents().constLast(), u"logout"_s);
    // Nothing is left to sign out of, lock or time out.
    m_session->signOut();
    m_session->lock();
    m_store->monotonicMs += 60 * kMinuteMs;
    QVERIFY(!m_session->checkIdle());
    QCOMPARE(ended.count(), 1);
    QCOMPARE(m_store->auditEvents().constLast(), u"logout"_s);
}

void TestSessionController::signOutFromTheLockScreen()
{
    start(u"reviewer"_s);
    QSignalSpy ended(m_session.get(), &SessionController::ended);
    m_session->lock();
    emit m_lockScreen->signOutRequested();
    QCOMPARE(ended.count(), 1);
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(m_store->auditEvents().constLast(), u"logout"_s);
}

void TestSessionController::quitEndsWithoutSignOut()
{
    start(u"admin"_s);
    QSignalSpy ended(m_session.get(), &SessionController::ended);
    m_session->quit();
    QCOMPARE(ended.count(), 0); // no sign-out: the program ends, no login follows
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(m_store->auditEvents().constLast(), u"logout"_s);
}

void TestSessionController::permitsFollowTheTable_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("operator") << u"aigerim"_s;
    QTest::newRow("reviewer") << u"reviewer"_s;
    QTest::newRow("administrator") << u"admin"_s;
}

void TestSessionController::permitsFollowTheTable()
{
    QFETCH(QString, user);
    const dsn::Role role = m_store->user(user).role;
    const QList<Action> actions = dsn::allActions();
    for (Action action : actions)
        QVERIFY2(!m_session->permits(action) && !m_session->rolePermits(action),
            qPrintable(dsn::actionKey(action)));

    start(user);
    int permitted = 0;
    for (Action action : actions) {
        QCOMPARE(m_session->permits(action), dsn::permits(role, action));
        QCOMPARE(m_session->rolePermits(action), dsn::permits(role, action));
        permitted += m_session->permits(action) ? 1 : 0;
    }
    QVERIFY(permitted >= 3); // the work of the role, locking and signing out

    // Locked, only signing out is left; the role is still the role.
    m_session->lock();
    for (Action action : actions) {
        QCOMPARE(m_session->permits(action), action == Action::SignOut);
        QCOMPARE(m_session->rolePermits(action), dsn::permits(role, action));
    }

    m_session->signOut();
    for (Action action : actions)
        QVERIFY2(!m_session->permits(action) && !m_session->rolePermits(action),
            qPrintable(dsn::actionKey(action)));
}

QTEST_MAIN(TestSessionController)
#include "test_sessioncontroller.moc"
