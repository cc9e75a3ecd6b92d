#include "sync/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

// The backoff: the n-th failure in a row waits between half of base * 2^(n-1) and all of it,
// never more than the cap and never less than the floor.
class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void delay_data();
    void delay();
    void nextAttemptUsesTheRandomSource();
};

void TestRetryPolicy::delay_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");
    // base 10 s, cap 60 s, floor 1 s.
    QTest::newRow("first, lowest") << 1 << 0.0 << qint64(5'000);
    QTest::newRow("first, middle") << 1 << 0.5 << qint64(7'500);
    QTest::newRow("second, lowest") << 2 << 0.0 << qint64(10'000);
    QTest::newRow("third, middle") << 3 << 0.5 << qint64(30'000);
    QTest::newRow("fourth reaches the cap") << 4 << 0.0 << qint64(30'000);
    QTest::newRow("hundredth stays at the cap") << 100 << 0.5 << qint64(45'000);
    QTest::newRow("random above 1 is clamped") << 1 << 7.0 << qint64(10'000);
    QTest::newRow("random below 0 is clamped") << 1 << -1.0 << qint64(5'000);
}

void TestRetryPolicy::delay()
{
    QFETCH(int, failures);
    QFETCH(double, random);
    QFETCH(qint64, expected);
    dsn::RetryPolicy policy;
    policy.baseMs = 10'000;
    policy.maxMs = 60'000;
    QCOMPARE(policy.delayMs(failures, random), expected);
    QVERIFY(policy.delayMs(failures, random) <= policy.ceilingMs(failures));
    QVERIFY(policy.delayMs(failures, random) >= policy.ceilingMs(failures) / 2);
}

void TestRetryPolicy::nextAttemptUsesTheRandomSource()
{
    dsn::RetryPolicy policy;
    policy.baseMs = 200;
    policy.minMs = 1'000;
    const QDateTime now(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
    // A base below the floor is raised to the floor.
    QCOMPARE(policy.nextAttempt(now, 1, [] { return 0.0; }), now.addMSecs(1'000));
    policy.baseMs = 4'000;
    QCOMPARE(policy.nextAttempt(now, 1, [] { return 0.25; }), now.addMSecs(2'500));
    QCOMPARE(policy.nextAttempt(now, 2, [] { return 0.25; }), now.addMSecs(5'000));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "test_retrypolicy.moc"
