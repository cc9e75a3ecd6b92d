// dsnctl calendar: the working calendar and the service deadlines, for support staff and scripts.
#include "base/kazakhstantime.h"
#include "commandregistry.h"

#include "base/csv.h"
#include "calendar/deadlines.h"
#include "calendar/workingcalendar.h"
#include "calendar/workingtime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

using dsnctl::Command;
using dsnctl::Invocation;

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;
constexpr int kMaxAddDays = 3660;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::calendar)
};

QCommandLineOption officeOption(dsn::Office defaultOffice)
{
    return QCommandLineOption(u"office"_s,
        u"Whose working week to use: provider or state-corp (default: %1)."_s.arg(
            dsn::officeKey(defaultOffice)),
        u"OFFICE"_s);
}

bool readOffice(Invocation &inv, dsn::Office defaultOffice, dsn::Office *office)
{
    *office = defaultOffice;
    if (!inv.isSet(u"office"_s))
        return true;
    QString key;
    if (!dsnctl::parseChoice(inv, u"office"_s, { u"provider"_s, u"state-corp"_s }, &key))
        return false;
    *office = *dsn::officeFromKey(key);
    return true;
}

// The shipped calendar, or the file or directory given with --data. Reports a load error (exit 1).
std::optional<dsn::WorkingCalendar> loadCalendar(Invocation &inv)
{
    const dsn::CalendarLoadResult loaded
        = inv.isSet(u"data"_s) ? dsn::loadCalendarPath(inv.value(u"data"_s)) : dsn::loadShippedCalendar();
    if (!loaded.ok()) {
        inv.fail(Text::tr("calendar data not loaded: %1").arg(loaded.error));
        return std::nullopt;
    }
    return dsn::WorkingCalendar(loaded.years);
}

int failUnknownYear(Invocation &inv, int year)
{
    return inv.fail(
        Text::tr("no calendar data for %1: the date of Kurban Ait and the decree transfers of that "
                 "year are unknown (add resources/calendar/%1.json or give --data)")
            .arg(year));
}

// The first year among the dates that the calendar has no data for, or 0.
int firstUnknownYear(const dsn::WorkingCalendar &calendar, const QList<QDate> &dates)
{
    for (const QDate &date : dates)
        if (date.isValid() && !calendar.hasYear(date.year()))
            return date.year();
    return 0;
}

std::optional<QDate> parseDate(const QString &value)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!shape.match(value).hasMatch() || !date.isValid() || date.year() < kMinYear || date.year() > kMaxYear)
        return std::nullopt;
    return date;
}

// YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM|-HH:MM]; without an offset the time is Kazakhstan time.
std::optional<QDateTime> parseMoment(const QString &value)
{
    static const QRegularExpression shape(
        u"^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|([+-])(\\d{2}):(\\d{2}))?$"_s);
    const QRegularExpressionMatch m = shape.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    const std::optional<QDate> date = parseDate(m.captured(1));
    const QTime time(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (!date || !time.isValid())
        return std::nullopt;
    if (!m.hasCaptured(5))
        return dsn::kazakhstanDateTime(*date, time);
    int offset = 0;
    if (m.captured(5) != u"Z"_s) {
        const int hours = m.captured(7).toInt();
        const int minutes = m.captured(8).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        offset = (hours * 3600 + minutes * 60) * (m.captured(6) == u"-"_s ? -1 : 1);
    }
    return dsn::kazakhstanTime(QDateTime(*date, time, QTimeZone(offset)));
}

QString iso(const QDateTime &moment)
{
    return moment.isValid() ? moment.toString(Qt::ISODate) : QString();
}

int runYear(Invocation &inv)
{
    static const QRegularExpression shape(u"^\\d{4}$"_s);
    const QString arg = inv.positional().at(0);
    const int year = arg.toInt();
    if (!shape.match(arg).hasMatch() || year < kMinYear || year > kMaxYear)
        return inv.usageError(
            Text::tr("invalid year '%1' (expected four digits, %2-%3)").arg(arg).arg(kMinYear).arg(kMaxYear));
    dsn::Office office;
    if (!readOffice(inv, dsn::Office::Provider, &office))
        return dsnctl::ExitUsage;
    const std::optional<dsn::WorkingCalendar> calendar = loadCalendar(inv);
    if (!calendar)
        return dsnctl::ExitInvalid;
    if (!calendar->hasYear(year))
        return failUnknownYear(inv, year);

    inv.out() << "date,working,reason\n";
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        const dsn::DayStatus day = calendar->day(date, office);
        inv.out() << dsn::csv::formatRow(
            { date.toString(Qt::ISODate), day.working ? u"1"_s : u"0"_s, day.reason })
                  << '\n';
    }
    return dsnctl::ExitOk;
}

int runDeadline(Invocation &inv)
{
    if (!inv.isSet(u"received"_s))
        return inv.usageError(Text::tr("missing --received YYYY-MM-DDTHH:MM"));
    const std::optional<QDateTime> received = parseMoment(inv.value(u"received"_s));
    if (!received)
        return inv.usageError(Text::tr("invalid --received '%1' (expected YYYY-MM-DDTHH:MM[:SS], optionally "
                                       "followed by Z or an offset such as +05:00)")
                                  .arg(inv.value(u"received"_s)));
    dsn::Office office;
    if (!readOffice(inv, dsn::Office::StateCorporation, &office))
        return dsnctl::ExitUsage;
    const std::optional<dsn::WorkingCalendar> calendar = loadCalendar(inv);
    if (!calendar)
        return dsnctl::ExitInvalid;

    const dsn::ServiceTerm term = dsn::serviceTerm(*calendar, *received, office);
    if (term.touchesUnknownYear || !term.due.isValid()) {
        const int year = firstUnknownYear(*calendar,
            { term.received.date(), term.accepted.date(), term.registered.date(), term.due.date() });
        return failUnknownYear(inv, year ? year : term.received.date().year() + 1);
    }
    if (inv.isSet(u"json"_s)) {
        QJsonObject object { { u"office"_s, dsn::officeKey(office) }, { u"received"_s, iso(term.received) },
            { u"registered"_s, iso(term.registered) }, { u"due"_s, iso(term.due) } };
        if (term.accepted.isValid())
            object.insert(u"accepted"_s, iso(term.accepted));
        inv.out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    } else {
        inv.out() << "registered: " << iso(term.registered) << '\n' << "due: " << iso(term.due) << '\n';
    }
    return dsnctl::ExitOk;
}

int runCheck(Invocation &inv)
{
    const std::optional<QDate> date = parseDate(inv.positional().at(0));
    if (!date)
        return inv.usageError(
            Text::tr("invalid date '%1' (expected YYYY-MM-DD)").arg(inv.positional().at(0)));
    dsn::Office office;
    if (!readOffice(inv, dsn::Office::Provider, &office))
        return dsnctl::ExitUsage;
    const std::optional<dsn::WorkingCalendar> calendar = loadCalendar(inv);
    if (!calendar)
        return dsnctl::ExitInvalid;
    if (!calendar->hasYear(date->year()))
        return failUnknownYear(inv, date->year());
    const dsn::DayStatus day = calendar->day(*date, office);
    inv.out() << "date: " << date->toString(Qt::ISODate) << '\n'
              << "office: " << dsn::officeKey(office) << '\n'
              << "working: " << (day.working ? '1' : '0') << '\n'
              << "reason: " << day.reason << '\n'
              << "description: " << dsn::dayReasonDisplayText(day.reason) << '\n';
    return dsnctl::ExitOk;
}

int runAddDays(Invocation &inv)
{
    static const QRegularExpression number(u"^[+-]?\\d{1,5}$"_s);
    const std::optional<QDate> date = parseDate(inv.positional().at(0));
    if (!date)
        return inv.usageError(
            Text::tr("invalid date '%1' (expected YYYY-MM-DD)").arg(inv.positional().at(0)));
    const QString countText = inv.positional().at(1);
    const int count = countText.toInt();
    if (!number.match(countText).hasMatch() || count < -kMaxAddDays || count > kMaxAddDays)
        return inv.usageError(
            Text::tr("invalid number of working days '%1' (expected a whole number from %2 to %3)")
                .arg(countText)
                .arg(-kMaxAddDays)
                .arg(kMaxAddDays));
    dsn::Office office;
    if (!readOffice(inv, dsn::Office::Provider, &office))
        return dsnctl::ExitUsage;
    const std::optional<dsn::WorkingCalendar> calendar = loadCalendar(inv);
    if (!calendar)
        return dsnctl::ExitInvalid;
    bool unknown = !calendar->hasYear(date->year());
    const QDate result = calendar->addWorkingDays(*date, count, office, &unknown);
    if (unknown || !result.isValid()) {
        const int year = firstUnknownYear(*calendar, { *date, result });
        return failUnknownYear(inv, year ? year : date->year() + (count < 0 ? -1 : 1));
    }
    inv.out() << result.toString(Qt::ISODate) << '\n';
    return dsnctl::ExitOk;
}

Command calendarCommand()
{
    Command year;
    year.name = u"year"_s;
    year.summary
        = u"Print every day of YEAR as CSV: date,working,reason (reason keys: weekend, holiday:KEY, "
          u"moved-holiday:KEY, decree-day-off, decree-working-day, empty for an ordinary working day)."_s;
    year.positionalNames = { u"YEAR"_s };
    year.minPositional = year.maxPositional = 1;
    year.options = { officeOption(dsn::Office::Provider) };
    year.run = runYear;

    Command deadline;
    deadline.name = u"deadline"_s;
    deadline.summary = u"Print the registration moment and the end of the one-working-day term for documents "
                       u"received at the given moment (Kazakhstan time, UTC+05:00)."_s;
    deadline.options = {
        QCommandLineOption(u"received"_s,
            u"When the application was handed in: YYYY-MM-DDTHH:MM[:SS], optionally with Z or "
            u"an offset; without one, Kazakhstan time."_s,
            u"MOMENT"_s),
        officeOption(dsn::Office::StateCorporation),
        QCommandLineOption(u"json"_s, u"Print one JSON object instead of text lines."_s),
    };
    deadline.run = runDeadline;

    Command check;
    check.name = u"check"_s;
    check.summary = u"Tell whether DATE (YYYY-MM-DD) is a working day for the office, and why."_s;
    check.positionalNames = { u"DATE"_s };
    check.minPositional = check.maxPositional = 1;
    check.options = { officeOption(dsn::Office::Provider) };
    check.run = runCheck;

    Command addDays;
    addDays.name = u"add-days"_s;
    addDays.summary = u"Print the N-th working day of the office after DATE (DATE not counted). A negative N "
                      u"counts backwards; write it after --, as: add-days 2026-03-26 -- -1."_s;
    addDays.positionalNames = { u"DATE"_s, u"N"_s };
    addDays.minPositional = addDays.maxPositional = 2;
    addDays.options = { officeOption(dsn::Office::Provider) };
    addDays.run = runAddDays;

    Command group;
    group.name = u"calendar"_s;
    group.summary = u"Working calendar of the provider and the State Corporation, and service deadlines."_s;
    group.options = { QCommandLineOption(u"data"_s,
        u"Read calendar data from this JSON file or directory of YYYY.json files "
        u"instead of the shipped calendar."_s,
        u"PATH"_s) };
    group.children = { year, deadline, check, addDays };
    return group;
}

} // namespace

static const bool registered = dsnctl::registerCommand(&calendarCommand);
