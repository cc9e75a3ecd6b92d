// Names sort by the language's alphabet and without regard to case, not by code points.

#include "base/collation.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCollation : public QObject
{
    Q_OBJECT
private slots:
    void sortsByTheAlphabet_data();
    void sortsByTheAlphabet();
};

void TestCollation::sortsByTheAlphabet_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("sorted");

    // Kazakh: Ә after А, Қ after К, Ө after О, Ұ and Ү after У; code points put them last.
    QTest::newRow("kk letters") << u"kk"_s
                                << QStringList { u"Өскемен"_s, u"Үшарал"_s, u"Орал"_s, u"Әйтеке би"_s,
                                       u"Қарағанды"_s, u"Ұзынағаш"_s, u"Ақтау"_s, u"Көкшетау"_s, u"Уил"_s,
                                       u"Балқаш"_s }
                                << QStringList { u"Ақтау"_s, u"Әйтеке би"_s, u"Балқаш"_s, u"Көкшетау"_s,
                                       u"Қарағанды"_s, u"Орал"_s, u"Өскемен"_s, u"Уил"_s, u"Ұзынағаш"_s,
                                       u"Үшарал"_s };
    QTest::newRow("kk case") << u"kk"_s << QStringList { u"әбіш"_s, u"Ақан"_s, u"ӘБДІ"_s, u"абай"_s }
                             << QStringList { u"абай"_s, u"Ақан"_s, u"ӘБДІ"_s, u"әбіш"_s };
    // Russian: capitals and Ё among the rest, not before them.
    QTest::newRow("ru") << u"ru"_s
                        << QStringList { u"Яблоко"_s, u"арбуз"_s, u"Ёж"_s, u"банан"_s, u"Щука"_s, u"вишня"_s }
                        << QStringList { u"арбуз"_s, u"банан"_s, u"вишня"_s, u"Ёж"_s, u"Щука"_s,
                               u"Яблоко"_s };
    // Numbers inside names by value.
    QTest::newRow("numbers") << u"ru"_s << QStringList { u"АИ-95"_s, u"АИ-100"_s, u"аи-80"_s }
                             << QStringList { u"аи-80"_s, u"АИ-95"_s, u"АИ-100"_s };
}

void TestCollation::sortsByTheAlphabet()
{
    QFETCH(QString, language);
    QFETCH(QStringList, names);
    QFETCH(QStringList, sorted);
    QStringList byCodePoints = names;
    byCodePoints.sort();
    QVERIFY(byCodePoints != sorted); // the data tells the two orders apart
    dsn::sortNames(names, *dsn::languageFromCode(language));
    QCOMPARE(names, sorted);
}

QTEST_GUILESS_MAIN(TestCollation)
#include "test_collation.moc"
