#include "calendar/calendardata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCalendarData : public QObject
{
    Q_OBJECT
private slots:
    void shippedCalendar();
    void shippedFilesMatchTheSourceTree();
    void acceptsMinimalYear();
    void acceptsListOfYears();
    void rejects_data();
    void rejects();
    void loadsFileAndDirectory();
    void rejectsBadDirectories_data();
    void rejectsBadDirectories();
    void roundTrip();
};

namespace {

QByteArray year2025(const QByteArray &daysOff = R"([{"date": "2025-01-03", "inExchangeFor": "2025-01-05"}])",
    const QByteArray &workingDays = R"([{"date": "2025-01-05"}])")
{
    return R"({"year": 2025, "kurbanAit": "2025-06-06", "daysOff": )" + daysOff + R"(, "workingDays": )"
        + workingDays + "}";
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

void TestCalendarData::shippedCalendar()
{
    const dsn::CalendarLoadResult result = dsn::loadShippedCalendar();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.years.size(), 4);
    const QList<QDate> kurbanAit
        = { QDate(2024, 6, 16), QDate(2025, 6, 6), QDate(2026, 5, 27), QDate(2027, 5, 16) };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(result.years.at(i).year, 2024 + i);
        QCOMPARE(result.years.at(i).kurbanAit, kurbanAit.at(i));
        QVERIFY(!result.years.at(i).source.isEmpty());
    }
    const dsn::CalendarYear &y2025 = result.years.at(1);
    QCOMPARE(y2025.daysOff.size(), 1);
    QCOMPARE(y2025.daysOff.at(0).date, QDate(2025, 1, 3));
    QCOMPARE(y2025.daysOff.at(0).inExchangeFor, QDate(2025, 1, 5));
    QCOMPARE(y2025.workingDays.size(), 1);
    QCOMPARE(y2025.workingDays.at(0).date, QDate(2025, 1, 5));
}

void TestCalendarData::shippedFilesMatchTheSourceTree()
{
    // The embedded copy is the file an administrator edits in resources/calendar.
    const dsn::CalendarLoadResult fromTree
        = dsn::loadCalendarPath(QStringLiteral(DSN_SOURCE_DIR) + u"/resources/calendar"_s);
    QVERIFY2(fromTree.ok(), qPrintable(fromTree.error));
    QCOMPARE(fromTree.years.size(), dsn::loadShippedCalendar().years.size());
}

void TestCalendarData::acceptsMinimalYear()
{
    const auto result = dsn::parseCalendarJson(R"({"year": 2030, "kurbanAit": "2030-04-13", "daysOff": [],
                                                  "workingDays": []})");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.years.size(), 1);
    QCOMPARE(result.years.at(0).year, 2030);
    QVERIFY(result.years.at(0).daysOff.isEmpty());
}

void TestCalendarData::acceptsListOfYears()
{
    const auto result = dsn::parseCalendarJson(QByteArray("[")
        + R"({"year": 2031, "kurbanAit": "2031-04-02", "daysOff": [], "workingDays": []},)" + year2025()
        + "]");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.years.size(), 2);
    QCOMPARE(result.years.at(0).year, 2025); // sorted
    QCOMPARE(result.years.at(1).year, 2031);
}

void TestCalendarData::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("expectedYear");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("broken JSON") << QByteArray("{\n  \"year\": 2025,\n  \"kurbanAit\" \"2025-06-06\"\n}") << 0
                                 << u"line 3"_s;
    QTest::newRow("empty text") << QByteArray() << 0 << u"not valid JSON"_s;
    QTest::newRow("a number") << QByteArray("2025") << 0 << u"not valid JSON"_s;
    QTest::newRow("empty list") << QByteArray("[]") << 0 << u"expected a year object"_s;
    QTest::newRow("wrong year for the file") << year2025() << 2026 << u"holds the year 2025 where 2026"_s;
    QTest::newRow("year as text") << QByteArray(R"({"year": "2025", "kurbanAit": "2025-06-06", "daysOff": [],
        "workingDays": []})") << 0 << u"\"year\" must be a whole number"_s;
    QTest::newRow("year out of range") << QByteArray(
        R"({"year": 1850, "kurbanAit": "1850-06-06", "daysOff": [],
        "workingDays": []})") << 0 << u"from 1900 to 2100"_s;
    QTest::newRow("fractional year") << QByteArray(
        R"({"year": 2025.5, "kurbanAit": "2025-06-06", "daysOff": [],
        "workingDays": []})") << 0 << u"whole number"_s;
    QTest::newRow("unknown field") << QByteArray(R"({"year": 2025, "kurbanAit": "2025-06-06", "daysOff": [],
        "workingDays": [], "holidays": []})")
                                   << 0 << u"unknown field \"holidays\""_s;
    QTest::newRow("missing Kurban Ait") << QByteArray(R"({"year": 2025, "daysOff": [], "workingDays": []})")
                                        << 0 << u"missing \"kurbanAit\""_s;
    QTest::newRow("missing working days") << QByteArray(R"({"year": 2025, "kurbanAit": "2025-06-06",
        "daysOff": []})") << 0 << u"missing \"workingDays\""_s;
    QTest::newRow("Kurban Ait in another year") << QByteArray(R"({"year": 2025, "kurbanAit": "2026-05-27",
        "daysOff": [], "workingDays": []})") << 0
                                                << u"kurbanAit: 2026-05-27 is not in 2025"_s;
    QTest::newRow("impossible date") << year2025(R"([{"date": "2025-02-30"}])", "[]") << 0
                                     << u"\"2025-02-30\" is not a date"_s;
    QTest::newRow("short date") << year2025(R"([{"date": "2025-1-3"}])", "[]") << 0
                                << u"\"2025-1-3\" is not a date"_s;
    QTest::newRow("date as number") << year2025(R"([{"date": 20250103}])", "[]") << 0
                                    << u"\"20250103\" is not a date"_s;
    QTest::newRow("day off in another year")
        << year2025(R"([{"date": "2024-12-30"}])", "[]") << 0 << u"2024-12-30 is not in 2025"_s;
    QTest::newRow("duplicate day off") << year2025(R"([{"date": "2025-01-03"}, {"date": "2025-01-03"}])",
        "[]") << 0 << u"2025-01-03 is listed more than once"_s;
    QTest::newRow("duplicate working day")
        << year2025(R"([{"date": "2025-01-03", "inExchangeFor": "2025-01-05"}])",
               R"([{"date": "2025-01-05"}, {"date": "2025-01-05"}])")
        << 0 << u"2025-01-05 is listed more than once"_s;
    QTest::newRow("day off also a working day") << year2025(R"([{"date": "2025-01-04"}])",
        R"([{"date": "2025-01-04"}])") << 0 << u"2025-01-04 is listed more than once"_s;
    QTest::newRow("working day on a Wednesday") << year2025("[]", R"([{"date": "2025-01-08"}])") << 0
                                                << u"2025-01-08 is a Wednesday, already a working day"_s;
    QTest::newRow("working day on a holiday Saturday")
        << year2025("[]", R"([{"date": "2025-03-08"}])") << 0 << u"is a holiday"_s;
    QTest::newRow("day off on a holiday")
        << year2025(R"([{"date": "2025-03-21"}])", "[]") << 0 << u"already a day off by law"_s;
    QTest::newRow("day off on a moved holiday")
        << year2025(R"([{"date": "2025-03-24"}])", "[]") << 0 << u"already a day off by law"_s;
    QTest::newRow("day off on Kurban Ait")
        << year2025(R"([{"date": "2025-06-06"}])", "[]") << 0 << u"already a day off by law"_s;
    QTest::newRow("day off on a Sunday")
        << year2025(R"([{"date": "2025-01-12"}])", "[]") << 0 << u"is a Sunday"_s;
    QTest::newRow("exchange day not listed")
        << year2025(R"([{"date": "2025-01-03", "inExchangeFor": "2025-01-05"}])", "[]") << 0
        << u"not listed in \"workingDays\""_s;
    QTest::newRow("bad exchange date") << year2025(R"([{"date": "2025-01-03", "inExchangeFor": "5 Jan"}])",
        "[]") << 0 << u"\"5 Jan\" is not a date"_s;
    QTest::newRow("unknown entry field")
        << year2025(R"([{"date": "2025-01-03", "reason": "x"}])", "[]") << 0 << u"unknown field \"reason\""_s;
    QTest::newRow("note not text") << year2025(R"([{"date": "2025-01-03", "note": 5}])", "[]") << 0
                                   << u"\"note\" must be text"_s;
    QTest::newRow("days off not a list")
        << year2025(R"({"date": "2025-01-03"})", "[]") << 0 << u"\"daysOff\" must be a list"_s;
    QTest::newRow("same year twice") << QByteArray("[" + year2025() + "," + year2025() + "]") << 0
                                     << u"the year 2025 is given more than once"_s;
}

void TestCalendarData::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(int, expectedYear);
    QFETCH(QString, errorPart);
    const dsn::CalendarLoadResult result = dsn::parseCalendarJson(json, u"import.json"_s, expectedYear);
    QVERIFY(!result.ok());
    QVERIFY(result.years.isEmpty());
    QVERIFY2(result.error.startsWith(u"import.json: "_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
}

void TestCalendarData::loadsFileAndDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"2025.json"_s), year2025()));
    QVERIFY(writeFile(dir.filePath(u"2031.json"_s),
        R"({"year": 2031, "kurbanAit": "2031-04-02", "daysOff": [], "workingDays": []})"));
    QVERIFY(writeFile(dir.filePath(u"README.txt"_s), "not a calendar"));

    const auto file = dsn::loadCalendarPath(dir.filePath(u"2025.json"_s));
    QVERIFY2(file.ok(), qPrintable(file.error));
    QCOMPARE(file.years.size(), 1);

    const auto all = dsn::loadCalendarPath(dir.path());
    QVERIFY2(all.ok(), qPrintable(all.error));
    QCOMPARE(all.years.size(), 2);
    QCOMPARE(all.years.at(1).year, 2031);
}

void TestCalendarData::rejectsBadDirectories_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("name and year differ") << u"2026.json"_s << year2025() << u"where 2026 was expected"_s;
    QTest::newRow("name not a year") << u"calendar.json"_s << year2025() << u"named after its year"_s;
    QTest::newRow("no files") << QString() << QByteArray() << u"no calendar files"_s;
    QTest::newRow("bad file inside") << u"2025.json"_s << QByteArray("{") << u"2025.json: not valid JSON"_s;
}

void TestCalendarData::rejectsBadDirectories()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (!fileName.isEmpty())
        QVERIFY(writeFile(dir.filePath(fileName), content));
    const auto result = dsn::loadCalendarPath(dir.path());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
    QVERIFY(!dsn::loadCalendarPath(dir.filePath(u"missing.json"_s)).ok());
}

void TestCalendarData::roundTrip()
{
    const auto shipped = dsn::loadShippedCalendar();
    QVERIFY(shipped.ok());
    for (const dsn::CalendarYear &year : shipped.years) {
        const auto again = dsn::parseCalendarJson(dsn::calendarYearToJson(year), QString(), year.year);
        QVERIFY2(again.ok(), qPrintable(again.error));
        const dsn::CalendarYear &copy = again.years.at(0);
        QCOMPARE(copy.kurbanAit, year.kurbanAit);
        QCOMPARE(copy.daysOff.size(), year.daysOff.size());
        for (qsizetype i = 0; i < year.daysOff.size(); ++i) {
            QCOMPARE(copy.daysOff.at(i).date, year.daysOff.at(i).date);
            QCOMPARE(copy.daysOff.at(i).inExchangeFor, year.daysOff.at(i).inExchangeFor);
            QCOMPARE(copy.daysOff.at(i).note, year.daysOff.at(i).note);
        }
        QCOMPARE(copy.workingDays.size(), year.workingDays.size());
        QCOMPARE(copy.source, year.source);
        QCOMPARE(copy.note, year.note);
    }
}

QTEST_GUILESS_MAIN(TestCalendarData)
#include "test_calendardata.moc"
