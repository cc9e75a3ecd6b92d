#pragma once

#include "rules/taxpayerregistration.h"

#include <QList>
#include <QString>
#include <QStringList>

// The taxpayer registry as the office imports it (dsnctl office import-taxpayers, POST
// taxpayers/import): CSV, UTF-8, with exactly the header
//     taxpayer_id,name,activity,place,registered_on,deregistered_on
// one registration a row: a valid IIN or BIN, the name, an activity key (rules/
// taxpayerregistration.h: petroleum_production, petroleum_wholesale or another key of a-z and
// "_"), the place (the code of a State Revenue Department of the reference data), the dates
// YYYY-MM-DD, deregistered_on empty while the registration is in force and never before
// registered_on. One taxpayer may have several rows; the same taxpayer, activity, place and
// registration date twice is a mistake. Every bad row is reported with its line number; rows are
// returned only when there is none, and never none at all.
namespace dsn::office {

struct TaxpayerCsv
{
    QList<TaxpayerRegistration> rows;
    QStringList problems; // "line 3: ..." (translated)
    bool ok() const { return problems.isEmpty(); }
};

TaxpayerCsv parseTaxpayerCsv(const QString &text);

// The header, as the problem of a wrong one quotes it.
QString taxpayerCsvHeader();

} // namespace dsn::office
