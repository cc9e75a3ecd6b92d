#pragma once

#include "rules/taxpayerregistration.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The grounds on which the service provider refuses a DSN code, and when each holds: the Rules
// for assigning DSN codes, paragraph 7 (Order No. 579 of the Minister of Finance of 8 June 2020),
// repeated in Appendix 2, row 9. The law names these two and no other; a refusal names one of
// them, in writing, and the subject may then apply again (paragraph 8).
//
// The check is pure: the caller gathers the evidence (the office from its registry and its
// codes) and the rule says which ground holds. Nowhere else may a ground be decided.
namespace dsn {

enum class RefusalGround {
    // 1: the subject is not registered as a taxpayer carrying out the activity at the location of
    // its taxable objects (Tax Code, article 88).
    NotRegisteredTaxpayer,
    // 2: a DSN code already exists for this type of petroleum product of the subject.
    CodeAlreadyIssued,
};

// The ground's number in the Rules, 1 or 2: its stable key, as the office stores it
// (case_lines.refusal_ground) and as its API and the workstation send it (refusal_ground).
int refusalGroundNumber(RefusalGround ground);
std::optional<RefusalGround> refusalGroundFromNumber(int number);
// The ground in the law's wording (translated): the reason of a refusal that gives no other.
QString refusalGroundText(RefusalGround ground);
// Every ground, in the order of the Rules.
QList<RefusalGround> allRefusalGrounds();

// A DSN code the subject already holds.
struct IssuedProduct
{
    int productType = 0; // 1 gasoline, 2 diesel fuel, 3 fuel oil, 4 aviation fuel
    QString nameKey;     // the key of the name it was issued for (rules/productname.h), as stored
    QString dsnCode;     // the code itself (12 digits; may be empty where only the match matters)
};

// What the provider knows about one product line of an application when deciding it.
struct RefusalEvidence
{
    // Ground 1 (rules/taxpayerregistration.h): the subject's registrations in the taxpayer
    // registry (article 88 of the Tax Code), the subject type of the application (its key,
    // "producer" or "importer") and the day of the decision in Kazakhstan time. The ground holds
    // unless a registration for the activity the subject type requires is in force on that day.
    QList<TaxpayerRegistration> registrations;
    QString subjectType;
    QDate day;
    // Ground 2: the line's product type and the key of its name, productNameKey()
    // (rules/productname.h), and the subject's codes (those of other types may be left out).
    int productType = 0;
    QString nameKey;
    QList<IssuedProduct> issued;
};

// Whether the ground holds for the line. Ground 2 compares keys as they are: two names are the
// same product when their keys are equal, and only then.
bool groundHolds(RefusalGround ground, const RefusalEvidence &evidence);
// The first ground that holds, in the order of the Rules; nullopt when the code may be issued.
std::optional<RefusalGround> groundThatHolds(const RefusalEvidence &evidence);
// The subject's code that makes ground 2 hold for the line (its key and type are the line's);
// nullopt when ground 2 does not hold.
std::optional<IssuedProduct> heldProduct(const RefusalEvidence &evidence);

} // namespace dsn
