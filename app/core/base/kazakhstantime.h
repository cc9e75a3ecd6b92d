#pragma once

#include <QDateTime>
#include <QString>

namespace dsn {

// The moment as Kazakhstan's clock showed it: UTC+5 nationwide since 1 March 2024 (tz
// database Asia/Almaty). Uses the system's time zone data and falls back to the fixed rule
// (UTC+6 before the change, UTC+5 after) when that data predates the change or is absent.
QDateTime kazakhstanTime(const QDateTime &moment);

// "DD.MM.YYYY HH:MM" in Kazakhstan time, the form printed on documents; empty when invalid.
QString formatKazakhstanDateTime(const QDateTime &moment);

} // namespace dsn
