#include "calendar/schedule.h"

#include "base/enumtable.h"

namespace dsn {

namespace {

constexpr EnumEntry<Office> kOffices[] = {
    { Office::Provider, u"provider", QT_TRANSLATE_NOOP("dsn::Office", "State Revenue Department") },
    { Office::StateCorporation, u"state-corp", QT_TRANSLATE_NOOP("dsn::Office", "State Corporation") },
};

} // namespace

QString officeKey(Office office)
{
    return enumKey(kOffices, office);
}

std::optional<Office> officeFromKey(QStringView key)
{
    return enumFromKey(kOffices, key);
}

QString officeDisplayName(Office office)
{
    return enumName("dsn::Office", kOffices, office);
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
