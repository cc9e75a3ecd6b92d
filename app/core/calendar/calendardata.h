#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace dsn {

// A day off added by a decree (order of the authorised body for labour, Labour Code art. 85 §3).
struct DecreeDayOff
{
    QDate date;
    QDate inExchangeFor; // the weekend day that becomes a working day in exchange; may be invalid
    QString note;        // names the decree when known
};

// A Saturday or Sunday made a working day by a decree.
struct DecreeWorkingDay
{
    QDate date;
    QString note;
};

// The data of one calendar year. The law's own holidays and their moves off weekends are code
// (holidays.h); only what the law leaves to other acts is data.
struct CalendarYear
{
    int year = 0;
    QDate kurbanAit; // first day of Kurban Ait, a day off that is never moved
    QList<DecreeDayOff> daysOff;
    QList<DecreeWorkingDay> workingDays;
    QString source; // where the year's data comes from
    QString note;   // what is known to be uncertain
};

struct CalendarLoadResult
{
    QList<CalendarYear> years; // sorted by year
    QString error;             // empty when everything loaded and validated
    bool ok() const { return error.isEmpty(); }
};

// Parses calendar JSON: one year (an object) or several (an array of objects). Validation is strict:
// unknown fields, bad dates, dates outside the year, duplicate dates or years, a decree day off that
// is not a working day, a decree working day that is not a Saturday or Sunday, or an exchange day not
// listed as a working day are errors. `origin` names the text in messages; when `expectedYear` is not
// 0 the text must hold exactly that year.
CalendarLoadResult parseCalendarJson(
    const QByteArray &json, const QString &origin = QString(), int expectedYear = 0);

// Loads a file, or every file of a directory; file names must be YYYY.json and match the year inside.
// Resource paths (":/calendar") work too.
CalendarLoadResult loadCalendarPath(const QString &path);

// The calendars shipped with the product (resources/calendar/*.json).
CalendarLoadResult loadShippedCalendar();
inline constexpr char16_t kShippedCalendarPath[] = u":/calendar";

// One year as JSON in the shipped format (for export and for the administrator's editor).
QByteArray calendarYearToJson(const CalendarYear &year);

} // namespace dsn
