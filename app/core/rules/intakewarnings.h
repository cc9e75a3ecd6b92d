#pragma once

#include "base/result.h"
#include "cases/application.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace dsn {
class CaseStore;
class Database;

// The counter's early warnings about an application before it is taken in. They never block
// acceptance (only the revenue department may refuse) but tell the operator, and through dsnctl
// the support staff, what the department will see:
// - the subject (same IIN/BIN) already has a case that is not final;
// - the subject already holds a DSN code for a product of the same type and name, by the
//   product-name rule of the second refusal ground (rules/productname.h): that line may be
//   refused;
// - applications taken in here have not reached the office for longer than the limit, so they
//   are not legally final yet.
enum class IntakeWarningKind { OpenCase, CodeAlreadyHeld, UnsentBacklog };

// Applications unsent for longer than this are warned about, unless the workstation sets another limit.
inline constexpr std::chrono::seconds kDefaultUnsentWarningLimit = std::chrono::hours(24);

struct IntakeWarning
{
    IntakeWarningKind kind = IntakeWarningKind::OpenCase;
    QString caseNumber; // the open case, or the case that holds the code
    QString dsnCode; // CodeAlreadyHeld
    QString productName; // CodeAlreadyHeld: the name as the held code records it
    int count = 0; // UnsentBacklog: applications waiting
    QDateTime since; // UnsentBacklog: the oldest waiting intake, invalid when unknown
    // The warning in the interface's language.
    QString text() const;
};

// What the store knows that the warnings are made from.
struct IntakeFacts
{
    struct HeldCode
    {
        QString dsnCode;
        int productType = 0;
        QString productName;
        QString caseNumber;
    };
    QStringList openCases; // the subject's cases that are not final, newest first
    QList<HeldCode> heldCodes; // the subject's issued codes
    int unsentCount = 0;
    QDateTime oldestUnsent;
};

// The rule: the warnings for the application given the facts, in the order above. Pure.
QList<IntakeWarning> intakeWarnings(const Application &application, const IntakeFacts &facts);

// Reads the facts for the application from the store: at most five open cases of the subject,
// its held codes, and the applications unsent for longer than unsentLimit. A subject whose IIN/BIN
// does not parse has no cases to find.
Result<IntakeFacts> readIntakeFacts(const CaseStore &cases, Database &database,
    const Application &application, std::chrono::seconds unsentLimit);

// The warnings' texts, read and ruled in one step; a store that cannot be read gives none (the
// warnings only help, the intake itself reports a store that fails).
QStringList intakeWarningTexts(const CaseStore &cases, Database &database, const Application &application,
    std::chrono::seconds unsentLimit);

} // namespace dsn
