#pragma once

#include <QDateTime>

namespace dsn {

// When the Rules for assigning DSN codes took force: no application can have been received under
// them before this moment, so a receipt time before it is refused wherever an application enters
// (validateApplication: the workstation's intake, `dsnctl case add`, the office's push).
//
// Source: Order No. 579 of the Minister of Finance of 8 June 2020 (the Rules in their present
// wording), registered by the Ministry of Justice on 9 June 2020 under No. 20842; its paragraph 3
// puts it into force "ten calendar days after the day of its first official publication". The
// publication cannot precede the registration, so the Rules were in force at the earliest from
// 20 June 2020, 00:00 Kazakhstan time (then UTC+06:00 in Nur-Sultan). This earliest possible day is
// used: a lawful receipt is never refused; a receipt before it is certainly a mistake.
QDateTime rulesInForceSince();

} // namespace dsn
