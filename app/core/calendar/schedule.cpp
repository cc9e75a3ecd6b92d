#include "calendar/schedule.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

QString officeKey(Office office)
{
    switch (office) {
    case Office::Provider:
        return u"provider"_s;
    case Office::StateCorporation:
        return u"state-corp"_s;
    }
    return u"provider"_s;
}

std::optional<Office> officeFromKey(QStringView key)
{
    if (key == u"provider")
        return Office::Provider;
    if (key == u"state-corp")
        return Office::StateCorporation;
    return std::nullopt;
}

QString officeDisplayName(Office office)
{
    switch (office) {
    case Office::Provider:
        return QCoreApplication::translate("dsn::Office", "State Revenue Department");
    case Office::StateCorporation:
        return QCoreApplication::translate("dsn::Office", "State Corporation");
    }
    return QString();
}

bool OfficeHours::isOpenAt(QTime time) const
{
    if (time < opens || time >= closes)
        return false;
    return !(hasLunch() && time >= lunchStarts && time < lunchEnds);
}

OfficeHours officeHours(Office office)
{
    switch (office) {
    case Office::Provider:
        return { QTime(9, 0), QTime(18, 30), QTime(13, 0), QTime(14, 30) };
    case Office::StateCorporation:
        return { QTime(9, 0), QTime(20, 0), QTime(), QTime() };
    }
    return {};
}

bool isRegularWorkingWeekday(Office office, int dayOfWeek)
{
    const int lastWorkingDay = office == Office::StateCorporation ? Qt::Saturday : Qt::Friday;
    return dayOfWeek >= Qt::Monday && dayOfWeek <= lastWorkingDay;
}

} // namespace dsn
