// Contract of `dsnctl reference`: CSV with the header code,region,name,historical, sorted by code.
#include "dsnctlrun.h"

#include "base/csv.h"
#include "reference/referencedata.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = dsntest::DsnctlRun;

Run dsnctl(const QStringList &arguments)
{
    return dsntest::runDsnctl(arguments);
}

// The data rows of a CSV answer, the header checked and removed.
QList<QStringList> dataRows(const Run &run)
{
    const dsn::csv::ParseResult parsed = dsn::csv::parse(run.out);
    if (!parsed.ok() || parsed.rows.isEmpty())
        return {};
    if (parsed.rows.constFirst() != QStringList { u"code"_s, u"region"_s, u"name"_s, u"historical"_s })
        return {};
    return parsed.rows.mid(1);
}

// 35 of the 258 seed entries are historical: nine marked `*` (019 021 065 069 095 104 164 165 236)
// and the 26 under the headings "Оңтүстік Қазақстан облысы*" (185-202, 218, 219) and
// "Астана қаласы*" (211-215, 246).
constexpr int kUnits = 258;
constexpr int kHistoricalUnits = 35;

} // namespace

class TestDsnctlReference : public QObject
{
    Q_OBJECT
private slots:
    void header_isExact_data();
    void header_isExact();
    void atu_allRowsWithHistorical();
    void atu_currentRowsByDefault();
    void atu_russianDiffersFromKazakh();
    void atu_defaultLanguageIsKazakh();
    void quoting_parsesBack_data();
    void quoting_parsesBack();
    void departments_historicalLeftOutByDefault();
    void badLang_isUsageError_data();
    void badLang_isUsageError();
    void help_data();
    void help();
};

void TestDsnctlReference::header_isExact_data()
{
    QTest::addColumn<QString>("list");
    for (const char *list : { "atu", "countries", "departments", "products" })
        QTest::newRow(list) << QString::fromLatin1(list);
}

void TestDsnctlReference::header_isExact()
{
    QFETCH(QString, list);
    const Run run = dsnctl({ u"reference"_s, list });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.out.section(u'\n', 0, 0), u"code,region,name,historical"_s);
    QVERIFY(!dataRows(run).isEmpty());
}

void TestDsnctlReference::atu_allRowsWithHistorical()
{
    const QList<QStringList> rows = dataRows(dsnctl({ u"reference"_s, u"atu"_s, u"--include-historical"_s }));
    QCOMPARE(rows.size(), kUnits);
    int historical = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        QCOMPARE(row.size(), 4);
        QCOMPARE(row.at(0), QString::number(i + 1).rightJustified(3, u'0')); // sorted, three digits
        QVERIFY2(!row.at(1).isEmpty() && !row.at(2).isEmpty(), qPrintable(row.at(0)));
        QVERIFY(row.at(3) == u"0"_s || row.at(3) == u"1"_s);
        historical += row.at(3) == u"1"_s;
    }
    QCOMPARE(historical, kHistoricalUnits);
    QCOMPARE(rows.at(186).at(2), u"Ордабасы ауданы"_s);
    QCOMPARE(rows.at(186).at(1), u"Оңтүстік Қазақстан облысы"_s);
    QCOMPARE(rows.at(186).at(3), u"1"_s);
}

void TestDsnctlReference::atu_currentRowsByDefault()
{
    const QList<QStringList> rows = dataRows(dsnctl({ u"reference"_s, u"atu"_s }));
    QCOMPARE(rows.size(), kUnits - kHistoricalUnits);
    QStringList codes;
    for (const QStringList &row : rows) {
        QCOMPARE(row.at(3), u"0"_s);
        codes.append(row.at(0));
    }
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    QVERIFY(!codes.contains(u"187"_s));
    QVERIFY(!codes.contains(u"019"_s));
    QVERIFY(codes.contains(u"224"_s));
    QVERIFY(codes.contains(u"248"_s));
}

void TestDsnctlReference::atu_russianDiffersFromKazakh()
{
    const QStringList args = { u"reference"_s, u"atu"_s, u"--include-historical"_s, u"--lang"_s };
    const QList<QStringList> kk = dataRows(dsnctl(args + QStringList { u"kk"_s }));
    const QList<QStringList> ru = dataRows(dsnctl(args + QStringList { u"ru"_s }));
    QCOMPARE(kk.size(), kUnits);
    QCOMPARE(ru.size(), kUnits);
    for (int i = 0; i < kUnits; ++i) {
        QCOMPARE(ru.at(i).at(0), kk.at(i).at(0));
        QVERIFY2(ru.at(i).at(2) != kk.at(i).at(2), qPrintable(kk.at(i).at(0)));
        QVERIFY2(ru.at(i).at(1) != kk.at(i).at(1), qPrintable(kk.at(i).at(0)));
        QCOMPARE(ru.at(i).at(3), kk.at(i).at(3));
    }
    QCOMPARE(ru.at(0).at(2), u"город Кокшетау"_s);
    QCOMPARE(ru.at(0).at(1), u"Акмолинская область"_s);
}

void TestDsnctlReference::atu_defaultLanguageIsKazakh()
{
    const Run byDefault = dsnctl({ u"reference"_s, u"atu"_s });
    const Run kazakh = dsnctl({ u"reference"_s, u"atu"_s, u"--lang"_s, u"kk"_s });
    QCOMPARE(byDefault.exitCode, 0);
    QCOMPARE(byDefault.out, kazakh.out);
    QVERIFY(byDefault.out.contains(u"001,Ақмола облысы,Көкшетау қаласы,0\n"_s));
}

void TestDsnctlReference::quoting_parsesBack_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    // Names as printed in the seed (215: quotes) and as the official Russian name of facet 1 code 1 (comma).
    QTest::newRow("quotes kk") << u"atu"_s << u"kk"_s << u"215"_s << u"\"Астана - жаңа қала\" АЭА"_s;
    QTest::newRow("quotes ru") << u"atu"_s << u"ru"_s << u"252"_s << u"СЭЗ \"Астана - новый город\""_s;
    QTest::newRow("comma ru") << u"countries"_s << u"ru"_s << u"1"_s
                              << u"Страны, не входящие в Евразийский экономический союз"_s;
}

void TestDsnctlReference::quoting_parsesBack()
{
    QFETCH(QString, list);
    QFETCH(QString, lang);
    QFETCH(QString, code);
    QFETCH(QString, name);
    const Run run = dsnctl({ u"reference"_s, list, u"--lang"_s, lang, u"--include-historical"_s });
    QCOMPARE(run.exitCode, 0);
    // The raw line holds the field quoted, so a plain split on commas would not do.
    QVERIFY(run.out.contains(u'\n' + code + u','));
    const QList<QStringList> rows = dataRows(run);
    QVERIFY(!rows.isEmpty());
    bool found = false;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 4);
        if (row.at(0) == code) {
            QCOMPARE(row.at(2), name);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestDsnctlReference::departments_historicalLeftOutByDefault()
{
    const auto &data = dsn::ReferenceData::embedded();
    const QList<QStringList> current
        = dataRows(dsnctl({ u"reference"_s, u"departments"_s, u"--lang"_s, u"ru"_s }));
    const QList<QStringList> all = dataRows(
        dsnctl({ u"reference"_s, u"departments"_s, u"--lang"_s, u"ru"_s, u"--include-historical"_s }));
    QCOMPARE(all.size(), data.departments().size());
    QCOMPARE(current.size(), all.size() - 1); // South Kazakhstan oblast's department only
    for (const QStringList &row : all) {
        const dsn::Department *d = data.department(row.at(0));
        QVERIFY2(d, qPrintable(row.at(0)));
        QCOMPARE(row.at(2), d->name.ru);
        QCOMPARE(row.at(1), data.region(d->regionId)->name.ru);
        QCOMPARE(row.at(3), d->historical ? u"1"_s : u"0"_s);
    }
    for (const QStringList &row : current)
        QVERIFY2(row.at(2) != u"Департамент государственных доходов по Южно-Казахстанской области"_s,
            qPrintable(row.at(0)));
}

void TestDsnctlReference::badLang_isUsageError_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("lang");
    QTest::newRow("atu de") << u"atu"_s << u"de"_s;
    QTest::newRow("countries KK") << u"countries"_s << u"KK"_s;
    QTest::newRow("departments empty") << u"departments"_s << QString();
}

void TestDsnctlReference::badLang_isUsageError()
{
    QFETCH(QString, list);
    QFETCH(QString, lang);
    const Run run = dsnctl({ u"reference"_s, list, u"--lang"_s, lang });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"--lang"_s), qPrintable(run.err));
}

void TestDsnctlReference::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("reference") << QStringList { u"reference"_s, u"--help"_s };
    for (const char *list : { "atu", "countries", "departments", "products" })
        QTest::newRow(list) << QStringList { u"reference"_s, QString::fromLatin1(list), u"--help"_s };
}

void TestDsnctlReference::help()
{
    QFETCH(QStringList, args);
    const Run run = dsnctl(args);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"Usage: dsnctl reference"_s));
    if (args.size() == 3)
        QVERIFY(run.out.contains(u"--include-historical"_s) && run.out.contains(u"--lang"_s));
}

QTEST_GUILESS_MAIN(TestDsnctlReference)
#include "test_dsnctl_reference.moc"
