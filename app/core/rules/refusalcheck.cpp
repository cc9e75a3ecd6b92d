#include "rules/refusalcheck.h"

#include "base/enumtable.h"

#include <algorithm>
#include <iterator>

namespace dsn {

namespace {

bool notRegisteredTaxpayer(const RefusalEvidence &evidence)
{
    return !registeredForActivity(evidence.registrations, evidence.subjectType, evidence.day);
}

bool codeAlreadyIssued(const RefusalEvidence &evidence)
{
    return heldProduct(evidence).has_value();
}

struct GroundEntry
{
    RefusalGround value;
    int key;          // the ground's number in the Rules
    const char *name; // the ground in the law's wording
    bool (*holds)(const RefusalEvidence &);
};

// The Rules, paragraph 7, in their order; the texts follow the law's wording.
// clang-format off
constexpr GroundEntry kGrounds[] = {
    {RefusalGround::NotRegisteredTaxpayer, 1,
     QT_TRANSLATE_NOOP("dsn::RefusalGround",
                       "The applicant is not registered as a taxpayer carrying out certain types of activity "
                       "at the location of taxable objects and (or) objects related to taxation, under "
                       "article 88 of the Code of the Republic of Kazakhstan of 25 December 2017 \"On taxes "
                       "and other obligatory payments to the budget\" (Tax Code) (Rules for assigning DSN "
                       "codes, paragraph 7, subparagraph 1)."),
     notRegisteredTaxpayer},
    {RefusalGround::CodeAlreadyIssued, 2,
     QT_TRANSLATE_NOOP("dsn::RefusalGround",
                       "A DSN code has already been issued to the applicant for this type of petroleum "
                       "product (Rules for assigning DSN codes, paragraph 7, subparagraph 2)."),
     codeAlreadyIssued},
};
// clang-format on

} // namespace

int refusalGroundNumber(RefusalGround ground)
{
    const GroundEntry *entry = enumEntry(kGrounds, ground);
    return entry ? entry->key : 0;
}

std::optional<RefusalGround> refusalGroundFromNumber(int number)
{
    return enumFromKey(kGrounds, number);
}

QString refusalGroundText(RefusalGround ground)
{
    return enumName("dsn::RefusalGround", kGrounds, ground);
}

QList<RefusalGround> allRefusalGrounds()
{
    return enumValues(kGrounds);
}

bool groundHolds(RefusalGround ground, const RefusalEvidence &evidence)
{
    const GroundEntry *entry = enumEntry(kGrounds, ground);
    return entry && entry->holds(evidence);
}

std::optional<IssuedProduct> heldProduct(const RefusalEvidence &evidence)
{
    const auto found
        = std::find_if(evidence.issued.cbegin(), evidence.issued.cend(), [&](const IssuedProduct &code) {
              return code.productType == evidence.productType && code.nameKey == evidence.nameKey;
          });
    if (found == evidence.issued.cend())
        return std::nullopt;
    return *found;
}

std::optional<RefusalGround> groundThatHolds(const RefusalEvidence &evidence)
{
    for (const GroundEntry &g : kGrounds) {
        if (g.holds(evidence))
            return g.value;
    }
    return std::nullopt;
}

} // namespace dsn
