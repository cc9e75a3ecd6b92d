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

// Whether text holds a control or format character (a line break, a NUL, an escape, a zero-width
// or direction mark): such text is no identifier, however it prints.
bool hasControlCharacters(QStringView text);

// The rule that one workstation cannot speak for another: a workstation may hand in a case only
// under a case number of its own, well formed (parseCaseNumber, no control characters) and with
// that workstation's own code as its first part. The code is compared without regard to case
// (the office registers a workstation under its code as typed, "ast01" or "AST01"). Returns why
// the number is refused (translated), or an empty string when it is the workstation's own.
QString caseNumberRefusal(QStringView caseNumber, QStringView workstationCode);

// The name of the year's row in the counters table: "case_number.<year>".
QString caseCounterName(int year);

} // namespace dsn
