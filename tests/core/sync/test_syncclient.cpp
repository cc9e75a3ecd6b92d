#include "cases/casestore.h"
#include "store/database.h"
#include "store/sql.h"
#include "sync/syncclient.h"
#include "sync/syncworker.h"

#include "casesamples.h"
#include "fakeoffice.h"
#include "storefixture.h"
#include "storerows.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;
using dsn::SyncReport;

namespace {

// Tuesday 4 March 2025, 10:15 in Astana.
const QDateTime kReceived(QDate(2025, 3, 4), QTime(10, 15), QTimeZone(5 * 3600));

} // namespace

class TestSyncClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void acknowledgedOnlyAfterTheOfficeAnswers();
    void lostResponseIsRetriedAndAcknowledgedOnce();
    void conflictIsReportedAndNeverRetried();
    void badRequestIsKeptNotRetried();
    void resultsLeftOutAreRetried();
    void oneBadItemDoesNotSpoilItsBatch();
    void wrongAddressMarksNothing();
    void invalidIsKeptUnknownAnswerIsRetried();
    void serverErrorsBackOffWithJitter();
    void runAskedForByAPersonIgnoresTheBackoff();
    void unauthorizedStopsAndReports();
    void decisionsArePulledOnce_data();
    void decisionsArePulledOnce();
    void manyBatchesAndPages();
    void pushedItemsFollowTheContract();
    void failingUpdateChangesNothing();
    void unsentOlderThanNamesOldCases();
    void withoutSettingsNothingIsSent();
    void plainHttpOnlyOnThisComputer();
    void workerSyncsInTheBackground();
    void workerAfterARefusedTokenWaitsForForceSync();
    void workerForceSyncIgnoresTheBackoff();

private:
    QString intake(const QString &name, int n, const QDateTime &received = kReceived);
    std::unique_ptr<dsn::SyncClient> client(int timeoutMs = 5000);
    SyncReport run(dsn::SyncClient &c, dsn::SyncTrigger trigger = dsn::SyncTrigger::Schedule);
    QVariant outbox(const QString &caseNumber, const QString &column);
    QString uidOf(const QString &caseNumber);
    QString statusOf(const QString &caseNumber);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<dsn::Database> m_db;
    std::unique_ptr<FakeOffice> m_office;
    QDateTime m_now;
    double m_random = 0.0;
};

void TestSyncClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The sync token file goes to the test's own configuration folder.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(u"config"_s)));
    m_now = QDateTime(QDate(2025, 3, 4), QTime(6, 0), QTimeZone::utc());
    m_random = 0.0;
    dsn::Database::Options options;
    options.clock = [this] {
        return m_now;
    };
    m_db = openStore(m_dir->filePath(u"store.sqlite"_s), options);
    QVERIFY(m_db);
    QVERIFY(setSetting(*m_db, u"workstation.office"_s, u"SC-AST-01"_s));
    m_office = std::make_unique<FakeOffice>();
    QVERIFY(m_office->listen());
}

void TestSyncClient::cleanup()
{
    m_office.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestSyncClient::intake(const QString &name, int n, const QDateTime &received)
{
    dsn::CaseStore store(*m_db);
    auto number = store.intake(application(name, validBin(n), received), dsn::Actor::system(),
        dsn::IntakeOptions { dsn::IntakeOrigin::OnBehalfOfCounter, u"test"_s });
    return number ? *number : QString();
}

std::unique_ptr<dsn::SyncClient> TestSyncClient::client(int timeoutMs)
{
    dsn::SyncClient::Options o;
    o.settings = { m_office->url(), m_office->token };
    o.timeoutMs = timeoutMs;
    o.random = [this] {
        return m_random;
    };
    o.retry.baseMs = 10'000;
    o.retry.maxMs = 600'000;
    return std::make_unique<dsn::SyncClient>(*m_db, o);
}

SyncReport TestSyncClient::run(dsn::SyncClient &c, dsn::SyncTrigger trigger)
{
    QSignalSpy finished(&c, &dsn::SyncClient::finished);
    c.syncOnce(trigger);
    if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 20'000)) {
        SyncReport unfinished;
        unfinished.error = u"the run did not end"_s;
        return unfinished;
    }
    return finished.at(0).at(0).value<SyncReport>();
}

QVariant TestSyncClient::outbox(const QString &caseNumber, const QString &column)
{
    auto v = dsn::sqlScalar(m_db->connection(),
        u"SELECT o."_s + column
            + u" FROM outbox o JOIN applications a ON a.id = o.application_id"
              u" WHERE a.case_number = ? AND o.kind = 'application'"_s,
        { caseNumber });
    return v ? *v : QVariant(u"error"_s);
}

QString TestSyncClient::uidOf(const QString &caseNumber)
{
    auto v = dsn::sqlScalar(
        m_db->connection(), u"SELECT uid FROM applications WHERE case_number = ?"_s, { caseNumber });
    return v ? v->toString() : QString();
}

QString TestSyncClient::statusOf(const QString &caseNumber)
{
    auto v = dsn::sqlScalar(
        m_db->connection(), u"SELECT status FROM applications WHERE case_number = ?"_s, { caseNumber });
    return v ? v->toString() : QString();
}

void TestSyncClient::acknowledgedOnlyAfterTheOfficeAnswers()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    const QString b = intake(u"ТОО Бета"_s, 2);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    m_office->pushScript = { FakeOffice::Mode::Hang };
    auto c = client(1500);
    QSignalSpy finished(c.get(), &dsn::SyncClient::finished);
    c->syncOnce();
    // The office has read both items but not answered: nothing is marked sent.
    QTRY_COMPARE_WITH_TIMEOUT(m_office->receivedUids.size(), 2, 10'000);
    QVERIFY(c->isRunning());
    QVERIFY(outbox(a, u"acknowledged_at"_s).isNull());
    QVERIFY(outbox(b, u"acknowledged_at"_s).isNull());
    QCOMPARE(statusOf(a), u"accepted"_s);
    // No answer in time: retried later.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000);
    SyncReport report = finished.at(0).at(0).value<SyncReport>();
    QCOMPARE(report.acknowledged, 0);
    QCOMPARE(report.retryLater, 2);
    QVERIFY(!report.error.isEmpty());
    QVERIFY(outbox(a, u"acknowledged_at"_s).isNull());
    QCOMPARE(c->status()->pending, 2);

    // The answer comes: acknowledged, and the cases are sent.
    m_now = m_now.addSecs(3600);
    report = run(*c);
    QCOMPARE(report.pushed, 2);
    QCOMPARE(report.acknowledged, 2);
    QVERIFY(report.ok());
    QVERIFY(!outbox(a, u"acknowledged_at"_s).isNull());
    QVERIFY(!outbox(b, u"acknowledged_at"_s).isNull());
    QCOMPARE(statusOf(a), u"sent"_s);
    QCOMPARE(statusOf(b), u"sent"_s);
    QCOMPARE(c->status()->pending, 0);
    QCOMPARE(c->status()->lastSuccess, m_now);
    QVERIFY(c->status()->lastError.isEmpty());
}

void TestSyncClient::lostResponseIsRetriedAndAcknowledgedOnce()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    const QString uid = uidOf(a);
    // The office commits every push and then loses its answer. (The network layer may send a
    // request again once on a dropped connection: the office's answers stay idempotent.)
    m_office->loseResponses = true;
    auto c = client();
    SyncReport report = run(*c);
    QCOMPARE(report.acknowledged, 0);
    QCOMPARE(report.retryLater, 1);
    QVERIFY(m_office->stored.contains(uid)); // the office committed it
    QCOMPARE(m_office->answers.first(), u"stored"_s);
    QVERIFY(outbox(a, u"acknowledged_at"_s).isNull());
    QVERIFY(!outbox(a, u"next_attempt_at"_s).isNull());
    QCOMPARE(statusOf(a), u"accepted"_s);
    const qsizetype lost = m_office->receivedUids.size();

    // The answers get through again: the retry is a duplicate, acknowledged once.
    m_office->loseResponses = false;
    m_now = m_now.addSecs(3600);
    report = run(*c);
    QCOMPARE(report.acknowledged, 1);
    QVERIFY(report.ok());
    QCOMPARE(m_office->receivedUids.size(), lost + 1);
    QCOMPARE(m_office->receivedUids, QStringList(lost + 1, uid));
    QCOMPARE(m_office->answers.last(), u"duplicate"_s);
    QCOMPARE(m_office->answers.count(u"stored"_s), 1);
    QCOMPARE(m_office->stored.size(), 1);
    QVERIFY(!outbox(a, u"acknowledged_at"_s).isNull());
    QCOMPARE(outbox(a, u"attempts"_s).toInt(), 2);
    QCOMPARE(count(m_db->connection(), u"status_events"_s), 2); // accepted, then sent once

    // Acknowledged items are never sent again.
    m_now = m_now.addSecs(3600);
    report = run(*c);
    QCOMPARE(report.pushed, 0);
    QCOMPARE(m_office->receivedUids.size(), lost + 1);
}

void TestSyncClient::conflictIsReportedAndNeverRetried()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    const QString b = intake(u"ТОО Бета"_s, 2);
    m_office->stored.insert(uidOf(a), QString(64, u'0'));
    auto c = client();
    SyncReport report = run(*c);
    QCOMPARE(report.pushed, 2);
    QCOMPARE(report.acknowledged, 1);
    QCOMPARE(report.conflicts, 1);
    QCOMPARE(report.failed(), 1);
    QVERIFY(!report.ok());
    QVERIFY(outbox(a, u"acknowledged_at"_s).isNull());
    QCOMPARE(outbox(a, u"failure"_s).toString(), u"conflict"_s);
    QVERIFY(!outbox(b, u"acknowledged_at"_s).isNull());
    QCOMPARE(statusOf(a), u"accepted"_s);

    auto status = c->status();
    QVERIFY(status);
    QCOMPARE(status->conflicts, 1);
    QCOMPARE(status->pending, 0);
    auto failed = dsn::SyncStore(*m_db).failedPushes();
    QVERIFY(failed);
    QCOMPARE(failed->size(), 1);
    QCOMPARE(failed->at(0).caseNumber, a);
    QCOMPARE(failed->at(0).reason, u"the office holds another content for this case"_s);

    m_now = m_now.addDays(2);
    report = run(*c);
    QCOMPARE(report.pushed, 0);
    QCOMPARE(m_office->receivedUids.size(), 2);
    // Still shown as unsent to the counter.
    QCOMPARE(*dsn::SyncStore(*m_db).unsentOlderThan(3600), QStringList { a });
}

void TestSyncClient::badRequestIsKeptNotRetried()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    m_office->pushScript = { FakeOffice::Mode::BadRequest };
    auto c = client();
    SyncReport report = run(*c);
    QCOMPARE(report.rejected, 1);
    QVERIFY(report.error.contains(u"400"_s));
    QVERIFY(report.error.contains(u"no products"_s));
    QCOMPARE(outbox(a, u"failure"_s).toString(), u"rejected"_s);
    QCOMPARE(c->status()->rejected, 1);
    m_now = m_now.addDays(1);
    QCOMPARE(run(*c).pushed, 0);
    QCOMPARE(m_office->pushRequests, 1);
}

void TestSyncClient::oneBadItemDoesNotSpoilItsBatch()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    const QString b = intake(u"ТОО Бета"_s, 2);
    const QString c3 = intake(u"ТОО Гамма"_s, 3);
    m_office->refuseBatchWith = { uidOf(b) };
    auto c = client();
    SyncReport report = run(*c);
    QCOMPARE(report.pushed, 3);
    QCOMPARE(report.acknowledged, 2);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(m_office->pushRequests, 4); // the batch, then each of its items
    QVERIFY(!outbox(a, u"acknowledged_at"_s).isNull());
    QCOMPARE(outbox(b, u"failure"_s).toString(), u"rejected"_s);
    QVERIFY(!outbox(c3, u"acknowledged_at"_s).isNull());
}

void TestSyncClient::wrongAddressMarksNothing()
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

void TestSyncClient::resultsLeftOutAreRetried()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    m_office->pushScript = { FakeOffice::Mode::OmitResults };
    auto c = client();
    SyncReport report = run(*c);
    QCOMPARE(report.acknowledged, 0);
    QCOMPARE(report.retryLater, 1);
    QVERIFY(outbox(a, u"acknowledged_at"_s).isNull());
    QVERIFY(outbox(a, u"failure"_s).isNull());
    m_now = m_now.addSecs(3600);
    QCOMPARE(run(*c).acknowledged, 1);
}

void TestSyncClient::invalidIsKeptUnknownAnswerIsRetried()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    const QString b = intake(u"ТОО Бета"_s, 2);
    m_office->answerFor.insert(uidOf(a), u"invalid"_s);
    m_office->answerFor.insert(uidOf(b), u"postponed"_s);
    auto c = client();
    SyncReport report = run(*c);
    QCOMPARE(report.pushed, 2);
    QCOMPARE(report.acknowledged, 0);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.retryLater, 1);
    QCOMPARE(outbox(a, u"failure"_s).toString(), u"rejected"_s);
    QCOMPARE(outbox(a, u"last_error"_s).toString(), u"products[0].name: required"_s);
    QVERIFY(outbox(b, u"failure"_s).isNull());
    QVERIFY(!outbox(b, u"next_attempt_at"_s).isNull());
    m_office->answerFor.clear();
    m_now = m_now.addSecs(3600);
    report = run(*c);
    QCOMPARE(report.pushed, 1);
    QCOMPARE(report.acknowledged, 1);
    QVERIFY(outbox(a, u"acknowledged_at"_s).isNull());
    QVERIFY(!outbox(b, u"acknowledged_at"_s).isNull());
}

void TestSyncClient::serverErrorsBackOffWithJitter()
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

void TestSyncClient::runAskedForByAPersonIgnoresTheBackoff()
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

void TestSyncClient::unauthorizedStopsAndReports()
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

void TestSyncClient::decisionsArePulledOnce_data()
{
    QTest::addColumn<bool>("officeResendsEverything");
    QTest::newRow("office pages by after") << false;
    QTest::newRow("office resends old updates") << true;
}

void TestSyncClient::decisionsArePulledOnce()
{
    QFETCH(bool, officeResendsEverything);
    dsn::CaseStore store(*m_db);
    auto number = store.intake(
        application(u"ТОО Альфа"_s, validBin(1), kReceived,
            { { 1, u"АИ-92-К5"_s, u"СТ РК 1614-2006"_s }, { 2, u"ДТ-Л-К5"_s, u"СТ РК 1614"_s } }),
        dsn::Actor::system(), dsn::IntakeOptions { dsn::IntakeOrigin::OnBehalfOfCounter, u"test"_s });
    QVERIFY(number);
    const QString a = *number;
    const QString other = intake(u"ТОО Бета"_s, 2);
    auto c = client();
    QCOMPARE(run(*c).acknowledged, 2);
    QCOMPARE(statusOf(a), u"sent"_s);

    const QString uid = uidOf(a);
    m_office->ignoreAfter = officeResendsEverything;
    m_office->events = {
        { { u"seq"_s, 1 }, { u"case_uid"_s, uid }, { u"case_number"_s, a }, { u"status"_s, u"registered"_s },
            { u"at"_s, u"2025-03-04T11:00:00+05:00"_s }, { u"lines"_s, QJsonArray() } },
        { { u"seq"_s, 2 }, { u"case_uid"_s, u"not-a-case-of-this-workstation"_s },
            { u"status"_s, u"issued"_s }, { u"at"_s, u"2025-03-04T11:30:00+05:00"_s } },
        { { u"seq"_s, 3 }, { u"case_uid"_s, uid }, { u"case_number"_s, a },
            { u"status"_s, u"partly_issued"_s }, { u"at"_s, u"2025-03-05T09:00:00+05:00"_s },
            { u"lines"_s,
                QJsonArray { QJsonObject { { u"line_no"_s, 1 }, { u"decision"_s, u"issued"_s },
                                 { u"dsn_code"_s, u"305300011001"_s } },
                    QJsonObject { { u"line_no"_s, 2 }, { u"decision"_s, u"refused"_s },
                        { u"refusal_ground"_s, 2 },
                        { u"refusal_text"_s, u"a code exists for this product"_s } } } } },
    };
    m_now = m_now.addDays(1);
    SyncReport report = run(*c);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.pushed, 0);
    QCOMPARE(report.pulled, 2);
    QCOMPARE(statusOf(a), u"partly_issued"_s);
    QCOMPARE(statusOf(other), u"sent"_s);
    QCOMPARE(c->status()->lastSeq, 3);

    auto record = store.openCase(a, dsn::Actor::system());
    QVERIFY(record);
    QCOMPARE(record->registeredAt, QDateTime(QDate(2025, 3, 4), QTime(6, 0), QTimeZone::utc()));
    QCOMPARE(record->lines.size(), 2);
    QCOMPARE(record->lines.at(0).decision, u"issued"_s);
    QCOMPARE(record->lines.at(0).dsnCode, u"305300011001"_s);
    QCOMPARE(record->lines.at(1).decision, u"refused"_s);
    QCOMPARE(record->lines.at(1).refusalGround, std::optional<int>(2));
    QCOMPARE(record->lines.at(1).refusalText, u"a code exists for this product"_s);
    // accepted, sent, registered, in review, partly issued: each step of the table, once.
    QStringList steps;
    for (const dsn::StatusEvent &e : record->history)
        steps.append(dsn::statusKey(e.to));
    QCOMPARE(steps,
        QStringList({ u"accepted"_s, u"sent"_s, u"registered"_s, u"in_review"_s, u"partly_issued"_s }));
    QCOMPARE(record->history.last().actorRole, u"system"_s);

    // The second pull applies nothing new.
    const auto before = snapshot(m_db->connection());
    report = run(*c);
    QVERIFY(report.ok());
    QCOMPARE(report.pulled, 0);
    QCOMPARE(m_office->pullAfters.last(), 3);
    auto after = snapshot(m_db->connection());
    QCOMPARE(after.value(u"applications"_s), before.value(u"applications"_s));
    QCOMPARE(after.value(u"product_lines"_s), before.value(u"product_lines"_s));
    QCOMPARE(after.value(u"status_events"_s), before.value(u"status_events"_s));
}

void TestSyncClient::manyBatchesAndPages()
{
    QStringList numbers;
    for (int i = 0; i < 7; ++i)
        numbers.append(intake(u"ТОО %1"_s.arg(i), 10 + i));
    dsn::SyncClient::Options o;
    o.settings = { m_office->url(), m_office->token };
    o.batchSize = 3;
    o.pullLimit = 2;
    dsn::SyncClient c(*m_db, o);
    for (int i = 0; i < 5; ++i) {
        m_office->events.append(QJsonObject { { u"seq"_s, i + 1 }, { u"case_uid"_s, uidOf(numbers.at(i)) },
            { u"status"_s, u"registered"_s }, { u"at"_s, u"2025-03-04T11:00:00+05:00"_s } });
    }
    SyncReport report = run(c);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(m_office->pushRequests, 3);
    QCOMPARE(report.pushed, 7);
    QCOMPARE(report.acknowledged, 7);
    QCOMPARE(report.pulled, 5);
    QCOMPARE(m_office->pullAfters, QList<qint64>({ 0, 2, 4 }));
    QCOMPARE(statusOf(numbers.at(4)), u"registered"_s);
    QCOMPARE(statusOf(numbers.at(5)), u"sent"_s);
}

void TestSyncClient::pushedItemsFollowTheContract()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    auto c = client();
    QCOMPARE(run(*c).acknowledged, 1);
    QCOMPARE(m_office->pushedItems.size(), 1);
    const QJsonObject item = m_office->pushedItems.first();
    QCOMPARE(item.keys(),
        QStringList({ u"application"_s, u"case_number"_s, u"case_uid"_s, u"content_hash"_s, u"kind"_s }));
    QCOMPARE(item.value(u"kind"_s).toString(), u"application"_s);
    QCOMPARE(item.value(u"case_number"_s).toString(), a);
    QCOMPARE(item.value(u"case_uid"_s).toString(), uidOf(a));
    auto hash = dsn::sqlScalar(
        m_db->connection(), u"SELECT content_hash FROM applications WHERE case_number = ?"_s, { a });
    QCOMPARE(item.value(u"content_hash"_s).toString(), hash->toString());
    const QJsonObject application = item.value(u"application"_s).toObject();
    QCOMPARE(application.value(u"taxpayer_id"_s).toString(), validBin(1));
    QCOMPARE(application.value(u"received_at"_s).toString(), u"2025-03-04T05:15:00.000Z"_s);
    QCOMPARE(application.value(u"products"_s).toArray().size(), 1);
}

void TestSyncClient::failingUpdateChangesNothing()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    auto c = client();
    QCOMPARE(run(*c).acknowledged, 1);
    // The store refuses one of the changes an update brings: the whole page is rolled back.
    QVERIFY(m_db->write([](QSqlDatabase &db) {
        return dsn::sqlExec(db,
            u"CREATE TRIGGER refuse_code BEFORE UPDATE OF dsn_code ON product_lines"
            u" WHEN NEW.dsn_code = '399999999999' BEGIN SELECT RAISE(ABORT, 'refused'); END"_s);
    }));
    const QString uid = uidOf(a);
    m_office->events = {
        { { u"seq"_s, 1 }, { u"case_uid"_s, uid }, { u"status"_s, u"registered"_s },
            { u"at"_s, u"2025-03-04T11:00:00+05:00"_s } },
        { { u"seq"_s, 2 }, { u"case_uid"_s, uid }, { u"status"_s, u"issued"_s },
            { u"at"_s, u"2025-03-04T12:00:00+05:00"_s },
            { u"lines"_s,
                QJsonArray { QJsonObject { { u"line_no"_s, 1 }, { u"decision"_s, u"issued"_s },
                    { u"dsn_code"_s, u"399999999999"_s } } } } },
    };
    const auto before = snapshot(m_db->connection());
    SyncReport report = run(*c);
    QVERIFY(!report.ok());
    QCOMPARE(report.pulled, 0);
    QCOMPARE(c->status()->lastSeq, 0);
    const auto after = snapshot(m_db->connection());
    QCOMPARE(after.value(u"applications"_s), before.value(u"applications"_s));
    QCOMPARE(after.value(u"status_events"_s), before.value(u"status_events"_s));
    QCOMPARE(after.value(u"audit_log"_s), before.value(u"audit_log"_s));
    QCOMPARE(statusOf(a), u"sent"_s);

    // Once the store takes it, the same page applies whole.
    QVERIFY(m_db->write([](QSqlDatabase &db) { return dsn::sqlExec(db, u"DROP TRIGGER refuse_code"_s); }));
    report = run(*c);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.pulled, 2);
    QCOMPARE(statusOf(a), u"issued"_s);
    QCOMPARE(c->status()->lastSeq, 2);
}

void TestSyncClient::unsentOlderThanNamesOldCases()
{
    const QString early = intake(u"ТОО Альфа"_s, 1, kReceived.addSecs(-7200));
    const QString late = intake(u"ТОО Бета"_s, 2, kReceived);
    dsn::SyncStore store(*m_db);
    m_now = kReceived.toUTC().addSecs(1800);
    QCOMPARE(*store.unsentOlderThan(3600), QStringList { early });
    m_now = kReceived.toUTC().addSecs(7200);
    QCOMPARE(*store.unsentOlderThan(3600), QStringList({ early, late }));
    auto c = client();
    QCOMPARE(run(*c).acknowledged, 2);
    QVERIFY(store.unsentOlderThan(3600)->isEmpty());
}

void TestSyncClient::withoutSettingsNothingIsSent()
{
    intake(u"ТОО Альфа"_s, 1);
    dsn::SyncClient c(*m_db, {});
    SyncReport report = run(c);
    QVERIFY(!report.ok());
    QVERIFY(report.error.contains(u"not set up"_s));
    QCOMPARE(m_office->requests, 0);
}

void TestSyncClient::plainHttpOnlyOnThisComputer()
{
    intake(u"ТОО Альфа"_s, 1);
    auto c = client();
    c->setSettings({ u"http://office.example.kz"_s, u"t"_s });
    SyncReport report = run(*c);
    QVERIFY(report.error.contains(u"https"_s));
    QCOMPARE(report.pushed, 0);
}

void TestSyncClient::workerSyncsInTheBackground()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    QVERIFY(dsn::SyncStore(*m_db).saveSettings({ m_office->url(), m_office->token }, dsn::Actor::system()));
    dsn::SyncWorker::Options o;
    o.database = m_db.get();
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

void TestSyncClient::workerAfterARefusedTokenWaitsForForceSync()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    QVERIFY(dsn::SyncStore(*m_db).saveSettings({ m_office->url(), u"revoked"_s }, dsn::Actor::system()));
    dsn::SyncWorker::Options o;
    o.database = m_db.get();
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

void TestSyncClient::workerForceSyncIgnoresTheBackoff()
{
    const QString a = intake(u"ТОО Альфа"_s, 1);
    QVERIFY(dsn::SyncStore(*m_db).saveSettings({ m_office->url(), m_office->token }, dsn::Actor::system()));
    m_office->pushScript = { FakeOffice::Mode::ServerError };
    dsn::SyncWorker::Options o;
    o.database = m_db.get();
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

QTEST_GUILESS_MAIN(TestSyncClient)
#include "test_syncclient.moc"
