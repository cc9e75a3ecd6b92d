#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

// Kazakhstan time, the one answer for every part of the workstation and the office: the case
// number's year, the term's working hours, the printed receipt and the dates typed at the
// counter all come from here. One zone nationwide: UTC+6 until 1 March 2024 00:00 local time,
// UTC+5 since (the tz database's Asia/Almaty from 2005 on). The rule is written out rather than
// read from the machine's zone data, so that every machine gives the same answer whatever its
// tzdata package knows; the service itself began in 2020 (cases/rulesinforce.h).
namespace dsn {

// The moment Kazakhstan's clock moved from UTC+6 to UTC+5: 29 February 2024 18:00 UTC.
QDateTime kazakhstanSingleZoneSince();

// The fixed-offset zone Kazakhstan's clock kept at the moment.
QTimeZone kazakhstanZoneAt(const QDateTime &moment);

// The moment as Kazakhstan's clock showed it (in that offset); invalid for an invalid moment.
QDateTime kazakhstanTime(const QDateTime &moment);
// The date Kazakhstan's calendar showed at the moment.
QDate kazakhstanDate(const QDateTime &moment);

// The moment a Kazakhstan clock shows time on date. In the hour the clocks went back (29 February
// 2024, 23:00-23:59) the later, UTC+5 reading is taken.
QDateTime kazakhstanDateTime(QDate date, QTime time);

// "DD.MM.YYYY HH:MM" in Kazakhstan time, the form printed on documents; empty when invalid.
QString formatKazakhstanDateTime(const QDateTime &moment);
// ISO 8601 in Kazakhstan time with its offset ("2025-03-14T10:05:00+05:00"), for dsnctl's and the
// office's output; withMilliseconds adds ".zzz". Empty for an invalid moment.
QString kazakhstanIsoText(const QDateTime &moment, bool withMilliseconds = false);

} // namespace dsn
