#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace dsn {

// The counter's early warnings about an application before it is taken in. They never block
// acceptance (only the revenue department may refuse) but tell the operator, and through dsnctl
// the support staff, what the department will see (intake/intakefacts.h reads the facts from the
// store):
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
    QString caseNumber;  // the open case, or the case that holds the code
    QString dsnCode;     // CodeAlreadyHeld
    QString productName; // CodeAlreadyHeld: the name as the held code records it
    int count = 0;       // UnsentBacklog: applications waiting
    QDateTime since;     // UnsentBacklog: the oldest waiting intake, invalid when unknown
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
    QStringList openCases;     // the subject's cases that are not final, newest first
    QList<HeldCode> heldCodes; // the subject's issued codes
    int unsentCount = 0;
    QDateTime oldestUnsent;
};

// A product line of the application as the rule reads it.
struct IntakeLine
{
    int productType = 0;
    QString name;
};

// The rule: the warnings for the application's lines given the facts, in the order above. Pure.
QList<IntakeWarning> intakeWarnings(const QList<IntakeLine> &lines, const IntakeFacts &facts);

} // namespace dsn
