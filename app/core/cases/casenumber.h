#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The case number a clerk reads out and writes on the receipt: "<workstation>-<year>-<serial>",
// for example "AST01-2025-000123". The workstation code makes it unique across workstations; the
// serial comes from the year's counter of that workstation, at least 6 digits.
namespace dsn {

struct CaseNumber
{
    QString workstation;
    int year = 0;
    qint64 serial = 0;
    friend bool operator==(const CaseNumber &, const CaseNumber &) = default;
};

QString formatCaseNumber(const QString &workstation, int year, qint64 serial);
std::optional<CaseNumber> parseCaseNumber(QStringView text);

// The name of the year's row in the counters table: "case_number.<year>".
QString caseCounterName(int year);

} // namespace dsn
