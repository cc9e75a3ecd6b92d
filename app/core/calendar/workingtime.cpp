#include "calendar/workingtime.h"

namespace dsn {

QDateTime toKazakhstanTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return QDateTime();
    if (moment.timeSpec() == Qt::LocalTime)
        return QDateTime(moment.date(), moment.time(), kazakhstanTimeZone());
    return moment.toTimeZone(kazakhstanTimeZone());
}

QDateTime openingTime(QDate date, Office office)
{
    return QDateTime(date, officeHours(office).opens, kazakhstanTimeZone());
}

QDateTime closingTime(QDate date, Office office)
{
    return QDateTime(date, officeHours(office).closes, kazakhstanTimeZone());
}

QDateTime rollToWorkingTime(
    const WorkingCalendar &calendar, const QDateTime &moment, Office office, bool *touchedUnknownYear)
{
    const QDateTime local = toKazakhstanTime(moment);
    if (!local.isValid())
        return QDateTime();
    const OfficeHours hours = officeHours(office);
    const QDate date = local.date();
    const QTime time = local.time();
    if (calendar.isWorkingDay(date, office, touchedUnknownYear)) {
        if (hours.isOpenAt(time))
            return local;
        if (time < hours.opens)
            return openingTime(date, office);
        if (hours.hasLunch() && time >= hours.lunchStarts && time < hours.lunchEnds)
            return QDateTime(date, hours.lunchEnds, kazakhstanTimeZone());
    }
    const QDate next = calendar.nextWorkingDay(date, office, touchedUnknownYear);
    return next.isValid() ? openingTime(next, office) : QDateTime();
}

} // namespace dsn
