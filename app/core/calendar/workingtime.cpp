#include "calendar/workingtime.h"

#include "base/kazakhstantime.h"

namespace dsn {

QDateTime toKazakhstanTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return QDateTime();
    if (moment.timeSpec() == Qt::LocalTime)
        return kazakhstanDateTime(moment.date(), moment.time());
    return kazakhstanTime(moment);
}

QDateTime openingTime(QDate date, Office office)
{
    return kazakhstanDateTime(date, officeHours(office).opens);
}

QDateTime closingTime(QDate date, Office office)
{
    return kazakhstanDateTime(date, officeHours(office).closes);
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
            return kazakhstanDateTime(date, hours.lunchEnds);
    }
    const QDate next = calendar.nextWorkingDay(date, office, touchedUnknownYear);
    return next.isValid() ? openingTime(next, office) : QDateTime();
}

} // namespace dsn
