#pragma once

#include "base/result.h"
#include "calendar/calendardata.h"
#include "calendar/holidays.h"
#include "calendar/schedule.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace dsn {

// Why a day is or is not a working day. Keys:
//   ""                        an ordinary working day
//   "weekend"                 not in the office's working week
//   "holiday:<key>"           a holiday (holiday:nauryz, holiday:kurban-ait, ...)
//   "moved-holiday:<key>"     the day a weekend holiday moved to
//   "decree-day-off"          made a day off by decree
//   "decree-working-day"      a Saturday or Sunday made a working day by decree
struct DayStatus
{
    QDate date;
    bool working = false;
    QString reason;
    bool knownYear = true; // false when the year has no calendar data (Kurban Ait, decrees unknown)
};

// The reason key as a sentence for people, translatable.
QString dayReasonDisplayText(const QString &reason);

// The working calendar: the holiday rules (code) plus the calendar data of each year.
// Pure: no clock. For a year without data the rules still apply, but Kurban Ait and decrees are
// unknown; every query can report that it touched such a year.
class WorkingCalendar
{
public:
    explicit WorkingCalendar(
        const QList<CalendarYear> &years = {}, QList<HolidayRule> rules = statutoryHolidays());

    // The calendar with the shipped data, or why it cannot be loaded (a build defect).
    static Result<WorkingCalendar> loadShipped();
    // The same; on a load error a calendar with no years, whose every query reports the unknown year.
    static WorkingCalendar shipped();

    bool hasYear(int year) const;
    QList<int> years() const;
    const CalendarYear *yearData(int year) const; // nullptr when unknown

    DayStatus day(QDate date, Office office) const;
    bool isWorkingDay(QDate date, Office office, bool *touchedUnknownYear = nullptr) const;
    // The first working day strictly after `date`.
    QDate nextWorkingDay(QDate date, Office office, bool *touchedUnknownYear = nullptr) const;
    // `date` itself when it is a working day, otherwise the next one.
    QDate workingDayOnOrAfter(QDate date, Office office, bool *touchedUnknownYear = nullptr) const;
    // The n-th working day after `date` (date itself not counted); n < 0 counts backwards, 0 gives date.
    QDate addWorkingDays(QDate date, int n, Office office, bool *touchedUnknownYear = nullptr) const;

private:
    struct YearTable
    {
        QHash<QDate, QString> daysOff; // holiday:, moved-holiday:, decree-day-off
        QSet<QDate> decreeWorkingDays;
    };
    YearTable buildTable(int year) const;
    const YearTable &table(int year, YearTable *scratch) const;

    QList<HolidayRule> m_rules;
    QHash<int, CalendarYear> m_data;
    QHash<int, QDate> m_kurbanAit;
    QHash<int, YearTable> m_tables; // built for every year with data
};

} // namespace dsn
