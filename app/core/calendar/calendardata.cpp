#include "calendar/calendardata.h"

#include "base/strictjson.h"
#include "calendar/holidays.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::CalendarData)
};

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return u"(missing)"_s;
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1).chopped(1));
}

// Reads one year object; returns an error message (without the origin) or an empty string.
class YearReader
{
public:
    QString read(const QJsonObject &object, CalendarYear *out);

private:
    bool checkKeys(const QJsonObject &object, const QStringList &allowed, const QString &where);
    bool readAnyDate(const QJsonValue &value, const QString &field, QDate *date);
    bool readDate(const QJsonValue &value, const QString &field, QDate *date);
    bool readString(const QJsonObject &object, const QString &field, const QString &where, QString *text);
    bool readDaysOff(const QJsonValue &value, CalendarYear *out);
    bool readWorkingDays(const QJsonValue &value, CalendarYear *out);
    bool claimDate(QDate date, const QString &field);
    QString statutoryReason(QDate date) const;

    QString m_error;
    int m_year = 0;
    QHash<QDate, QString> m_statutory; // date -> holiday key of the law's own days off
    QSet<QDate> m_seen;
};

bool YearReader::checkKeys(const QJsonObject &object, const QStringList &allowed, const QString &where)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            m_error = Text::tr("%1: unknown field \"%2\" (expected: %3)")
                          .arg(where, it.key(), allowed.join(u", "_s));
            return false;
        }
    }
    return true;
}

bool YearReader::readAnyDate(const QJsonValue &value, const QString &field, QDate *date)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString text = value.toString();
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!value.isString() || !shape.match(text).hasMatch() || !parsed.isValid()) {
        m_error = Text::tr("%1: \"%2\" is not a date in the form YYYY-MM-DD").arg(field, jsonText(value));
        return false;
    }
    *date = parsed;
    return true;
}

bool YearReader::readDate(const QJsonValue &value, const QString &field, QDate *date)
{
    if (!readAnyDate(value, field, date))
        return false;
    if (date->year() != m_year) {
        m_error = Text::tr("%1: %2 is not in %3").arg(field, date->toString(Qt::ISODate)).arg(m_year);
        *date = QDate();
        return false;
    }
    return true;
}

bool YearReader::readString(
    const QJsonObject &object, const QString &field, const QString &where, QString *text)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined())
        return true;
    if (!value.isString()) {
        m_error = Text::tr("%1: \"%2\" must be text").arg(where, field);
        return false;
    }
    *text = value.toString();
    return true;
}

bool YearReader::claimDate(QDate date, const QString &field)
{
    if (m_seen.contains(date)) {
        m_error = Text::tr("%1: %2 is listed more than once").arg(field, date.toString(Qt::ISODate));
        return false;
    }
    m_seen.insert(date);
    return true;
}

QString YearReader::statutoryReason(QDate date) const
{
    return m_statutory.value(date);
}

bool YearReader::readDaysOff(const QJsonValue &value, CalendarYear *out)
{
    if (!value.isArray()) {
        m_error = Text::tr("\"daysOff\" must be a list");
        return false;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = u"daysOff[%1]"_s.arg(i);
        if (!list.at(i).isObject()) {
            m_error = Text::tr("%1: expected an object with \"date\"").arg(where);
            return false;
        }
        const QJsonObject entry = list.at(i).toObject();
        if (!checkKeys(entry, { u"date"_s, u"inExchangeFor"_s, u"note"_s }, where))
            return false;
        DecreeDayOff day;
        if (!readDate(entry.value(u"date"_s), where + u".date"_s, &day.date))
            return false;
        if (!claimDate(day.date, where + u".date"_s))
            return false;
        if (day.date.dayOfWeek() == Qt::Sunday) {
            m_error = Text::tr("%1: %2 is a Sunday, already a day off")
                          .arg(where, day.date.toString(Qt::ISODate));
            return false;
        }
        if (const QString key = statutoryReason(day.date); !key.isEmpty()) {
            m_error = Text::tr("%1: %2 is already a day off by law (%3)")
                          .arg(where, day.date.toString(Qt::ISODate), holidayDisplayName(key));
            return false;
        }
        // The exchanged day may lie in a neighbouring year; then that year's file lists it.
        if (entry.contains(u"inExchangeFor"_s)
            && !readAnyDate(entry.value(u"inExchangeFor"_s), where + u".inExchangeFor"_s, &day.inExchangeFor))
            return false;
        if (!readString(entry, u"note"_s, where, &day.note))
            return false;
        out->daysOff.append(day);
    }
    return true;
}

bool YearReader::readWorkingDays(const QJsonValue &value, CalendarYear *out)
{
    if (!value.isArray()) {
        m_error = Text::tr("\"workingDays\" must be a list");
        return false;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = u"workingDays[%1]"_s.arg(i);
        if (!list.at(i).isObject()) {
            m_error = Text::tr("%1: expected an object with \"date\"").arg(where);
            return false;
        }
        const QJsonObject entry = list.at(i).toObject();
        if (!checkKeys(entry, { u"date"_s, u"note"_s }, where))
            return false;
        DecreeWorkingDay day;
        if (!readDate(entry.value(u"date"_s), where + u".date"_s, &day.date))
            return false;
        if (!claimDate(day.date, where + u".date"_s))
            return false;
        if (day.date.dayOfWeek() < Qt::Saturday) {
            m_error
                = Text::tr("%1: %2 is a %3, already a working day; a decree can only make a Saturday "
                           "or a Sunday a working day")
                      .arg(where, day.date.toString(Qt::ISODate), QLocale().dayName(day.date.dayOfWeek()));
            return false;
        }
        if (const QString key = statutoryReason(day.date); !key.isEmpty()) {
            m_error = Text::tr("%1: %2 is a holiday (%3) and cannot be made a working day")
                          .arg(where, day.date.toString(Qt::ISODate), holidayDisplayName(key));
            return false;
        }
        if (!readString(entry, u"note"_s, where, &day.note))
            return false;
        out->workingDays.append(day);
    }
    return true;
}

QString YearReader::read(const QJsonObject &object, CalendarYear *out)
{
    if (!checkKeys(object,
            { u"year"_s, u"kurbanAit"_s, u"daysOff"_s, u"workingDays"_s, u"source"_s, u"note"_s },
            Text::tr("year")))
        return m_error;

    const QJsonValue year = object.value(u"year"_s);
    const double number = year.toDouble(-1);
    if (!year.isDouble() || number != std::floor(number) || number < kMinYear || number > kMaxYear)
        return Text::tr("\"year\" must be a whole number from %1 to %2").arg(kMinYear).arg(kMaxYear);
    m_year = static_cast<int>(number);
    out->year = m_year;

    for (const QString &field : { u"kurbanAit"_s, u"daysOff"_s, u"workingDays"_s }) {
        if (!object.contains(field))
            return Text::tr("missing \"%1\"").arg(field);
    }
    if (!readDate(object.value(u"kurbanAit"_s), u"kurbanAit"_s, &out->kurbanAit))
        return m_error;

    for (const StatutoryDayOff &day : statutoryDaysOff(m_year, { { m_year, out->kurbanAit } }))
        m_statutory.insert(day.date, day.holidayKey);

    if (!readDaysOff(object.value(u"daysOff"_s), out)
        || !readWorkingDays(object.value(u"workingDays"_s), out))
        return m_error;
    if (!readString(object, u"source"_s, Text::tr("year"), &out->source)
        || !readString(object, u"note"_s, Text::tr("year"), &out->note))
        return m_error;

    QSet<QDate> working;
    for (const DecreeWorkingDay &day : std::as_const(out->workingDays))
        working.insert(day.date);
    for (const DecreeDayOff &day : std::as_const(out->daysOff)) {
        if (day.inExchangeFor.isValid() && day.inExchangeFor.year() == m_year
            && !working.contains(day.inExchangeFor))
            return Text::tr("daysOff: %1 is given in exchange for %2, which is not listed in \"workingDays\"")
                .arg(day.date.toString(Qt::ISODate), day.inExchangeFor.toString(Qt::ISODate));
    }
    std::sort(out->daysOff.begin(), out->daysOff.end(),
        [](const DecreeDayOff &a, const DecreeDayOff &b) { return a.date < b.date; });
    std::sort(out->workingDays.begin(), out->workingDays.end(),
        [](const DecreeWorkingDay &a, const DecreeWorkingDay &b) { return a.date < b.date; });
    return QString();
}

QString withOrigin(const QString &origin, const QString &message)
{
    return origin.isEmpty() ? message : origin + u": "_s + message;
}

CalendarLoadResult failure(const QString &origin, const QString &message)
{
    CalendarLoadResult result;
    result.error = withOrigin(origin, message);
    return result;
}

QString parseErrorText(const QByteArray &json, const QJsonParseError &error)
{
    const QByteArray before = json.left(error.offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
    return Text::tr("not valid JSON: %1 at line %2, column %3")
        .arg(error.errorString())
        .arg(line)
        .arg(column);
}

bool appendUnique(CalendarLoadResult *into, const CalendarLoadResult &from, const QString &origin)
{
    for (const CalendarYear &year : from.years) {
        for (const CalendarYear &existing : std::as_const(into->years)) {
            if (existing.year == year.year) {
                into->error
                    = withOrigin(origin, Text::tr("the year %1 is given more than once").arg(year.year));
                into->years.clear();
                return false;
            }
        }
        into->years.append(year);
    }
    return true;
}

int yearFromFileName(const QString &fileName)
{
    static const QRegularExpression name(u"^(\\d{4})\\.json$"_s);
    const QRegularExpressionMatch match = name.match(fileName);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

CalendarLoadResult loadFile(const QString &path, int expectedYear)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, Text::tr("cannot read the file: %1").arg(file.errorString()));
    return parseCalendarJson(file.readAll(), QFileInfo(path).fileName(), expectedYear);
}

} // namespace

CalendarLoadResult parseCalendarJson(const QByteArray &json, const QString &origin, int expectedYear)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(origin, parseErrorText(json, parseError));
    // One key twice (two "holidays" lists, say) is refused rather than one silently dropped.
    if (const StrictJson strict = parseStrictJson(json); !strict.ok())
        return failure(origin, strict.error);

    QJsonArray objects;
    if (document.isObject())
        objects.append(document.object());
    else
        objects = document.array();
    if (objects.isEmpty())
        return failure(origin, Text::tr("expected a year object or a list of year objects"));

    CalendarLoadResult result;
    for (const QJsonValue &value : std::as_const(objects)) {
        if (!value.isObject())
            return failure(origin, Text::tr("expected a year object or a list of year objects"));
        CalendarYear year;
        YearReader reader;
        if (const QString error = reader.read(value.toObject(), &year); !error.isEmpty())
            return failure(origin, year.year ? Text::tr("%1: %2").arg(year.year).arg(error) : error);
        if (expectedYear != 0 && year.year != expectedYear)
            return failure(
                origin, Text::tr("holds the year %1 where %2 was expected").arg(year.year).arg(expectedYear));
        CalendarLoadResult single;
        single.years.append(year);
        if (!appendUnique(&result, single, origin))
            return result;
    }
    std::sort(result.years.begin(), result.years.end(),
        [](const CalendarYear &a, const CalendarYear &b) { return a.year < b.year; });
    return result;
}

CalendarLoadResult loadCalendarPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, Text::tr("no such file or directory"));
    if (!info.isDir())
        return loadFile(path, yearFromFileName(info.fileName()));

    const QDir dir(path);
    const QStringList names = dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return failure(path, Text::tr("no calendar files (YYYY.json) in the directory"));
    CalendarLoadResult result;
    for (const QString &name : names) {
        const int year = yearFromFileName(name);
        if (year == 0)
            return failure(
                dir.filePath(name), Text::tr("a calendar file must be named after its year, as 2026.json"));
        const CalendarLoadResult one = loadFile(dir.filePath(name), year);
        if (!one.ok())
            return one;
        if (!appendUnique(&result, one, name))
            return result;
    }
    std::sort(result.years.begin(), result.years.end(),
        [](const CalendarYear &a, const CalendarYear &b) { return a.year < b.year; });
    return result;
}

CalendarLoadResult loadShippedCalendar()
{
    return loadCalendarPath(QString::fromUtf16(kShippedCalendarPath));
}

QByteArray calendarYearToJson(const CalendarYear &year)
{
    QJsonObject object;
    object.insert(u"year"_s, year.year);
    object.insert(u"kurbanAit"_s, year.kurbanAit.toString(Qt::ISODate));
    QJsonArray daysOff;
    for (const DecreeDayOff &day : year.daysOff) {
        QJsonObject entry { { u"date"_s, day.date.toString(Qt::ISODate) } };
        if (day.inExchangeFor.isValid())
            entry.insert(u"inExchangeFor"_s, day.inExchangeFor.toString(Qt::ISODate));
        if (!day.note.isEmpty())
            entry.insert(u"note"_s, day.note);
        daysOff.append(entry);
    }
    object.insert(u"daysOff"_s, daysOff);
    QJsonArray workingDays;
    for (const DecreeWorkingDay &day : year.workingDays) {
        QJsonObject entry { { u"date"_s, day.date.toString(Qt::ISODate) } };
        if (!day.note.isEmpty())
            entry.insert(u"note"_s, day.note);
        workingDays.append(entry);
    }
    object.insert(u"workingDays"_s, workingDays);
    if (!year.source.isEmpty())
        object.insert(u"source"_s, year.source);
    if (!year.note.isEmpty())
        object.insert(u"note"_s, year.note);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace dsn
