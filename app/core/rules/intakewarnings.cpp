#include "rules/intakewarnings.h"

#include "base/kazakhstantime.h"
#include "code/dsncode.h"
#include "rules/productname.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::IntakeWarnings)
};

QString unsentText(int count, const QDateTime &oldest)
{
    const QString since = oldest.isValid() ? formatKazakhstanDateTime(oldest) : QString();
    if (since.isEmpty())
        return Text::tr(
            "%n application(s) taken in here have not reached the office yet. They are not legally "
            "final until the office has received them.",
            nullptr, count);
    return Text::tr(
        "%n application(s) taken in here have not reached the office yet, the oldest since %1. They "
        "are not legally final until the office has received them.",
        nullptr, count)
        .arg(since);
}

} // namespace

QString IntakeWarning::text() const
{
    switch (kind) {
    case IntakeWarningKind::OpenCase:
        return Text::tr("The subject already has an open case %1.").arg(caseNumber);
    case IntakeWarningKind::CodeAlreadyHeld:
        return Text::tr(
            "The subject already holds DSN code %1 for \"%2\" (case %3): the revenue department may "
            "refuse this line.")
            .arg(DsnCode::groupedText(dsnCode), productName, caseNumber);
    case IntakeWarningKind::UnsentBacklog:
        return unsentText(count, since);
    }
    return {};
}

QList<IntakeWarning> intakeWarnings(const QList<IntakeLine> &lines, const IntakeFacts &facts)
{
    QList<IntakeWarning> warnings;
    for (const QString &number : facts.openCases)
        warnings.append(IntakeWarning { IntakeWarningKind::OpenCase, number, {}, {}, 0, {} });
    for (const IntakeLine &line : lines) {
        const QString key = productNameKey(line.name);
        for (const IntakeFacts::HeldCode &code : facts.heldCodes) {
            if (code.productType == line.productType && productNameKey(code.productName) == key) {
                warnings.append(IntakeWarning { IntakeWarningKind::CodeAlreadyHeld, code.caseNumber,
                    code.dsnCode, code.productName, 0, {} });
            }
        }
    }
    if (facts.unsentCount > 0) {
        warnings.append(IntakeWarning {
            IntakeWarningKind::UnsentBacklog, {}, {}, {}, facts.unsentCount, facts.oldestUnsent });
    }
    return warnings;
}

} // namespace dsn
