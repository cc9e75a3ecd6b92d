#pragma once

// Sample data for tests that take cases in: distinct valid IINs and BINs, and applications that
// pass the form's checks.

#include "cases/application.h"
#include "identity/taxpayerid.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace dsntest {

// UTC+5, Kazakhstan's clock since March 2024: for writing the moments of samples.
QTimeZone kazakhstan();

// A valid IIN of someone born in the 1990s; n picks the birth day and the serial.
QString validIin(int n);

// A valid BIN of a resident legal entity's head office registered in 2005.
QString validBin(int n);

// Passes validateApplication(): department 11 (Akmola), Kazakhstan, unit 001 (Kokshetau); one
// gasoline line unless products are given.
dsn::Application application(const QString &name, const QString &taxpayerId, const QDateTime &receivedAt,
    const QList<dsn::ProductLine> &products = {});

} // namespace dsntest
