#include "base/kazakhstantime.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

// 1 March 2024 00:00 at UTC+6, when the clocks moved to UTC+5.
const QDateTime &singleZoneSince()
{
    static const QDateTime since(QDate(2024, 2, 29), QTime(18, 0), Qt::UTC);
    return since;
}

bool systemZoneKnowsTheChange(const QTimeZone &zone)
{
    if (!zone.isValid())
        return false;
    const QDateTime after(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    return zone.offsetFromUtc(after) == 5 * 3600;
}

} // namespace

QDateTime kazakhstanTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    static const QTimeZone almaty("Asia/Almaty");
    static const bool useSystemZone = systemZoneKnowsTheChange(almaty);
    if (useSystemZone)
        return moment.toTimeZone(almaty);
    const int offset = moment >= singleZoneSince() ? 5 * 3600 : 6 * 3600;
    return moment.toTimeZone(QTimeZone(offset));
}

QString formatKazakhstanDateTime(const QDateTime &moment)
{
    const QDateTime local = kazakhstanTime(moment);
    return local.isValid() ? local.toString(u"dd.MM.yyyy HH:mm"_s) : QString();
}

} // namespace dsn
