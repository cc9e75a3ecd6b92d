#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace dsn {

// A holiday fixed to a day of the year by the Law "On holidays", valid for a range of years.
struct HolidayRule
{
    QString key; // "nauryz", used in reason keys "holiday:nauryz"
    int month = 0;
    int day = 0;
    int fromYear = 0;    // first year the day is a holiday; 0 = no lower bound
    int toYear = 0;      // last year; 0 = still in force
    bool movable = true; // false: a day off that is never moved off a weekend (7 January)
    bool appliesIn(int year) const;
};

// The non-working holidays in force, as code. Kurban Ait is not here: its date is calendar data.
const QList<HolidayRule> &statutoryHolidays();

inline constexpr QStringView kKurbanAitKey = u"kurban-ait";

// The holiday's name for people, translatable; the key itself when unknown.
QString holidayDisplayName(QStringView key);

// One day off given by the law itself (before decrees): the holiday, or the working day a
// weekend holiday moved to.
struct StatutoryDayOff
{
    QDate date;
    QString holidayKey;
    bool moved = false; // the day a holiday falling on Saturday or Sunday was moved to
};

// The statutory days off falling in `year`: holidays (Kurban Ait when its date is known) and the
// Labour Code moves. A movable holiday on Saturday or Sunday moves to the next day that is not a
// weekend, not a holiday and not already taken by an earlier move; holidays are processed in date
// order, starting with the previous year so that moves across New Year land correctly.
// Sorted by date; a date appears once (a holiday wins over a move, the earlier rule over a later).
QList<StatutoryDayOff> statutoryDaysOff(int year, const QHash<int, QDate> &kurbanAitByYear,
    const QList<HolidayRule> &rules = statutoryHolidays());

} // namespace dsn
