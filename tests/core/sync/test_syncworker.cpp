// When a sync run sends and what stops it, against a fake office on the loopback interface: the
// settings and the address, the backoff after server errors, a person asking, a refused token;
// and the background worker that runs the client on a schedule and on "sync now".
#include "casesamples.h"
#include "storerows.h"
#include "syncfixture.h"

#include "base/storetime.h"
#include "sync/syncclient.h"
#include "sync/syncstore.h"
#include "sync/syncworker.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;
using dsn::SyncReport;

class TestSyncWorker : public QObject, private SyncFixture
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(openSync()); }
    void cleanup() { closeSync(); }
    void wrongAddressMarksNothing();
    void serverErrorsBackOffWithJitter();
    void runAskedForByAPersonIgnoresTheBackoff();
    void unauthorizedStopsAndReports();
    void withoutSettingsNothingIsSent();
    void plainHttpOnlyOnThisComputer();
    void workerSyncsInTheBackground();
    void workerAfterARefusedTokenWaitsForForceSync();
    void workerForceSyncIgnoresTheBackoff();
};

void TestSyncWorker::wrongAddressMarksNothing()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    auto c = client();
    c->setSettings({ m_office->url() + u"/elsewhere"_s, m_office->token });
    SyncReport report = run(*c);
    QVERIFY(report.error.contains(u"404"_s));
    QCOMPARE(report.failed(), 0);
    QVERIFY(!report.ok());
    QCOMPARE(outbox(a, u"attempts"_s).toInt(), 0);
    QVERIFY(outbox(a, u"failure"_s).isNull());
    QVERIFY(outbox(a, u"next_attempt_at"_s).isNull());
    QCOMPARE(m_office->requests, 1);
}

void TestSyncWorker::serverErrorsBackOffWithJitter()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    m_office->pushScript
        = { FakeOffice::Mode::ServerError, FakeOffice::Mode::ServerError, FakeOffice::Mode::ServerError };
    auto c = client();
    // With the base of 10 s, the n-th failure waits between half of 10 s * 2^(n-1) and all of it.
    const QList<double> randoms { 0.0, 0.5, 0.999 };
    const QList<qint64> lower { 5'000, 10'000, 20'000 };
    const QList<qint64> upper { 10'000, 20'000, 40'000 };
    for (int i = 0; i < 3; ++i) {
        m_random = randoms.at(i);
        SyncReport report = run(*c);
        QCOMPARE(report.retryLater, 1);
        QVERIFY(report.error.contains(u"500"_s));
        QCOMPARE(outbox(a, u"attempts"_s).toInt(), i + 1);
        QVERIFY(c->status()->lastError.contains(u"500"_s));
        QVERIFY(outbox(a, u"last_error"_s).toString().contains(u"500"_s));
        const QDateTime next = *dsn::fromStoreTime(outbox(a, u"next_attempt_at"_s).toString());
        const qint64 wait = m_now.msecsTo(next);
        QVERIFY2(wait >= lower.at(i) && wait <= upper.at(i), qPrintable(QString::number(wait)));
        // Not due before its time: nothing is sent.
        m_now = next.addMSecs(-1);
        QCOMPARE(run(*c).pushed, 0);
        m_now = next;
    }
    QCOMPARE(m_office->pushRequests, 3);
    SyncReport report = run(*c);
    QCOMPARE(report.acknowledged, 1);
    QVERIFY(outbox(a, u"last_error"_s).isNull());
}

void TestSyncWorker::runAskedForByAPersonIgnoresTheBackoff()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    const QString b = intake(u"ТОО Бета"_s, 2);
    m_office->pushScript = { FakeOffice::Mode::ServerError };
    auto c = client();
    SyncReport report = run(*c);
    QCOMPARE(report.retryLater, 2);
    QVERIFY(!outbox(a, u"next_attempt_at"_s).isNull());
    // The background waits for the backoff...
    QCOMPARE(run(*c).pushed, 0);
    QCOMPARE(m_office->pushRequests, 1);
    // ...a person asking does not: every item not yet acknowledged goes now, once.
    report = run(*c, dsn::SyncTrigger::Person);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.pushed, 2);
    QCOMPARE(report.acknowledged, 2);
    QCOMPARE(m_office->receivedUids.count(uidOf(a)), 2);
    QCOMPARE(m_office->receivedUids.count(uidOf(b)), 2);
    QVERIFY(!outbox(b, u"acknowledged_at"_s).isNull());

    // Failed for good (a conflict) stays failed, whoever asks.
    const QString d = intake(u"ТОО Дельта"_s, 3);
    m_office->stored.insert(uidOf(d), QString(64, u'f'));
    QCOMPARE(run(*c, dsn::SyncTrigger::Person).conflicts, 1);
    report = run(*c, dsn::SyncTrigger::Person);
    QCOMPARE(report.pushed, 0);
    QVERIFY(report.ok());
}

void TestSyncWorker::unauthorizedStopsAndReports()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    intake(u"ТОО Бета"_s, 2);
    auto c = client();
    c->setSettings({ m_office->url(), u"wrong"_s });
    SyncReport report = run(*c);
    QVERIFY(report.authRejected);
    QVERIFY(report.error.contains(u"unknown token"_s));
    QCOMPARE(report.acknowledged, 0);
    QCOMPARE(m_office->requests, 1); // no further batch, no pull
    QCOMPARE(outbox(a, u"attempts"_s).toInt(), 0);
    QVERIFY(outbox(a, u"next_attempt_at"_s).isNull());
    QVERIFY(outbox(a, u"failure"_s).isNull());
    auto status = c->status();
    QCOMPARE(status->pending, 2);
    QVERIFY(status->lastError.contains(u"unknown token"_s));
    QVERIFY(!status->lastSuccess.isValid());
}

void TestSyncWorker::withoutSettingsNothingIsSent()
{
    intake(u"ТОО Альфа"_s, 1);
    dsn::SyncClient c(*m_db, {});
    SyncReport report = run(c);
    QVERIFY(!report.ok());
    QVERIFY(report.error.contains(u"not set up"_s));
    QCOMPARE(m_office->requests, 0);
}

void TestSyncWorker::plainHttpOnlyOnThisComputer()
{
    intake(u"ТОО Альфа"_s, 1);
    auto c = client();
    c->setSettings({ u"http://office.example.kz"_s, u"t"_s });
    SyncReport report = run(*c);
    QVERIFY(report.error.contains(u"https"_s));
    QCOMPARE(report.pushed, 0);
}

void TestSyncWorker::workerSyncsInTheBackground()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    QVERIFY(dsn::SyncStore(*m_db).saveSettings({ m_office->url(), m_office->token }, dsn::Actor::system()));
    dsn::SyncWorker::Options o;
    o.database = m_db;
    o.intervalMs = 3'600'000;
    dsn::SyncWorker worker(o);
    QSignalSpy finished(&worker, &dsn::SyncWorker::finished);
    QSignalSpy status(&worker, &dsn::SyncWorker::statusChanged);
    worker.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20'000);
    QVERIFY(finished.at(0).at(0).value<SyncReport>().ok());
    QCOMPARE(finished.at(0).at(0).value<SyncReport>().acknowledged, 1);
    QCOMPARE(status.last().at(0).value<dsn::SyncStatus>().pending, 0);
    QVERIFY(!outbox(a, u"acknowledged_at"_s).isNull());

    const QString b = intake(u"ТОО Бета"_s, 2);
    worker.forceSync();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20'000);
    QCOMPARE(finished.at(1).at(0).value<SyncReport>().acknowledged, 1);
    QVERIFY(!outbox(b, u"acknowledged_at"_s).isNull());
    worker.stop();
    QVERIFY(!worker.isStarted());
}

void TestSyncWorker::workerAfterARefusedTokenWaitsForForceSync()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    QVERIFY(dsn::SyncStore(*m_db).saveSettings({ m_office->url(), u"revoked"_s }, dsn::Actor::system()));
    dsn::SyncWorker::Options o;
    o.database = m_db;
    o.intervalMs = 3'600'000;
    dsn::SyncWorker worker(o);
    QSignalSpy finished(&worker, &dsn::SyncWorker::finished);
    worker.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20'000);
    QVERIFY(finished.at(0).at(0).value<SyncReport>().authRejected);
    QVERIFY(outbox(a, u"acknowledged_at"_s).isNull());

    // The administrator puts the right token in; "sync now" takes it.
    QVERIFY(dsn::SyncStore(*m_db).saveSettings({ m_office->url(), m_office->token }, dsn::Actor::system()));
    worker.forceSync();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20'000);
    QVERIFY(finished.at(1).at(0).value<SyncReport>().ok());
    QVERIFY(!outbox(a, u"acknowledged_at"_s).isNull());
}

void TestSyncWorker::workerForceSyncIgnoresTheBackoff()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    QVERIFY(dsn::SyncStore(*m_db).saveSettings({ m_office->url(), m_office->token }, dsn::Actor::system()));
    m_office->pushScript = { FakeOffice::Mode::ServerError };
    dsn::SyncWorker::Options o;
    o.database = m_db;
    o.intervalMs = 1'000;
    o.client.retry.baseMs = 3'600'000; // a failed item waits at least half an hour
    o.client.retry.maxMs = 3'600'000;
    dsn::SyncWorker worker(o);
    QSignalSpy finished(&worker, &dsn::SyncWorker::finished);
    worker.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20'000);
    QCOMPARE(finished.at(0).at(0).value<SyncReport>().retryLater, 1);
    // The next scheduled run waits for the item's backoff: nothing is sent.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20'000);
    QCOMPARE(finished.at(1).at(0).value<SyncReport>().pushed, 0);
    QCOMPARE(m_office->pushRequests, 1);

    // "Sync now" sends it at once.
    const qsizetype before = finished.count();
    worker.forceSync();
    const auto acknowledged = [&] {
        for (qsizetype i = before; i < finished.count(); ++i) {
            if (finished.at(i).at(0).value<SyncReport>().acknowledged == 1)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(acknowledged(), 20'000);
    worker.stop();
    QCOMPARE(m_office->pushRequests, 2);
    QVERIFY(!outbox(a, u"acknowledged_at"_s).isNull());
}

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "test_syncworker.moc"
