#pragma once

#include "base/language.h"
#include "base/result.h"
#include "calendar/workingcalendar.h"
#include "cases/caserecord.h"
#include "documents/documentengine.h"
#include "documents/receipt.h"

#include <QString>

// The acceptance receipt of a stored case: the same data for the workstation's print preview
// and for `dsnctl print receipt`, so that what prints is what the store holds.
namespace dsn {

class Database;
class ReferenceData;

// What the case itself does not hold: where the State Corporation branch is and who accepted
// the application, in the receipt's language.
struct ReceiptContext
{
    QString branchName;   // the State Corporation branch
    QString collectAt;    // where the result is collected (branch and address)
    QString operatorName; // full name of the operator who accepted; empty: the case's user name
};

namespace receiptbuilder {

// Reads the branch name and address from the store's settings (falling back to the case's
// office code, then the workstation code, and for the address to the branch name) and the
// full name of the user who accepted the case.
Result<ReceiptContext> context(const Database &database, const CaseRecord &record, Language language);

// Fills the receipt from the stored case: type and department names from the reference lists
// in `language`; the due date as stored, or from the calendar's term of service when the store
// has none.
ReceiptData build(const CaseRecord &record, const ReferenceData &reference, const WorkingCalendar &calendar,
    Language language, const ReceiptContext &context);

// context() + build() + receipt::prepare().
PreparedDocument prepare(const Database &database, const CaseRecord &record, const ReferenceData &reference,
    const WorkingCalendar &calendar, Language language);

} // namespace receiptbuilder

} // namespace dsn
