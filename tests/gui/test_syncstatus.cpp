// The words of sync for the counter: the status bar's summary in each state, and the intake's
// warning about applications not yet delivered, with times in Kazakhstan time (UTC+05:00).

#include "sync/syncclient.h" // SyncStatus as a test data type
#include "sync/syncstatustext.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsn::SyncStatus;

namespace {

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace

class TestSyncStatus : public QObject
{
    Q_OBJECT
private slots:
    void statusText_data();
    void statusText();
};

void TestSyncStatus::statusText_data()
{
    QTest::addColumn<bool>("configured");
    QTest::addColumn<bool>("read");
    QTest::addColumn<SyncStatus>("status");
    QTest::addColumn<QString>("workerError");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("absent");

    SyncStatus fresh;
    SyncStatus waiting;
    waiting.pending = 4;
    QTest::newRow("no settings: not configured, whatever the store holds")
        << false << true << waiting << QString() << QStringList { u"Sync: not configured"_s }
        << QStringList { u"4"_s };
    QTest::newRow("configured, not read yet")
        << true << false << fresh << QString() << QStringList { u"Sync: "_s }
        << QStringList { u"not configured"_s };

    SyncStatus pending;
    pending.pending = 3;
    pending.oldestPending = utc(u"2026-03-20T05:00:00Z"_s);
    QTest::newRow("pending, never synced")
        << true << true << pending << QString() << QStringList { u"3 application"_s, u"not synced yet"_s }
        << QStringList { u"not configured"_s, u"failed"_s };

    SyncStatus synced;
    synced.lastSuccess = utc(u"2026-03-20T07:30:00Z"_s); // 12:30 in Kazakhstan
    synced.lastAttempt = synced.lastSuccess;
    QTest::newRow("last success in Kazakhstan time")
        << true << true << synced << QString() << QStringList { u"nothing waiting"_s, u"20.03.2026 12:30"_s }
        << QStringList { u"failed"_s, u"07:30"_s };

    SyncStatus lateEvening;
    lateEvening.pending = 1;
    lateEvening.lastSuccess = utc(u"2026-03-20T20:15:00Z"_s); // already the 21st in Kazakhstan
    QTest::newRow("success after UTC evening is the next day")
        << true << true << lateEvening << QString()
        << QStringList { u"1 application"_s, u"21.03.2026 01:15"_s } << QStringList { u"20.03.2026"_s };

    SyncStatus conflicts = synced;
    conflicts.pending = 2;
    conflicts.conflicts = 1;
    conflicts.rejected = 2;
    QTest::newRow("conflicts and refusals are named")
        << true << true << conflicts << QString()
        << QStringList { u"2 application"_s, u"1 conflict"_s, u"2 refused"_s, u"12:30"_s } << QStringList {};

    SyncStatus failed = synced;
    failed.pending = 1;
    failed.lastError = u"The office cannot be reached"_s;
    failed.lastErrorAt = utc(u"2026-03-20T08:00:00Z"_s);
    QTest::newRow("an error after the last success")
        << true << true << failed << QString()
        << QStringList { u"The office cannot be reached"_s, u"20.03.2026 13:00"_s }
        << QStringList { u"12:30"_s, u"not configured"_s };

    SyncStatus neverSucceeded;
    neverSucceeded.lastError = u"The token was refused"_s;
    QTest::newRow("an error, never a success")
        << true << true << neverSucceeded << QString() << QStringList { u"The token was refused"_s }
        << QStringList { u"not synced yet"_s };

    QTest::newRow("the store cannot be opened by the background sync")
        << true << true << synced << u"disk full"_s << QStringList { u"disk full"_s }
        << QStringList { u"12:30"_s };
}

void TestSyncStatus::statusText()
{
    QFETCH(bool, configured);
    QFETCH(bool, read);
    QFETCH(SyncStatus, status);
    QFETCH(QString, workerError);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, absent);

    const QString text
        = dsn::gui::syncStatusText(configured, read ? std::optional(status) : std::nullopt, workerError);
    QVERIFY(!text.isEmpty());
    for (const QString &part : std::as_const(contains))
        QVERIFY2(text.contains(part), qPrintable(text + u" lacks "_s + part));
    for (const QString &part : std::as_const(absent))
        QVERIFY2(!text.contains(part), qPrintable(text + u" has "_s + part));
}

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "test_syncstatus.moc"
