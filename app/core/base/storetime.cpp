#include "base/storetime.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

Clock systemClock()
{
    return [] {
        return QDateTime::currentDateTimeUtc();
    };
}

QString toStoreTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u'Z';
}

std::optional<QDateTime> fromStoreTime(const QString &text)
{
    if (text.size() != 24 || !text.endsWith(u'Z'))
        return std::nullopt;
    if (text.at(10) != u'T')
        return std::nullopt;
    const QDate date = QDate::fromString(text.left(10), u"yyyy-MM-dd"_s);
    const QTime time = QTime::fromString(text.mid(11, 12), u"HH:mm:ss.zzz"_s);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace dsn
