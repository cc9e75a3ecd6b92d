#include "session/sessionclock.h"

#include <QtTest>

using namespace std::chrono_literals;

class SessionClockTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_ms = 1000; }
    void noSessionUntilStarted();
    void locksAfterIdleLimit();
    void activityKeepsSessionOpen();
    void activityAfterLimitDoesNotRevive();
    void checkIdleReportsTheLockOnce();
    void explicitLockAndSignInAgain();
    void signOutEndsSession();

private:
    dsn::SessionClock make(std::chrono::milliseconds limit = 10min)
    {
        return dsn::SessionClock(limit, [this] { return m_ms; });
    }
    qint64 m_ms = 0;
};

void SessionClockTest::noSessionUntilStarted()
{
    auto clock = make();
    QCOMPARE(clock.state(), dsn::SessionClock::State::NoSession);
    QVERIFY(!clock.isLocked());
    clock.touch();
    QCOMPARE(clock.state(), dsn::SessionClock::State::NoSession);
    QCOMPARE(clock.remaining(), 0ms);
}

void SessionClockTest::locksAfterIdleLimit()
{
    auto clock = make(10min);
    clock.start();
    QVERIFY(clock.isActive());
    m_ms += std::chrono::milliseconds(10min - 1ms).count();
    QVERIFY(clock.isActive());
    QCOMPARE(clock.remaining(), 1ms);
    m_ms += 1;
    QVERIFY(clock.isLocked());
    QCOMPARE(clock.remaining(), 0ms);
}

void SessionClockTest::activityKeepsSessionOpen()
{
    auto clock = make(10min);
    clock.start();
    for (int i = 0; i < 5; ++i) {
        m_ms += std::chrono::milliseconds(9min).count();
        clock.touch();
    }
    QVERIFY(clock.isActive());
    QCOMPARE(clock.idleFor(), 0ms);
}

void SessionClockTest::activityAfterLimitDoesNotRevive()
{
    auto clock = make(10min);
    clock.start();
    m_ms += std::chrono::milliseconds(11min).count();
    clock.touch();
    QVERIFY(clock.isLocked());
    m_ms += 1;
    QVERIFY(clock.isLocked());
}

void SessionClockTest::checkIdleReportsTheLockOnce()
{
    auto clock = make(1min);
    clock.start();
    QVERIFY(!clock.checkIdle());
    m_ms += std::chrono::milliseconds(1min).count();
    QVERIFY(clock.checkIdle());
    QVERIFY(!clock.checkIdle());
    QVERIFY(clock.isLocked());
}

void SessionClockTest::explicitLockAndSignInAgain()
{
    auto clock = make(10min);
    clock.start();
    clock.lock();
    QVERIFY(clock.isLocked());
    clock.touch();
    QVERIFY(clock.isLocked());
    clock.start();
    QVERIFY(clock.isActive());
    QCOMPARE(clock.remaining(), 10min);
}

void SessionClockTest::signOutEndsSession()
{
    auto clock = make(10min);
    clock.start();
    clock.end();
    QCOMPARE(clock.state(), dsn::SessionClock::State::NoSession);
    m_ms += std::chrono::milliseconds(1h).count();
    QVERIFY(!clock.checkIdle());
    QCOMPARE(clock.state(), dsn::SessionClock::State::NoSession);
}

QTEST_GUILESS_MAIN(SessionClockTest)
#include "test_sessionclock.moc"
