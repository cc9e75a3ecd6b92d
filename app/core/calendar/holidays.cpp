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

namespace {

struct HolidayName
{
    QStringView key;
    const char *name;
};

constexpr HolidayName kHolidayNames[] = {
    { u"new-year", QT_TRANSLATE_NOOP("dsn::Holiday", "New Year") },
    { u"orthodox-christmas", QT_TRANSLATE_NOOP("dsn::Holiday", "Orthodox Christmas") },
    { u"womens-day", QT_TRANSLATE_NOOP("dsn::Holiday", "International Women's Day") },
    { u"nauryz", QT_TRANSLATE_NOOP("dsn::Holiday", "Nauryz meirami") },
    { u"unity-day", QT_TRANSLATE_NOOP("dsn::Holiday", "Day of Unity of the People of Kazakhstan") },
    { u"defender-day", QT_TRANSLATE_NOOP("dsn::Holiday", "Defender of the Fatherland Day") },
    { u"victory-day", QT_TRANSLATE_NOOP("dsn::Holiday", "Victory Day") },
    { u"capital-day", QT_TRANSLATE_NOOP("dsn::Holiday", "Capital Day") },
    { u"constitution-day", QT_TRANSLATE_NOOP("dsn::Holiday", "Constitution Day") },
    { u"republic-day", QT_TRANSLATE_NOOP("dsn::Holiday", "Republic Day") },
    { u"independence-day", QT_TRANSLATE_NOOP("dsn::Holiday", "Independence Day") },
    { kKurbanAitKey, QT_TRANSLATE_NOOP("dsn::Holiday", "Kurban Ait (first day)") },
};

} // namespace

QString holidayDisplayName(QStringView key)
{
    for (const HolidayName &holiday : kHolidayNames) {
        if (holiday.key == key)
            return QCoreApplication::translate("dsn::Holiday", holiday.name);
    }
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
