// The sync indicator on its own: the status bar's sync state read from the store, the
// background sync it starts and stops, and "Sync now" with and without sync settings, against a
// fake office on the loopback interface.

#include "shellfixture.h"

#include "fakeoffice.h"
#include "session/actor.h"
#include "sync/syncindicator.h"
#include "sync/syncstore.h"
#include "sync/syncworker.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace shellfixture;
using dsn::gui::SyncIndicator;

namespace {

constexpr int kTimeoutMs = 15000;

} // namespace

class TestSyncIndicator : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void withoutSettingsThereIsNoWorker();
    void startsAndStopsTheWorker();
    void syncNowForcesARun();
    void settingsAddedDuringTheSessionStartOnSyncNow();
    void refreshReadsTheStoreAgain();

private:
    void configure();
    QString intake();

    std::unique_ptr<Store> m_store;
    std::unique_ptr<FakeOffice> m_office;
    std::unique_ptr<SyncIndicator> m_indicator;
};

void TestSyncIndicator::init()
{
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open());
    // The sync token file goes to the test's own configuration folder.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_store->dir.filePath(u"config"_s)));
    m_office = std::make_unique<FakeOffice>();
    QVERIFY(m_office->listen());
    m_indicator = std::make_unique<SyncIndicator>(*m_store->database);
    m_indicator->setInterval(std::chrono::hours(1)); // no run of its own during a test
}

void TestSyncIndicator::cleanup()
{
    m_indicator.reset();
    m_office.reset();
    m_store.reset();
}

void TestSyncIndicator::configure()
{
    QVERIFY(dsn::SyncStore(*m_store->database)
                .saveSettings({ m_office->url(), m_office->token }, dsn::Actor::system()));
}

QString TestSyncIndicator::intake()
{
    dsn::Application a;
    a.departmentCode = dsn::ReferenceData::embedded().departments().constFirst().code;
    a.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    a.applicationDate = a.receivedAt.date();
    a.taxpayerName = u"ТОО «Мұнай Өнім»"_s;
    a.taxpayerId = u"940140000385"_s;
    a.subjectType = dsn::SubjectType::Producer;
    a.country = 3;
    a.atu = 53;
    a.headName = u"Серікбаев Ерлан Маратұлы"_s;
    a.products = { { 2, u"ДТ-Л-К5"_s, u"ГОСТ 32511-2013"_s } };
    const auto number = m_store->cases->intake(a, m_store->user(u"aigerim"_s).actor());
    return number ? *number : QString();
}

void TestSyncIndicator::withoutSettingsThereIsNoWorker()
{
    QCOMPARE(m_indicator->objectName(), u"syncLabel"_s);
    QCOMPARE(m_indicator->text(), u"Sync: not configured"_s);
    m_indicator->start();
    QVERIFY(!m_indicator->worker());
    QSignalSpy message(m_indicator.get(), &SyncIndicator::message);
    m_indicator->syncNow();
    QCOMPARE(message.count(), 1);
    QVERIFY2(message.at(0).at(0).toString().contains(u"not configured"_s),
        qPrintable(message.at(0).at(0).toString()));
    QVERIFY(!m_indicator->worker());
    QCOMPARE(m_office->requests, 0);
}

void TestSyncIndicator::startsAndStopsTheWorker()
{
    configure();
    m_indicator->start();
    QPointer<dsn::SyncWorker> worker = m_indicator->worker();
    QVERIFY(worker);
    QVERIFY(worker->isStarted());
    QSignalSpy finished(worker.data(), &dsn::SyncWorker::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs); // the run at start
    QTRY_VERIFY_WITH_TIMEOUT(m_indicator->text().contains(u"last synced"_s), kTimeoutMs);

    m_indicator->stop();
    QVERIFY(worker.isNull());
    QVERIFY(!m_indicator->worker());
    // Stopped, it still tells the store's state.
    QVERIFY2(m_indicator->text().contains(u"last synced"_s), qPrintable(m_indicator->text()));
}

void TestSyncIndicator::syncNowForcesARun()
{
    configure();
    m_indicator->start();
    QVERIFY(m_indicator->worker());
    QSignalSpy finished(m_indicator->worker(), &dsn::SyncWorker::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);

    QVERIFY(!intake().isEmpty());
    QSignalSpy message(m_indicator.get(), &SyncIndicator::message);
    m_indicator->syncNow();
    QCOMPARE(message.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kTimeoutMs);
    QCOMPARE(m_office->stored.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_indicator->text().contains(u"nothing waiting"_s), kTimeoutMs);
}

void TestSyncIndicator::settingsAddedDuringTheSessionStartOnSyncNow()
{
    m_indicator->start();
    QVERIFY(!m_indicator->worker());
    configure();
    m_indicator->syncNow();
    QVERIFY(m_indicator->worker());
    QTRY_VERIFY_WITH_TIMEOUT(m_office->requests > 0, kTimeoutMs);
    QVERIFY(!m_indicator->text().contains(u"not configured"_s));
}

void TestSyncIndicator::refreshReadsTheStoreAgain()
{
    QCOMPARE(m_indicator->text(), u"Sync: not configured"_s);
    configure();
    QVERIFY(!intake().isEmpty());
    QCOMPARE(m_indicator->text(), u"Sync: not configured"_s); // not read yet
    m_indicator->refresh();
    QVERIFY2(m_indicator->text().contains(u"1 application"_s), qPrintable(m_indicator->text()));
    QVERIFY(!m_indicator->worker()); // reading starts nothing
}

QTEST_MAIN(TestSyncIndicator)
#include "test_syncindicator.moc"
