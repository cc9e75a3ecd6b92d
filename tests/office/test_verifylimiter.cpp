// The rate limit of the public certificate check, on a clock the test moves: the limit per minute
// and address, Retry-After, the first refusal recorded and the further ones counted into the
// address's next record, IPv6 counted by its /64 network, and a bounded table of addresses.
#include "officecore/verifylimiter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsn::office::VerifyLimiter;
using namespace std::chrono_literals;

class TestVerifyLimiter : public QObject
{
    Q_OBJECT

private slots:
    void limitsEachAddressPerMinute();
    void refusalsAreCountedIntoTheNextRecord();
    void ipv6CountsByItsNetwork();
    void manyAddressesStayBounded();

private:
    VerifyLimiter limiter(int perMinute)
    {
        return VerifyLimiter(perMinute, [this] { return m_now; });
    }
    std::chrono::steady_clock::time_point m_now { std::chrono::steady_clock::time_point() + 1000h };
};

void TestVerifyLimiter::limitsEachAddressPerMinute()
{
    VerifyLimiter l = limiter(3);
    for (int i = 0; i < 3; ++i) {
        const VerifyLimiter::Verdict v = l.admit(u"192.0.2.1"_s);
        QVERIFY(v.admitted);
        QVERIFY(v.record);
        QCOMPARE(v.retryAfterSeconds, 0);
        m_now += 10s;
    }
    // The fourth within the minute that began 30 s ago: refused until it ends.
    const VerifyLimiter::Verdict refused = l.admit(u"192.0.2.1"_s);
    QVERIFY(!refused.admitted);
    QCOMPARE(refused.retryAfterSeconds, 30);
    // Another address has a limit of its own.
    QVERIFY(l.admit(u"192.0.2.2"_s).admitted);
    m_now += 29500ms;
    QCOMPARE(l.admit(u"192.0.2.1"_s).retryAfterSeconds, 1);
    m_now += 500ms;
    QVERIFY(l.admit(u"192.0.2.1"_s).admitted); // a new minute
}

void TestVerifyLimiter::refusalsAreCountedIntoTheNextRecord()
{
    VerifyLimiter l = limiter(2);
    QVERIFY(l.admit(u"192.0.2.1"_s).admitted);
    QVERIFY(l.admit(u"192.0.2.1"_s).admitted);
    const VerifyLimiter::Verdict first = l.admit(u"192.0.2.1"_s);
    QVERIFY(!first.admitted);
    QVERIFY(first.record); // the first refusal of the minute is recorded
    QCOMPARE(first.refusedBefore, 0);
    for (int i = 0; i < 5; ++i) {
        const VerifyLimiter::Verdict v = l.admit(u"192.0.2.1"_s);
        QVERIFY(!v.admitted);
        QVERIFY(!v.record);
    }
    m_now += 60s;
    const VerifyLimiter::Verdict next = l.admit(u"192.0.2.1"_s);
    QVERIFY(next.admitted);
    QCOMPARE(next.refusedBefore, 5);
    QCOMPARE(l.admit(u"192.0.2.1"_s).refusedBefore, 0);
}

void TestVerifyLimiter::ipv6CountsByItsNetwork()
{
    QCOMPARE(VerifyLimiter::key(u"2001:db8:1:2:aaaa::1"_s), VerifyLimiter::key(u"2001:db8:1:2:bbbb::9"_s));
    QVERIFY(VerifyLimiter::key(u"2001:db8:1:2::1"_s) != VerifyLimiter::key(u"2001:db8:1:3::1"_s));
    QCOMPARE(VerifyLimiter::key(u"::ffff:192.0.2.7"_s), u"192.0.2.7"_s);
    QCOMPARE(VerifyLimiter::key(u"192.0.2.7"_s), u"192.0.2.7"_s);
    VerifyLimiter l = limiter(1);
    QVERIFY(l.admit(u"2001:db8:1:2::1"_s).admitted);
    QVERIFY(!l.admit(u"2001:db8:1:2::2"_s).admitted);
    QVERIFY(l.admit(u"2001:db8:1:3::1"_s).admitted);
}

void TestVerifyLimiter::manyAddressesStayBounded()
{
    VerifyLimiter l = limiter(1);
    QVERIFY(l.admit(u"198.51.100.1"_s).admitted);
    QVERIFY(!l.admit(u"198.51.100.1"_s).admitted);
    // A flood of new addresses, more than the table holds, still each gets its request.
    for (int i = 0; i < VerifyLimiter::kMaxAddresses + 10; ++i) {
        const QString address = u"10.%1.%2.%3"_s.arg(i >> 16).arg((i >> 8) & 255).arg(i & 255);
        QVERIFY(l.admit(address).admitted);
    }
    m_now += 61s;
    QVERIFY(l.admit(u"198.51.100.1"_s).admitted);
}

QTEST_GUILESS_MAIN(TestVerifyLimiter)
#include "test_verifylimiter.moc"
