#include "base/kazakhstantime.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

constexpr int kBefore2024Offset = 6 * 3600;
constexpr int kSingleZoneOffset = 5 * 3600;

} // namespace

QDateTime kazakhstanSingleZoneSince()
{
    static const QDateTime since(QDate(2024, 2, 29), QTime(18, 0), Qt::UTC);
    return since;
}

QTimeZone kazakhstanZoneAt(const QDateTime &moment)
{
    return QTimeZone(moment >= kazakhstanSingleZoneSince() ? kSingleZoneOffset : kBefore2024Offset);
}

QDateTime kazakhstanTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return moment.toTimeZone(kazakhstanZoneAt(moment));
}

QDate kazakhstanDate(const QDateTime &moment)
{
    return kazakhstanTime(moment).date();
}

QDateTime kazakhstanDateTime(QDate date, QTime time)
{
    if (!date.isValid() || !time.isValid())
        return {};
    const QDateTime asSingleZone(date, time, QTimeZone(kSingleZoneOffset));
    if (asSingleZone >= kazakhstanSingleZoneSince())
        return asSingleZone;
    return QDateTime(date, time, QTimeZone(kBefore2024Offset));
}

QString formatKazakhstanDateTime(const QDateTime &moment)
{
    const QDateTime local = kazakhstanTime(moment);
    return local.isValid() ? local.toString(u"dd.MM.yyyy HH:mm"_s) : QString();
}

QString kazakhstanIsoText(const QDateTime &moment, bool withMilliseconds)
{
    const QDateTime local = kazakhstanTime(moment);
    if (!local.isValid())
        return {};
    return local.toString(withMilliseconds ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace dsn
