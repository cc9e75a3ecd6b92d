#include "base/kazakhstantime.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace dsn;

// Times printed on documents: Kazakhstan's clock, UTC+6 until 1 March 2024, UTC+5 since.
class TestKazakhstanTime : public QObject
{
    Q_OBJECT

private slots:
    void kazakhstanTime_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QString>("printed");
        QTest::newRow("2025, UTC+5") << QDateTime(QDate(2025, 3, 14), QTime(5, 5), Qt::UTC)
                                     << u"14.03.2025 10:05"_s;
        QTest::newRow("2023, UTC+6") << QDateTime(QDate(2023, 6, 1), QTime(4, 0), Qt::UTC)
                                     << u"01.06.2023 10:00"_s;
        QTest::newRow("last minute at UTC+6")
            << QDateTime(QDate(2024, 2, 29), QTime(17, 59), Qt::UTC) << u"29.02.2024 23:59"_s;
        QTest::newRow("first minute at UTC+5")
            << QDateTime(QDate(2024, 2, 29), QTime(18, 0), Qt::UTC) << u"29.02.2024 23:00"_s;
        QTest::newRow("given in Moscow time") << QDateTime(QDate(2025, 3, 14), QTime(8, 5),
            QTimeZone("Europe/Moscow")) << u"14.03.2025 10:05"_s;
        QTest::newRow("invalid") << QDateTime() << QString();
    }

    void kazakhstanTime()
    {
        QFETCH(QDateTime, moment);
        QFETCH(QString, printed);
        QCOMPARE(formatKazakhstanDateTime(moment), printed);
    }

    // A time read off a Kazakhstan clock, typed at the counter or set by the working hours.
    void wallClockTime_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QDateTime>("utc");
        QTest::newRow("2023, UTC+6") << QDate(2023, 6, 1) << QTime(10, 0)
                                     << QDateTime(QDate(2023, 6, 1), QTime(4, 0), Qt::UTC);
        QTest::newRow("2025, UTC+5") << QDate(2025, 3, 14) << QTime(9, 0)
                                     << QDateTime(QDate(2025, 3, 14), QTime(4, 0), Qt::UTC);
        QTest::newRow("first day of one zone")
            << QDate(2024, 3, 1) << QTime(0, 30) << QDateTime(QDate(2024, 2, 29), QTime(19, 30), Qt::UTC);
        QTest::newRow("repeated hour: the later reading")
            << QDate(2024, 2, 29) << QTime(23, 30) << QDateTime(QDate(2024, 2, 29), QTime(18, 30), Qt::UTC);
        QTest::newRow("hour before the change")
            << QDate(2024, 2, 29) << QTime(22, 30) << QDateTime(QDate(2024, 2, 29), QTime(16, 30), Qt::UTC);
    }

    void wallClockTime()
    {
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QDateTime, utc);
        const QDateTime moment = kazakhstanDateTime(date, time);
        QCOMPARE(moment.toUTC(), utc);
        QCOMPARE(dsn::kazakhstanTime(moment).date(), date);
        QCOMPARE(dsn::kazakhstanTime(moment).time(), time);
        QCOMPARE(kazakhstanDate(moment), date);
    }

    void isoText()
    {
        const QDateTime moment(QDate(2023, 6, 1), QTime(4, 0, 0, 120), Qt::UTC);
        QCOMPARE(kazakhstanIsoText(moment), u"2023-06-01T10:00:00+06:00"_s);
        QCOMPARE(kazakhstanIsoText(moment, true), u"2023-06-01T10:00:00.120+06:00"_s);
        QCOMPARE(kazakhstanIsoText(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestKazakhstanTime)
#include "test_kazakhstantime.moc"
