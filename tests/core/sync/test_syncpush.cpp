// The sync client's push, against a fake office on the loopback interface: an item is marked
// sent only once the office has answered for it, and each answer of the office (stored,
// duplicate, conflict, invalid, a refused request, an answer left out or lost) does what it says
// to the outbox.
#include "casesamples.h"
#include "storerows.h"
#include "syncfixture.h"

#include "sync/syncclient.h"
#include "sync/syncstore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;
using dsn::SyncReport;

class TestSyncPush : public QObject, private SyncFixture
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(openSync()); }
    void cleanup() { closeSync(); }
    void acknowledgedOnlyAfterTheOfficeAnswers();
    void lostResponseIsRetriedAndAcknowledgedOnce();
    void conflictIsReportedAndNeverRetried();
    void badRequestIsKeptNotRetried();
    void resultsLeftOutAreRetried();
    void oneBadItemDoesNotSpoilItsBatch();
    void invalidIsKeptUnknownAnswerIsRetried();
    void pushedItemsFollowTheContract();
    void theClerkGoesBesideTheApplication();
    void unsentOlderThanNamesOldCases();
};

void TestSyncPush::acknowledgedOnlyAfterTheOfficeAnswers()
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

void TestSyncPush::lostResponseIsRetriedAndAcknowledgedOnce()
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

void TestSyncPush::conflictIsReportedAndNeverRetried()
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

void TestSyncPush::badRequestIsKeptNotRetried()
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

void TestSyncPush::resultsLeftOutAreRetried()
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

void TestSyncPush::oneBadItemDoesNotSpoilItsBatch()
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

void TestSyncPush::invalidIsKeptUnknownAnswerIsRetried()
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

void TestSyncPush::pushedItemsFollowTheContract()
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

// A case taken in by a clerk carries who they are beside the application, outside its content
// hash; one taken in without a user (above) carries nobody.
void TestSyncPush::theClerkGoesBesideTheApplication()
{
    auto admin = m_store->users->createFirstAdministrator(
        { kAdministratorName, u"Әкімші Админ"_s, dsn::Role::Administrator, u"SC-AST-01"_s }, kAdminPassword);
    QVERIFY(admin);
    auto clerk = m_store->users->createUser(admin->actor(),
        { kOperatorName, u"Сейітқали Әйгерім"_s, dsn::Role::Operator, u"SC-AST-01"_s }, kOperatorPassword);
    QVERIFY(clerk);
    auto number = m_store->cases->intake(application(u"ТОО Альфа"_s, validBin(1), kReceived), clerk->actor(),
        dsn::IntakeOptions { dsn::IntakeOrigin::Counter, QString() });
    QVERIFY2(number, qPrintable(number ? QString() : number.error().message));
    auto c = client();
    QCOMPARE(run(*c).acknowledged, 1);
    const QJsonObject item = m_office->pushedItems.first();
    QCOMPARE(item.value(u"received_by"_s).toObject(),
        (QJsonObject { { u"name"_s, u"Сейітқали Әйгерім"_s }, { u"login"_s, kOperatorName } }));
    QVERIFY(!item.value(u"application"_s).toObject().contains(u"received_by"_s));
    auto hash = dsn::sqlScalar(
        m_db->connection(), u"SELECT content_hash FROM applications WHERE case_number = ?"_s, { *number });
    QCOMPARE(item.value(u"content_hash"_s).toString(), hash->toString());
}

void TestSyncPush::unsentOlderThanNamesOldCases()
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

QTEST_GUILESS_MAIN(TestSyncPush)
#include "test_syncpush.moc"
