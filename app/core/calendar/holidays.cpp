#include "calendar/holidays.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

bool HolidayRule::appliesIn(int year) const
{
    return (fromYear == 0 || year >= fromYear) && (toYear == 0 || year <= toYear);
}

const QList<HolidayRule> &statutoryHolidays()
{
    // Law No. 267 "On holidays" and Labour Code art. 84-85, as amended in 2022 (Republic Day) and
    // after the Constitution adopted by the referendum of 15 March 2026: the Ministry of Labour
    // announced that 30 August is no longer a holiday from 2026 and that Constitution Day is
    // celebrated on 15 March from 2027.
    static const QList<HolidayRule> rules = {
        { u"new-year"_s, 1, 1, 0, 0, true },
        { u"new-year"_s, 1, 2, 0, 0, true },
        { u"orthodox-christmas"_s, 1, 7, 0, 0, false },
        { u"womens-day"_s, 3, 8, 0, 0, true },
        { u"constitution-day"_s, 3, 15, 2027, 0, true },
        { u"nauryz"_s, 3, 21, 0, 0, true },
        { u"nauryz"_s, 3, 22, 0, 0, true },
        { u"nauryz"_s, 3, 23, 0, 0, true },
        { u"unity-day"_s, 5, 1, 0, 0, true },
        { u"defender-day"_s, 5, 7, 0, 0, true },
        { u"victory-day"_s, 5, 9, 0, 0, true },
        { u"capital-day"_s, 7, 6, 0, 0, true },
        { u"constitution-day"_s, 8, 30, 0, 2025, true },
        { u"republic-day"_s, 10, 25, 2022, 0, true },
        { u"independence-day"_s, 12, 16, 0, 0, true },
    };
    return rules;
}

QString holidayDisplayName(QStringView key)
{
    if (key == u"new-year")
        return QCoreApplication::translate("dsn::Holiday", "New Year");
    if (key == u"orthodox-christmas")
        return QCoreApplication::translate("dsn::Holiday", "Orthodox Christmas");
    if (key == u"womens-day")
        return QCoreApplication::translate("dsn::Holiday", "International Women's Day");
    if (key == u"nauryz")
        return QCoreApplication::translate("dsn::Holiday", "Nauryz meirami");
    if (key == u"unity-day")
        return QCoreApplication::translate("dsn::Holiday", "Day of Unity of the People of Kazakhstan");
    if (key == u"defender-day")
        return QCoreApplication::translate("dsn::Holiday", "Defender of the Fatherland Day");
    if (key == u"victory-day")
        return QCoreApplication::translate("dsn::Holiday", "Victory Day");
    if (key == u"capital-day")
        return QCoreApplication::translate("dsn::Holiday", "Capital Day");
    if (key == u"constitution-day")
        return QCoreApplication::translate("dsn::Holiday", "Constitution Day");
    if (key == u"republic-day")
        return QCoreApplication::translate("dsn::Holiday", "Republic Day");
    if (key == u"independence-day")
        return QCoreApplication::translate("dsn::Holiday", "Independence Day");
    if (key == kKurbanAitKey)
        return QCoreApplication::translate("dsn::Holiday", "Kurban Ait (first day)");
    return key.toString();
}

namespace {

struct HolidayDate
{
    QDate date;
    QString key;
    bool movable = true;
};

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

QList<HolidayDate> holidaysOf(
    int year, const QHash<int, QDate> &kurbanAitByYear, const QList<HolidayRule> &rules)
{
    QList<HolidayDate> result;
    for (const HolidayRule &rule : rules) {
        const QDate date(year, rule.month, rule.day);
        if (rule.appliesIn(year) && date.isValid())
            result.append({ date, rule.key, rule.movable });
    }
    const QDate kurbanAit = kurbanAitByYear.value(year);
    if (kurbanAit.isValid())
        result.append({ kurbanAit, kKurbanAitKey.toString(), false });
    return result;
}

} // namespace

QList<StatutoryDayOff> statutoryDaysOff(
    int year, const QHash<int, QDate> &kurbanAitByYear, const QList<HolidayRule> &rules)
{
    QList<HolidayDate> holidays = holidaysOf(year - 1, kurbanAitByYear, rules);
    holidays.append(holidaysOf(year, kurbanAitByYear, rules));
    std::stable_sort(holidays.begin(), holidays.end(),
        [](const HolidayDate &a, const HolidayDate &b) { return a.date < b.date; });

    QSet<QDate> holidayDates;
    for (const HolidayDate &h : std::as_const(holidays))
        holidayDates.insert(h.date);

    QMap<QDate, StatutoryDayOff> days;
    QSet<QDate> taken;
    for (const HolidayDate &h : std::as_const(holidays)) {
        if (h.date.year() == year && !days.contains(h.date))
            days.insert(h.date, { h.date, h.key, false });
        if (!h.movable || !isWeekend(h.date))
            continue;
        QDate target = h.date.addDays(1);
        while (isWeekend(target) || holidayDates.contains(target) || taken.contains(target))
            target = target.addDays(1);
        taken.insert(target);
        if (target.year() == year)
            days.insert(target, { target, h.key, true });
    }
    return days.values();
}

} // namespace dsn
