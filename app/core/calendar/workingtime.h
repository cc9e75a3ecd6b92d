#pragma once

#include "calendar/workingcalendar.h"

#include <QDateTime>

namespace dsn {

// The same instant in Kazakhstan time (base/kazakhstantime.h). A moment without a zone (local
// time), as the calendar's callers give a typed time, is read as Kazakhstan wall-clock time,
// never as the machine's local time.
QDateTime toKazakhstanTime(const QDateTime &moment);

// The opening and closing moments of an office on a day, in Kazakhstan time.
QDateTime openingTime(QDate date, Office office);
QDateTime closingTime(QDate date, Office office);

// `moment` when the office is open then; otherwise the office's next opening time: before opening
// -> opening of the same day, at lunch -> end of lunch, after closing or on a day off -> opening of
// the next working day. The result is in Kazakhstan time.
QDateTime rollToWorkingTime(const WorkingCalendar &calendar, const QDateTime &moment, Office office,
    bool *touchedUnknownYear = nullptr);

} // namespace dsn
