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
        QTest::newRow("2025, UTC+5") << QDateTime(QDate(2025, 3, 14), QTime(5, 5), Qt::UTC) << u"14.03.2025 10:05"_s;
        QTest::newRow("2023, UTC+6") << QDateTime(QDate(2023, 6, 1), QTime(4, 0), Qt::UTC) << u"01.06.2023 10:00"_s;
        QTest::newRow("last minute at UTC+6")
            << QDateTime(QDate(2024, 2, 29), QTime(17, 59), Qt::UTC) << u"29.02.2024 23:59"_s;
        QTest::newRow("first minute at UTC+5")
            << QDateTime(QDate(2024, 2, 29), QTime(18, 0), Qt::UTC) << u"29.02.2024 23:00"_s;
        QTest::newRow("given in Moscow time")
            << QDateTime(QDate(2025, 3, 14), QTime(8, 5), QTimeZone("Europe/Moscow")) << u"14.03.2025 10:05"_s;
        QTest::newRow("invalid") << QDateTime() << QString();
    }

    void kazakhstanTime()
    {
        QFETCH(QDateTime, moment);
        QFETCH(QString, printed);
        QCOMPARE(formatKazakhstanDateTime(moment), printed);
    }
};

QTEST_GUILESS_MAIN(TestKazakhstanTime)
#include "test_kazakhstantime.moc"
