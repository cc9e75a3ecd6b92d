#include "rules/refusalcheck.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace dsn {

namespace {

bool notRegisteredTaxpayer(const RefusalEvidence &evidence)
{
    return !evidence.registeredTaxpayer;
}

bool codeAlreadyIssued(const RefusalEvidence &evidence)
{
    return std::any_of(evidence.issued.cbegin(), evidence.issued.cend(), [&](const IssuedProduct &code) {
        return code.productType == evidence.productType && code.nameKey == evidence.nameKey;
    });
}

struct GroundInfo
{
    RefusalGround ground;
    int number;
    const char *text;
    bool (*holds)(const RefusalEvidence &);
};

// The Rules, paragraph 7, in their order; the texts follow the law's wording.
// clang-format off
constexpr GroundInfo kGrounds[] = {
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

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < std::size(kGrounds); ++i) {
        if (static_cast<std::size_t>(kGrounds[i].ground) != i)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "kGrounds is looked up by the enum's value");

const GroundInfo &info(RefusalGround ground)
{
    return kGrounds[static_cast<int>(ground)];
}

} // namespace

int refusalGroundNumber(RefusalGround ground)
{
    return info(ground).number;
}

std::optional<RefusalGround> refusalGroundFromNumber(int number)
{
    for (const GroundInfo &g : kGrounds) {
        if (g.number == number)
            return g.ground;
    }
    return std::nullopt;
}

QString refusalGroundText(RefusalGround ground)
{
    return QCoreApplication::translate("dsn::RefusalGround", info(ground).text);
}

QList<RefusalGround> allRefusalGrounds()
{
    QList<RefusalGround> list;
    for (const GroundInfo &g : kGrounds)
        list.append(g.ground);
    return list;
}

bool groundHolds(RefusalGround ground, const RefusalEvidence &evidence)
{
    return info(ground).holds(evidence);
}

std::optional<RefusalGround> groundThatHolds(const RefusalEvidence &evidence)
{
    for (const GroundInfo &g : kGrounds) {
        if (g.holds(evidence))
            return g.ground;
    }
    return std::nullopt;
}

} // namespace dsn
