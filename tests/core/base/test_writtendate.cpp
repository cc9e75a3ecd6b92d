// Dates written out with the month's name, as official letters write them.
#include "base/writtendate.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsn::Language;

class TestWrittenDate : public QObject
{
    Q_OBJECT

private slots:
    void everyMonthInEveryLanguage_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<QString>("kazakh");
        QTest::addColumn<QString>("russian");
        QTest::addColumn<QString>("english");
        const QStringList kk { u"қаңтар"_s, u"ақпан"_s, u"наурыз"_s, u"сәуір"_s, u"мамыр"_s, u"маусым"_s,
            u"шілде"_s, u"тамыз"_s, u"қыркүйек"_s, u"қазан"_s, u"қараша"_s, u"желтоқсан"_s };
        const QStringList ru { u"января"_s, u"февраля"_s, u"марта"_s, u"апреля"_s, u"мая"_s, u"июня"_s,
            u"июля"_s, u"августа"_s, u"сентября"_s, u"октября"_s, u"ноября"_s, u"декабря"_s };
        const QStringList en { u"January"_s, u"February"_s, u"March"_s, u"April"_s, u"May"_s, u"June"_s,
            u"July"_s, u"August"_s, u"September"_s, u"October"_s, u"November"_s, u"December"_s };
        for (int m = 1; m <= 12; ++m)
            QTest::newRow(qPrintable(en.at(m - 1)))
                << m << u"2026 жылғы 3 "_s + kk.at(m - 1) << u"3 "_s + ru.at(m - 1) + u" 2026 г."_s
                << u"3 "_s + en.at(m - 1) + u" 2026"_s;
    }

    void everyMonthInEveryLanguage()
    {
        QFETCH(int, month);
        QFETCH(QString, kazakh);
        QFETCH(QString, russian);
        QFETCH(QString, english);
        const QDate date(2026, month, 3);
        QCOMPARE(dsn::writtenDate(date, Language::Kazakh), kazakh);
        QCOMPARE(dsn::writtenDate(date, Language::Russian), russian);
        QCOMPARE(dsn::writtenDate(date, Language::English), english);
    }

    void dayWithoutLeadingZeroAndTwoDigitDays()
    {
        QCOMPARE(dsn::writtenDate(QDate(2025, 3, 14), Language::Kazakh), u"2025 жылғы 14 наурыз"_s);
        QCOMPARE(dsn::writtenDate(QDate(2025, 3, 14), Language::Russian), u"14 марта 2025 г."_s);
        QCOMPARE(dsn::writtenDate(QDate(2024, 2, 29), Language::Russian), u"29 февраля 2024 г."_s);
        QCOMPARE(dsn::writtenDate(QDate(2025, 1, 1), Language::Kazakh), u"2025 жылғы 1 қаңтар"_s);
    }

    void invalidDateIsEmpty()
    {
        QVERIFY(dsn::writtenDate(QDate(), Language::Kazakh).isEmpty());
        QVERIFY(dsn::writtenDate(QDate(2025, 2, 30), Language::Russian).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWrittenDate)
#include "test_writtendate.moc"
