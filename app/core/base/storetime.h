#pragma once

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

// Time as the store keeps it: ISO 8601 text in UTC with milliseconds and 'Z'
// ("2025-03-04T05:06:07.089Z"), which sorts as text in time order. The current time comes
// from an injectable clock so that tests can move it.
namespace dsn {

using Clock = std::function<QDateTime()>;

// The real wall clock, in UTC.
Clock systemClock();

QString toStoreTime(const QDateTime &time);
// nullopt when the text is not in the store's format.
std::optional<QDateTime> fromStoreTime(const QString &text);

} // namespace dsn
