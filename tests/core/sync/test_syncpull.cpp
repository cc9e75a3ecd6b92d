// The sync client's pull, against a fake office on the loopback interface: the office's decisions
// reach the cases once, page by page, and a page the store refuses changes nothing.
#include "casesamples.h"
#include "storerows.h"
#include "syncfixture.h"

#include "cases/casestore.h"
#include "store/sql.h"
#include "sync/syncclient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;
using dsn::SyncReport;

class TestSyncPull : public QObject, private SyncFixture
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(openSync()); }
    void cleanup() { closeSync(); }
    void decisionsArePulledOnce_data();
    void decisionsArePulledOnce();
    void manyBatchesAndPages();
    void failingUpdateChangesNothing();
};

void TestSyncPull::decisionsArePulledOnce_data()
{
    QTest::addColumn<bool>("officeResendsEverything");
    QTest::newRow("office pages by after") << false;
    QTest::newRow("office resends old updates") << true;
}

void TestSyncPull::decisionsArePulledOnce()
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
            { u"decision_number"_s, u"11-2025-000004"_s },
            { u"decided_at"_s, u"2025-03-05T09:00:00.000+05:00"_s },
            { u"reviewer"_s,
                QJsonObject { { u"name"_s, u"Жұмабаева Гүлнар"_s }, { u"login"_s, u"gulnar"_s } } },
            { u"lines"_s,
                QJsonArray { QJsonObject { { u"line_no"_s, 1 }, { u"decision"_s, u"issued"_s },
                                 { u"dsn_code"_s, u"305300011001"_s } },
                    QJsonObject { { u"line_no"_s, 2 }, { u"decision"_s, u"refused"_s },
                        { u"refusal_ground"_s, 2 },
                        { u"refusal_text"_s, u"a code exists for this product"_s },
                        { u"held_code"_s, u"305300012001"_s } } } } },
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
    // The decision's number, time, reviewer and the code held: what the counter's documents print.
    QCOMPARE(record->lines.at(1).heldCode, u"305300012001"_s);
    QCOMPARE(record->decisionNumber, u"11-2025-000004"_s);
    QCOMPARE(record->decidedAt, QDateTime(QDate(2025, 3, 5), QTime(4, 0), QTimeZone::utc()));
    QCOMPARE(record->decidedByName, u"Жұмабаева Гүлнар"_s);
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

void TestSyncPull::manyBatchesAndPages()
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

void TestSyncPull::failingUpdateChangesNothing()
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

QTEST_GUILESS_MAIN(TestSyncPull)
#include "test_syncpull.moc"
