#pragma once

#include "base/language.h"
#include "base/result.h"
#include "cases/caserecord.h"
#include "documents/certificate.h"
#include "documents/documentengine.h"
#include "documents/refusalletter.h"
#include "reference/legalreferences.h"

#include <QString>

// The documents of a stored case's decision, the certificate of DSN codes and the reasoned
// refusal letter: the same data for the workstation and for `dsnctl print certificate|refusal`,
// so that what prints is what the store holds. Like receiptbuilder.h for the receipt.
namespace dsn {

class Database;
class ReferenceData;

// What the case itself does not hold.
struct DecisionContext
{
    LegalReferences legal = LegalReferences::shipped(); // the legal references in force
    QString reviewerName; // empty: the reviewer the office named with the decision
};

namespace decisionbuilder {

// The legal references in force in the store (shipped, with the administrator's corrections).
Result<DecisionContext> context(const Database &database);

// What both documents say of the decision: the case, the decision's number and time, the
// department's name and the subject from the reference lists in `language`, the reviewer and
// the legal references. ErrorCode::Conflict when the office's decision (its number and time)
// has not arrived.
Result<DecisionDetails> details(const CaseRecord &record, const ReferenceData &reference, Language language,
    const DecisionContext &context);

} // namespace decisionbuilder

namespace certificatebuilder {

// The certificate of the case's issued lines; ErrorCode::Conflict when the case has no decision
// or no issued line. The token is the office's signed token for the QR code (the office gives it
// for the print; until the workstation fetches it, dsnctl takes it with --token).
Result<CertificateData> build(const CaseRecord &record, const ReferenceData &reference, Language language,
    const DecisionContext &context, const QString &verificationToken);

// context() + build() + certificate::prepare().
PreparedDocument prepare(const Database &database, const CaseRecord &record, const ReferenceData &reference,
    Language language, const QString &verificationToken);

} // namespace certificatebuilder

namespace refusalbuilder {

// The refusal letter of the case's refused lines, noting how many were issued; ErrorCode::Conflict
// when the case has no decision or no refused line.
Result<RefusalData> build(const CaseRecord &record, const ReferenceData &reference, Language language,
    const DecisionContext &context);

// context() + build() + refusalletter::prepare().
PreparedDocument prepare(
    const Database &database, const CaseRecord &record, const ReferenceData &reference, Language language);

} // namespace refusalbuilder

} // namespace dsn
