#include "calendar/workingcalendar.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsn::Office;

Q_DECLARE_METATYPE(dsn::Office)

class TestWorkingCalendar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void day_data();
    void day();
    void providerWorkingDays2026();
    void stateCorporationWorkingDays2026();
    void yearWithoutData();
    void weekendNewYearMovesIntoTheWorkingWeek();
    void moveAcrossNewYear();
    void addWorkingDays_data();
    void addWorkingDays();

private:
    dsn::WorkingCalendar m_calendar;
};

void TestWorkingCalendar::initTestCase()
{
    dsn::Result<dsn::WorkingCalendar> shipped = dsn::WorkingCalendar::loadShipped();
    QVERIFY2(shipped, shipped ? "" : qPrintable(shipped.error().message));
    m_calendar = std::move(shipped).value();
    QCOMPARE(m_calendar.years(), (QList<int> { 2024, 2025, 2026, 2027 }));
}

void TestWorkingCalendar::day_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Office>("office");
    QTest::addColumn<bool>("working");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *name, QDate date, Office office, bool working, const QString &reason) {
        QTest::newRow(name) << date << office << working << reason;
    };
    const Office P = Office::Provider;
    const Office S = Office::StateCorporation;

    // 2026, as the domain brief lists it: 8 Mar -> 9 Mar; 21-22 Mar -> 24-25 Mar; 9 May -> 11 May;
    // 25 Oct -> 26 Oct.
    row("2026 8 Mar Sunday", QDate(2026, 3, 8), P, false, u"holiday:womens-day"_s);
    row("2026 9 Mar moved", QDate(2026, 3, 9), P, false, u"moved-holiday:womens-day"_s);
    row("2026 21 Mar Saturday", QDate(2026, 3, 21), P, false, u"holiday:nauryz"_s);
    row("2026 22 Mar Sunday", QDate(2026, 3, 22), P, false, u"holiday:nauryz"_s);
    row("2026 23 Mar Monday", QDate(2026, 3, 23), P, false, u"holiday:nauryz"_s);
    row("2026 24 Mar moved", QDate(2026, 3, 24), P, false, u"moved-holiday:nauryz"_s);
    row("2026 25 Mar moved", QDate(2026, 3, 25), P, false, u"moved-holiday:nauryz"_s);
    row("2026 26 Mar working", QDate(2026, 3, 26), P, true, QString());
    row("2026 9 May Saturday", QDate(2026, 5, 9), P, false, u"holiday:victory-day"_s);
    row("2026 11 May moved", QDate(2026, 5, 11), P, false, u"moved-holiday:victory-day"_s);
    row("2026 25 Oct Sunday", QDate(2026, 10, 25), P, false, u"holiday:republic-day"_s);
    row("2026 26 Oct moved", QDate(2026, 10, 26), P, false, u"moved-holiday:republic-day"_s);
    row("2026 27 May Kurban Ait", QDate(2026, 5, 27), P, false, u"holiday:kurban-ait"_s);
    row("2026 7 Jan Christmas", QDate(2026, 1, 7), P, false, u"holiday:orthodox-christmas"_s);
    // 30 August is no longer a holiday from 2026 (new Constitution): nothing moves to 31 August.
    row("2026 30 Aug Sunday", QDate(2026, 8, 30), P, false, u"weekend"_s);
    row("2026 31 Aug working", QDate(2026, 8, 31), P, true, QString());

    // 2025: 3 Jan off for Sunday 5 Jan (decree); 8 Mar -> 10 Mar; 22-23 Mar -> 24-25 Mar; 6 Jul -> 7 Jul;
    // 30 Aug -> 1 Sep; 25 Oct -> 27 Oct. Kurban Ait 6 Jun.
    row("2025 3 Jan decree off", QDate(2025, 1, 3), P, false, u"decree-day-off"_s);
    row("2025 4 Jan Saturday", QDate(2025, 1, 4), P, false, u"weekend"_s);
    row("2025 5 Jan decree working", QDate(2025, 1, 5), P, true, u"decree-working-day"_s);
    row("2025 8 Mar Saturday", QDate(2025, 3, 8), P, false, u"holiday:womens-day"_s);
    row("2025 10 Mar moved", QDate(2025, 3, 10), P, false, u"moved-holiday:womens-day"_s);
    row("2025 21 Mar Friday", QDate(2025, 3, 21), P, false, u"holiday:nauryz"_s);
    row("2025 24 Mar moved", QDate(2025, 3, 24), P, false, u"moved-holiday:nauryz"_s);
    row("2025 25 Mar moved", QDate(2025, 3, 25), P, false, u"moved-holiday:nauryz"_s);
    row("2025 26 Mar working", QDate(2025, 3, 26), P, true, QString());
    row("2025 7 Jul moved", QDate(2025, 7, 7), P, false, u"moved-holiday:capital-day"_s);
    row("2025 30 Aug Saturday", QDate(2025, 8, 30), P, false, u"holiday:constitution-day"_s);
    row("2025 1 Sep moved", QDate(2025, 9, 1), P, false, u"moved-holiday:constitution-day"_s);
    row("2025 27 Oct moved", QDate(2025, 10, 27), P, false, u"moved-holiday:republic-day"_s);
    row("2025 6 Jun Kurban Ait", QDate(2025, 6, 6), P, false, u"holiday:kurban-ait"_s);
    row("2025 8 May not moved", QDate(2025, 5, 8), P, true, QString());

    // 2024: 23 Mar -> 25 Mar; 6 Jul -> 8 Jul. Kurban Ait 16 Jun and 7 Jan fell on Sundays: never moved.
    // Order of 17 April 2024: the day off of Saturday 4 May moved to Wednesday 8 May.
    row("2024 23 Mar Saturday", QDate(2024, 3, 23), P, false, u"holiday:nauryz"_s);
    row("2024 25 Mar moved", QDate(2024, 3, 25), P, false, u"moved-holiday:nauryz"_s);
    row("2024 8 Jul moved", QDate(2024, 7, 8), P, false, u"moved-holiday:capital-day"_s);
    row("2024 16 Jun Kurban Ait Sunday", QDate(2024, 6, 16), P, false, u"holiday:kurban-ait"_s);
    row("2024 17 Jun not moved", QDate(2024, 6, 17), P, true, QString());
    row("2024 7 Jan Christmas Sunday", QDate(2024, 1, 7), P, false, u"holiday:orthodox-christmas"_s);
    row("2024 8 Jan not moved", QDate(2024, 1, 8), P, true, QString());
    row("2024 4 May decree working", QDate(2024, 5, 4), P, true, u"decree-working-day"_s);
    row("2024 8 May decree off", QDate(2024, 5, 8), P, false, u"decree-day-off"_s);

    // 2027 from the rules: 2 Jan (Sat) -> 4 Jan; 21 Mar (Sun) -> 24 Mar after 22-23 Mar; 1 May (Sat) -> 3
    // May; 9 May (Sun) -> 10 May; Constitution Day on 15 March; Kurban Ait 16 May is a Sunday.
    row("2027 4 Jan moved", QDate(2027, 1, 4), P, false, u"moved-holiday:new-year"_s);
    row("2027 15 Mar Constitution Day", QDate(2027, 3, 15), P, false, u"holiday:constitution-day"_s);
    row("2027 24 Mar moved", QDate(2027, 3, 24), P, false, u"moved-holiday:nauryz"_s);
    row("2027 3 May moved", QDate(2027, 5, 3), P, false, u"moved-holiday:unity-day"_s);
    row("2027 10 May moved", QDate(2027, 5, 10), P, false, u"moved-holiday:victory-day"_s);
    row("2027 17 May not moved", QDate(2027, 5, 17), P, true, QString());
    row("2027 30 Aug working", QDate(2027, 8, 30), P, true, QString());

    // Ordinary days and the State Corporation's Saturdays.
    row("Monday", QDate(2026, 4, 6), P, true, QString());
    row("Saturday provider", QDate(2026, 3, 28), P, false, u"weekend"_s);
    row("Saturday state corp", QDate(2026, 3, 28), S, true, QString());
    row("Sunday state corp", QDate(2026, 3, 29), S, false, u"weekend"_s);
    row("holiday Saturday state corp", QDate(2026, 3, 21), S, false, u"holiday:nauryz"_s);
    row("Victory Day Saturday state corp", QDate(2026, 5, 9), S, false, u"holiday:victory-day"_s);
    row("moved holiday state corp", QDate(2026, 3, 9), S, false, u"moved-holiday:womens-day"_s);
    row("2025 3 Jan state corp", QDate(2025, 1, 3), S, false, u"decree-day-off"_s);
    row("2025 4 Jan Saturday state corp", QDate(2025, 1, 4), S, true, QString());
    row("2025 5 Jan state corp", QDate(2025, 1, 5), S, true, u"decree-working-day"_s);
    row("2024 4 May state corp", QDate(2024, 5, 4), S, true, u"decree-working-day"_s);
}

void TestWorkingCalendar::day()
{
    QFETCH(QDate, date);
    QFETCH(Office, office);
    QFETCH(bool, working);
    QFETCH(QString, reason);
    const dsn::DayStatus status = m_calendar.day(date, office);
    QCOMPARE(status.reason, reason);
    QCOMPARE(status.working, working);
    QCOMPARE(m_calendar.isWorkingDay(date, office), working);
    QVERIFY(status.knownYear);
    QVERIFY(!dsn::dayReasonDisplayText(reason).isEmpty());
}

// The 2026 days off falling on Monday-Friday, written out by hand from the law and the brief:
// 1-2 Jan, 7 Jan, 9 Mar (8 Mar moved), 23 Mar, 24-25 Mar (21-22 Mar moved), 1 May, 7 May, 11 May
// (9 May moved), 27 May (Kurban Ait), 6 Jul, 26 Oct (25 Oct moved), 16 Dec.
static const QList<QDate> kWeekdaysOff2026 = {
    QDate(2026, 1, 1),
    QDate(2026, 1, 2),
    QDate(2026, 1, 7),
    QDate(2026, 3, 9),
    QDate(2026, 3, 23),
    QDate(2026, 3, 24),
    QDate(2026, 3, 25),
    QDate(2026, 5, 1),
    QDate(2026, 5, 7),
    QDate(2026, 5, 11),
    QDate(2026, 5, 27),
    QDate(2026, 7, 6),
    QDate(2026, 10, 26),
    QDate(2026, 12, 16),
};

void TestWorkingCalendar::providerWorkingDays2026()
{
    const QSet<QDate> off(kWeekdaysOff2026.cbegin(), kWeekdaysOff2026.cend());
    int expected = 0;
    int actual = 0;
    for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1)) {
        const bool working = d.dayOfWeek() <= 5 && !off.contains(d);
        expected += working ? 1 : 0;
        actual += m_calendar.isWorkingDay(d, Office::Provider) ? 1 : 0;
        QVERIFY2(
            m_calendar.isWorkingDay(d, Office::Provider) == working, qPrintable(d.toString(Qt::ISODate)));
    }
    QCOMPARE(expected, 261 - 14); // 2026 has 261 weekdays
    QCOMPARE(actual, expected);
}

void TestWorkingCalendar::stateCorporationWorkingDays2026()
{
    // Saturday holidays close the State Corporation too: 21 Mar and 9 May 2026.
    QSet<QDate> off(kWeekdaysOff2026.cbegin(), kWeekdaysOff2026.cend());
    off.insert(QDate(2026, 3, 21));
    off.insert(QDate(2026, 5, 9));
    int actual = 0;
    for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1)) {
        const bool working = d.dayOfWeek() <= 6 && !off.contains(d);
        actual += working ? 1 : 0;
        QVERIFY2(m_calendar.isWorkingDay(d, Office::StateCorporation) == working,
            qPrintable(d.toString(Qt::ISODate)));
    }
    QCOMPARE(actual, 313 - 16); // 2026 has 313 days from Monday to Saturday
}

void TestWorkingCalendar::yearWithoutData()
{
    QVERIFY(!m_calendar.hasYear(2030));
    QVERIFY(!m_calendar.hasYear(2023));
    // The rules still apply: 1 January is a holiday, and Nauryz 23 Mar 2030 (Saturday) moves to 25 Mar.
    const dsn::DayStatus newYear = m_calendar.day(QDate(2030, 1, 1), Office::Provider);
    QVERIFY(!newYear.knownYear);
    QCOMPARE(newYear.reason, u"holiday:new-year"_s);
    QCOMPARE(m_calendar.day(QDate(2030, 3, 25), Office::Provider).reason, u"moved-holiday:nauryz"_s);
    bool touched = false;
    QVERIFY(m_calendar.isWorkingDay(QDate(2030, 4, 2), Office::Provider, &touched));
    QVERIFY(touched);
    touched = false;
    // 1-2 January 2028 fall on Saturday and Sunday and move to 3-4 January.
    QCOMPARE(m_calendar.nextWorkingDay(QDate(2027, 12, 31), Office::Provider, &touched), QDate(2028, 1, 5));
    QVERIFY(touched);
    touched = false;
    m_calendar.nextWorkingDay(QDate(2027, 12, 29), Office::Provider, &touched);
    QVERIFY(!touched);
}

void TestWorkingCalendar::weekendNewYearMovesIntoTheWorkingWeek()
{
    // 1-2 January 2022 were Saturday and Sunday: the days off moved to Monday 3 and Tuesday 4 January.
    const dsn::WorkingCalendar rulesOnly;
    QCOMPARE(rulesOnly.day(QDate(2022, 1, 3), Office::Provider).reason, u"moved-holiday:new-year"_s);
    QCOMPARE(rulesOnly.day(QDate(2022, 1, 4), Office::Provider).reason, u"moved-holiday:new-year"_s);
    QVERIFY(rulesOnly.isWorkingDay(QDate(2022, 1, 5), Office::Provider));
}

void TestWorkingCalendar::moveAcrossNewYear()
{
    // A holiday on Saturday 31 December 2022 moves past 1-2 January 2023 (holidays) to Tuesday 3 January;
    // 1 January 2023 (Sunday) then moves to Wednesday 4 January, 3 January being taken.
    QList<dsn::HolidayRule> rules = dsn::statutoryHolidays();
    rules.append({ u"year-end"_s, 12, 31, 0, 0, true });
    const dsn::WorkingCalendar calendar({}, rules);
    QCOMPARE(calendar.day(QDate(2022, 12, 31), Office::Provider).reason, u"holiday:year-end"_s);
    QCOMPARE(calendar.day(QDate(2023, 1, 2), Office::Provider).reason, u"holiday:new-year"_s);
    QCOMPARE(calendar.day(QDate(2023, 1, 3), Office::Provider).reason, u"moved-holiday:year-end"_s);
    QCOMPARE(calendar.day(QDate(2023, 1, 4), Office::Provider).reason, u"moved-holiday:new-year"_s);
    QVERIFY(calendar.isWorkingDay(QDate(2023, 1, 5), Office::Provider));
    QCOMPARE(calendar.nextWorkingDay(QDate(2022, 12, 30), Office::Provider), QDate(2023, 1, 5));
}

void TestWorkingCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<Office>("office");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("zero") << QDate(2026, 3, 21) << 0 << Office::Provider << QDate(2026, 3, 21);
    QTest::newRow("over Nauryz") << QDate(2026, 3, 20) << 1 << Office::Provider << QDate(2026, 3, 26);
    QTest::newRow("over Nauryz, state corp")
        << QDate(2026, 3, 20) << 1 << Office::StateCorporation << QDate(2026, 3, 26);
    QTest::newRow("Saturday counts at state corp")
        << QDate(2026, 3, 26) << 2 << Office::StateCorporation << QDate(2026, 3, 28);
    QTest::newRow("Saturday skipped by provider")
        << QDate(2026, 3, 26) << 2 << Office::Provider << QDate(2026, 3, 30);
    QTest::newRow("backwards over Nauryz")
        << QDate(2026, 3, 26) << -1 << Office::Provider << QDate(2026, 3, 20);
    QTest::newRow("decree Sunday counts") << QDate(2025, 1, 2) << 1 << Office::Provider << QDate(2025, 1, 5);
    QTest::newRow("into next year") << QDate(2025, 12, 31) << 1 << Office::Provider << QDate(2026, 1, 5);
}

void TestWorkingCalendar::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(Office, office);
    QFETCH(QDate, expected);
    QCOMPARE(m_calendar.addWorkingDays(from, n, office), expected);
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "test_workingcalendar.moc"
