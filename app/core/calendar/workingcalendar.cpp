#include "calendar/workingcalendar.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {
const QString kHolidayPrefix = u"holiday:"_s;
const QString kMovedPrefix = u"moved-holiday:"_s;
const QString kDecreeDayOff = u"decree-day-off"_s;
const QString kDecreeWorkingDay = u"decree-working-day"_s;
const QString kWeekend = u"weekend"_s;
constexpr int kSearchLimitDays = 366 * 2; // no office is closed that long; guards against bad data
} // namespace

QString dayReasonDisplayText(const QString &reason)
{
    if (reason.isEmpty())
        return QCoreApplication::translate("dsn::Calendar", "Working day");
    if (reason == kWeekend)
        return QCoreApplication::translate("dsn::Calendar", "Weekend");
    if (reason == kDecreeDayOff)
        return QCoreApplication::translate("dsn::Calendar", "Day off by decree");
    if (reason == kDecreeWorkingDay)
        return QCoreApplication::translate("dsn::Calendar", "Working day by decree");
    if (reason.startsWith(kHolidayPrefix))
        return QCoreApplication::translate("dsn::Calendar", "Holiday: %1")
            .arg(holidayDisplayName(QStringView(reason).mid(kHolidayPrefix.size())));
    if (reason.startsWith(kMovedPrefix))
        return QCoreApplication::translate("dsn::Calendar", "Day off moved from a weekend holiday: %1")
            .arg(holidayDisplayName(QStringView(reason).mid(kMovedPrefix.size())));
    return reason;
}

WorkingCalendar::WorkingCalendar(const QList<CalendarYear> &years, QList<HolidayRule> rules)
    : m_rules(std::move(rules))
{
    for (const CalendarYear &year : years) {
        m_data.insert(year.year, year);
        if (year.kurbanAit.isValid())
            m_kurbanAit.insert(year.year, year.kurbanAit);
    }
    for (const CalendarYear &year : years)
        m_tables.insert(year.year, buildTable(year.year));
}

Result<WorkingCalendar> WorkingCalendar::loadShipped()
{
    const CalendarLoadResult loaded = loadShippedCalendar();
    if (!loaded.ok())
        return makeError(ErrorCode::Damaged, loaded.error);
    return WorkingCalendar(loaded.years);
}

WorkingCalendar WorkingCalendar::shipped()
{
    Result<WorkingCalendar> loaded = loadShipped();
    return loaded ? std::move(loaded).value() : WorkingCalendar();
}

bool WorkingCalendar::hasYear(int year) const
{
    return m_data.contains(year);
}

QList<int> WorkingCalendar::years() const
{
    QList<int> result = m_data.keys();
    std::sort(result.begin(), result.end());
    return result;
}

const CalendarYear *WorkingCalendar::yearData(int year) const
{
    const auto it = m_data.constFind(year);
    return it == m_data.constEnd() ? nullptr : &it.value();
}

WorkingCalendar::YearTable WorkingCalendar::buildTable(int year) const
{
    YearTable table;
    for (const StatutoryDayOff &day : statutoryDaysOff(year, m_kurbanAit, m_rules))
        table.daysOff.insert(day.date, (day.moved ? kMovedPrefix : kHolidayPrefix) + day.holidayKey);
    // Decrees apply on top of the law's days off; an exchange day may sit in a neighbouring year.
    for (int y : { year - 1, year, year + 1 }) {
        const CalendarYear *data = yearData(y);
        if (!data)
            continue;
        for (const DecreeDayOff &day : data->daysOff) {
            if (day.date.year() == year)
                table.daysOff.insert(day.date, kDecreeDayOff);
            if (day.inExchangeFor.year() == year)
                table.decreeWorkingDays.insert(day.inExchangeFor);
        }
        for (const DecreeWorkingDay &day : data->workingDays) {
            if (day.date.year() == year)
                table.decreeWorkingDays.insert(day.date);
        }
    }
    return table;
}

const WorkingCalendar::YearTable &WorkingCalendar::table(int year, YearTable *scratch) const
{
    const auto it = m_tables.constFind(year);
    if (it != m_tables.constEnd())
        return it.value();
    *scratch = buildTable(year);
    return *scratch;
}

DayStatus WorkingCalendar::day(QDate date, Office office) const
{
    DayStatus status;
    status.date = date;
    if (!date.isValid())
        return status;
    status.knownYear = hasYear(date.year());
    YearTable scratch;
    const YearTable &t = table(date.year(), &scratch);
    if (t.decreeWorkingDays.contains(date)) {
        status.working = true;
        status.reason = kDecreeWorkingDay;
    } else if (const auto off = t.daysOff.constFind(date); off != t.daysOff.constEnd()) {
        status.reason = off.value();
    } else if (!isRegularWorkingWeekday(office, date.dayOfWeek())) {
        status.reason = kWeekend;
    } else {
        status.working = true;
    }
    return status;
}

bool WorkingCalendar::isWorkingDay(QDate date, Office office, bool *touchedUnknownYear) const
{
    const DayStatus status = day(date, office);
    if (touchedUnknownYear && !status.knownYear)
        *touchedUnknownYear = true;
    return status.working;
}

QDate WorkingCalendar::nextWorkingDay(QDate date, Office office, bool *touchedUnknownYear) const
{
    return addWorkingDays(date, 1, office, touchedUnknownYear);
}

QDate WorkingCalendar::workingDayOnOrAfter(QDate date, Office office, bool *touchedUnknownYear) const
{
    if (isWorkingDay(date, office, touchedUnknownYear))
        return date;
    return nextWorkingDay(date, office, touchedUnknownYear);
}

QDate WorkingCalendar::addWorkingDays(QDate date, int n, Office office, bool *touchedUnknownYear) const
{
    if (!date.isValid())
        return QDate();
    const int step = n < 0 ? -1 : 1;
    int remaining = n < 0 ? -n : n;
    int closedInARow = 0;
    while (remaining > 0) {
        date = date.addDays(step);
        if (isWorkingDay(date, office, touchedUnknownYear)) {
            --remaining;
            closedInARow = 0;
        } else if (++closedInARow > kSearchLimitDays) {
            return QDate();
        }
    }
    return date;
}

} // namespace dsn
