#pragma once

#include "base/language.h"

#include <QDate>
#include <QString>

// Dates written out as official letters write them, with the month's name: the date line of a
// certificate or a refusal letter, the date of the application it answers.
namespace dsn {

// Kazakh "2026 жылғы 3 желтоқсан", Russian "3 декабря 2026 г." (the month in the genitive),
// English "3 December 2026". The day has no leading zero. Empty for an invalid date. The month
// names are written out here, not taken from the system's locale data, so that every machine
// prints the same words.
QString writtenDate(QDate date, Language language);

} // namespace dsn
