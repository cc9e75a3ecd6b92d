#include "dsnctlrun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDsnctlCalendar : public QObject
{
    Q_OBJECT
private slots:
    void yearCsv_data();
    void yearCsv();
    void yearStateCorporation();
    void deadlineFridayExample_data();
    void deadlineFridayExample();
    void deadlineProviderAndJson();
    void exitCodes_data();
    void exitCodes();
    void check();
    void addDays();
    void dataOption();
    void help();
};

namespace {

using Run = dsntest::DsnctlRun;

Run dsnctl(const QStringList &arguments)
{
    return dsntest::runDsnctl(arguments);
}

QStringList lines(const QString &text)
{
    QStringList result = text.split(u'\n');
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

} // namespace

void TestDsnctlCalendar::yearCsv_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("days");
    QTest::newRow("2026") << 2026 << 365;
    QTest::newRow("2024 leap") << 2024 << 366;
    QTest::newRow("2025") << 2025 << 365;
    QTest::newRow("2027") << 2027 << 365;
}

void TestDsnctlCalendar::yearCsv()
{
    QFETCH(int, year);
    QFETCH(int, days);
    const Run run = dsnctl({ u"calendar"_s, u"year"_s, QString::number(year) });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QStringList rows = lines(run.out);
    QCOMPARE(rows.value(0), u"date,working,reason"_s);
    QCOMPARE(rows.size(), days + 1);
    QCOMPARE(rows.at(1).left(10), QDate(year, 1, 1).toString(Qt::ISODate));
    QCOMPARE(rows.constLast().left(10), QDate(year, 12, 31).toString(Qt::ISODate));
    for (const QString &row : rows.mid(1))
        QVERIFY2(row.count(u',') == 2 && (row.section(u',', 1, 1) == u"1" || row.section(u',', 1, 1) == u"0"),
            qPrintable(row));
    if (year == 2026) {
        QVERIFY(rows.contains(u"2026-03-09,0,moved-holiday:womens-day"_s));
        QVERIFY(rows.contains(u"2026-03-24,0,moved-holiday:nauryz"_s));
        QVERIFY(rows.contains(u"2026-03-26,1,"_s));
        QVERIFY(rows.contains(u"2026-03-28,0,weekend"_s)); // Saturday, provider by default
        QVERIFY(rows.contains(u"2026-03-23,0,holiday:nauryz"_s));
    }
    if (year == 2025) {
        QVERIFY(rows.contains(u"2025-01-03,0,decree-day-off"_s));
        QVERIFY(rows.contains(u"2025-01-05,1,decree-working-day"_s));
    }
}

void TestDsnctlCalendar::yearStateCorporation()
{
    const Run run = dsnctl({ u"calendar"_s, u"year"_s, u"2026"_s, u"--office"_s, u"state-corp"_s });
    QCOMPARE(run.exitCode, 0);
    const QStringList rows = lines(run.out);
    QCOMPARE(rows.size(), 366);
    QVERIFY(rows.contains(u"2026-03-28,1,"_s));
    QVERIFY(rows.contains(u"2026-03-29,0,weekend"_s));
    QVERIFY(rows.contains(u"2026-03-21,0,holiday:nauryz"_s));
}

void TestDsnctlCalendar::deadlineFridayExample_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList base = { u"calendar"_s, u"deadline"_s, u"--received"_s };
    QTest::newRow("minutes") << base + QStringList { u"2026-03-20T15:00"_s };
    QTest::newRow("seconds") << base + QStringList { u"2026-03-20T15:00:00"_s };
    QTest::newRow("explicit office") << base
            + QStringList { u"2026-03-20T15:00"_s, u"--office"_s, u"state-corp"_s };
    QTest::newRow("offset +05:00") << base + QStringList { u"2026-03-20T15:00+05:00"_s };
    QTest::newRow("UTC") << base + QStringList { u"2026-03-20T10:00:00Z"_s };
    QTest::newRow("offset -03:30") << base + QStringList { u"2026-03-20T06:30-03:30"_s };
    QTest::newRow("equals sign") << QStringList { u"calendar"_s, u"deadline"_s,
        u"--received=2026-03-20T15:00"_s };
}

void TestDsnctlCalendar::deadlineFridayExample()
{
    QFETCH(QStringList, arguments);
    const Run run = dsnctl(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"registered: 2026-03-20T15:00:00+05:00\ndue: 2026-03-26T18:30:00+05:00\n"_s);
    QVERIFY(run.err.isEmpty());
}

void TestDsnctlCalendar::deadlineProviderAndJson()
{
    // Received by the provider after closing on Thursday: registered Friday, that day not counted.
    Run run = dsnctl({ u"calendar"_s, u"deadline"_s, u"--received"_s, u"2026-03-19T19:00"_s, u"--office"_s,
        u"provider"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"registered: 2026-03-20T09:00:00+05:00\ndue: 2026-03-26T18:30:00+05:00\n"_s);

    run = dsnctl({ u"calendar"_s, u"deadline"_s, u"--received"_s, u"2026-03-21T10:00"_s, u"--json"_s });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object.value(u"office"_s).toString(), u"state-corp"_s);
    QCOMPARE(object.value(u"received"_s).toString(), u"2026-03-21T10:00:00+05:00"_s);
    QCOMPARE(object.value(u"accepted"_s).toString(), u"2026-03-26T09:00:00+05:00"_s);
    QCOMPARE(object.value(u"registered"_s).toString(), u"2026-03-26T09:00:00+05:00"_s);
    QCOMPARE(object.value(u"due"_s).toString(), u"2026-03-27T18:30:00+05:00"_s);
}

void TestDsnctlCalendar::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    const QString c = u"calendar"_s;
    QTest::newRow("year without data") << QStringList { c, u"year"_s, u"2030"_s } << 1;
    QTest::newRow("year 1900 without data") << QStringList { c, u"year"_s, u"1900"_s } << 1;
    QTest::newRow("year two digits") << QStringList { c, u"year"_s, u"26"_s } << 2;
    QTest::newRow("year five digits") << QStringList { c, u"year"_s, u"20260"_s } << 2;
    QTest::newRow("year out of range") << QStringList { c, u"year"_s, u"2101"_s } << 2;
    QTest::newRow("year 1899") << QStringList { c, u"year"_s, u"1899"_s } << 2;
    QTest::newRow("year not a number") << QStringList { c, u"year"_s, u"abcd"_s } << 2;
    QTest::newRow("year missing") << QStringList { c, u"year"_s } << 2;
    QTest::newRow("bad office") << QStringList { c, u"year"_s, u"2026"_s, u"--office"_s, u"bank"_s } << 2;
    QTest::newRow("unknown option") << QStringList { c, u"year"_s, u"2026"_s, u"--verbose"_s } << 2;
    QTest::newRow("deadline without received") << QStringList { c, u"deadline"_s } << 2;
    QTest::newRow("received date only")
        << QStringList { c, u"deadline"_s, u"--received"_s, u"2026-03-20"_s } << 2;
    QTest::newRow("received bad time")
        << QStringList { c, u"deadline"_s, u"--received"_s, u"2026-03-20T25:00"_s } << 2;
    QTest::newRow("received bad day")
        << QStringList { c, u"deadline"_s, u"--received"_s, u"2026-02-30T10:00"_s } << 2;
    QTest::newRow("received bad offset")
        << QStringList { c, u"deadline"_s, u"--received"_s, u"2026-03-20T10:00+25:00"_s } << 2;
    QTest::newRow("received with space")
        << QStringList { c, u"deadline"_s, u"--received"_s, u"2026-03-20 10:00"_s } << 2;
    QTest::newRow("received empty") << QStringList { c, u"deadline"_s, u"--received="_s } << 2;
    QTest::newRow("deadline reaching 2028")
        << QStringList { c, u"deadline"_s, u"--received"_s, u"2027-12-31T15:00"_s } << 1;
    QTest::newRow("deadline in 2023")
        << QStringList { c, u"deadline"_s, u"--received"_s, u"2023-06-01T10:00"_s } << 1;
    QTest::newRow("check bad date") << QStringList { c, u"check"_s, u"2026-13-01"_s } << 2;
    QTest::newRow("check without data") << QStringList { c, u"check"_s, u"2031-01-05"_s } << 1;
    QTest::newRow("add-days bad count") << QStringList { c, u"add-days"_s, u"2026-03-20"_s, u"two"_s } << 2;
    QTest::newRow("add-days into 2028") << QStringList { c, u"add-days"_s, u"2027-12-20"_s, u"30"_s } << 1;
    QTest::newRow("unknown subcommand") << QStringList { c, u"month"_s } << 2;
    QTest::newRow("missing data path")
        << QStringList { c, u"--data"_s, u"/nonexistent/calendar"_s, u"year"_s, u"2026"_s } << 1;
}

void TestDsnctlCalendar::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    const Run run = dsnctl(arguments);
    QCOMPARE(run.exitCode, code);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
    if (code == 1 && arguments.value(1) != u"--data"_s)
        QVERIFY2(run.err.contains(u"no calendar data for"_s), qPrintable(run.err));
}

void TestDsnctlCalendar::check()
{
    Run run = dsnctl({ u"calendar"_s, u"check"_s, u"2026-03-24"_s });
    QCOMPARE(run.exitCode, 0);
    QStringList out = lines(run.out);
    QVERIFY(out.contains(u"working: 0"_s));
    QVERIFY(out.contains(u"reason: moved-holiday:nauryz"_s));
    QVERIFY(out.contains(u"office: provider"_s));

    run = dsnctl({ u"calendar"_s, u"check"_s, u"2026-03-28"_s, u"--office"_s, u"state-corp"_s });
    QCOMPARE(run.exitCode, 0);
    out = lines(run.out);
    QVERIFY(out.contains(u"working: 1"_s));
    QVERIFY(out.contains(u"reason: "_s));
}

void TestDsnctlCalendar::addDays()
{
    Run run = dsnctl({ u"calendar"_s, u"add-days"_s, u"2026-03-19"_s, u"5"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"2026-03-31\n"_s);
    run = dsnctl({ u"calendar"_s, u"add-days"_s, u"2026-03-19"_s, u"5"_s, u"--office"_s, u"state-corp"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"2026-03-30\n"_s);
    // A negative count follows "--" so that it is not read as an option.
    run = dsnctl({ u"calendar"_s, u"add-days"_s, u"2026-03-26"_s, u"--"_s, u"-1"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"2026-03-20\n"_s);
}

void TestDsnctlCalendar::dataOption()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"2030.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"year": 2030, "kurbanAit": "2030-04-13", "daysOff": [], "workingDays": []})");
    file.close();

    Run run = dsnctl({ u"calendar"_s, u"--data"_s, dir.path(), u"year"_s, u"2030"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(lines(run.out).contains(u"2030-04-13,0,holiday:kurban-ait"_s)); // a Saturday: holiday wins
    run = dsnctl({ u"calendar"_s, u"year"_s, u"2026"_s, u"--data"_s, dir.path() });
    QCOMPARE(run.exitCode, 1); // only 2030 is known with this data

    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"year": 2030, "kurbanAit": "2030-04-13", "daysOff": [], "workingDays": [{"date": "2030-04-03"}]})");
    file.close();
    run = dsnctl({ u"calendar"_s, u"--data"_s, file.fileName(), u"year"_s, u"2030"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"2030-04-03 is a Wednesday"_s), qPrintable(run.err));
}

void TestDsnctlCalendar::help()
{
    Run run = dsnctl({ u"calendar"_s, u"--help"_s });
    QCOMPARE(run.exitCode, 0);
    for (const QString &command : { u"year"_s, u"deadline"_s, u"check"_s, u"add-days"_s })
        QVERIFY2(run.out.contains(command), qPrintable(run.out));
    run = dsnctl({ u"calendar"_s, u"deadline"_s, u"--help"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"--received"_s));
    QVERIFY(run.out.contains(u"--office"_s));
    QVERIFY(run.out.contains(u"--json"_s));
    run = dsnctl({ u"--help"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"calendar"_s));
}

QTEST_GUILESS_MAIN(TestDsnctlCalendar)
#include "test_dsnctl_calendar.moc"
