#include "dsncode.h"

#include "base/digits.h"
#include "base/enumtable.h"
#include "reference/referencedata.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

constexpr int kFixedDigits = 9; // country, unit, market subject and product type

// The stable code and the general message of each error; None has neither, so it is not listed.
// clang-format off
constexpr EnumEntry<DsnCodeError> kErrors[] = {
    {DsnCodeError::Empty, u"empty",
     QT_TRANSLATE_NOOP("dsn::DsnCode", "Enter the DSN code: 12 or more digits.")},
    {DsnCodeError::NonDigit, u"non_digit",
     QT_TRANSLATE_NOOP("dsn::DsnCode", "A DSN code consists of digits only.")},
    {DsnCodeError::TooShort, u"too_short",
     QT_TRANSLATE_NOOP("dsn::DsnCode", "A DSN code has at least 12 digits.")},
    {DsnCodeError::BrandTooLong, u"brand_too_long",
     QT_TRANSLATE_NOOP("dsn::DsnCode", "The brand number (from the 10th digit on) has more than 9 digits.")},
    {DsnCodeError::NonCanonicalBrand, u"non_canonical_brand",
     QT_TRANSLATE_NOOP("dsn::DsnCode", "A brand number from 1000 on is written without leading zeros.")},
    {DsnCodeError::CountryOutOfRange, u"country_out_of_range",
     QT_TRANSLATE_NOOP("dsn::DsnCode", "The country (1st digit) must be 1 to 6.")},
    {DsnCodeError::TerritorialUnitOutOfRange, u"atu_out_of_range",
     QT_TRANSLATE_NOOP("dsn::DsnCode", "The administrative-territorial unit (digits 2-4) must be 001 to 258.")},
    {DsnCodeError::MarketSubjectOutOfRange, u"entity_out_of_range",
     QT_TRANSLATE_NOOP("dsn::DsnCode", "The market subject number (digits 5-8) must be 0001 to 9999.")},
    {DsnCodeError::ProductTypeOutOfRange, u"product_out_of_range",
     QT_TRANSLATE_NOOP("dsn::DsnCode", "The product type (9th digit) must be 1 to 4.")},
    {DsnCodeError::BrandOutOfRange, u"brand_out_of_range",
     QT_TRANSLATE_NOOP("dsn::DsnCode", "The brand number must be 001 or more.")},
    {DsnCodeError::UnknownCountry, u"unknown_country",
     QT_TRANSLATE_NOOP("dsn::DsnCode", "The country is not in the reference list.")},
    {DsnCodeError::UnknownTerritorialUnit, u"unknown_atu",
     QT_TRANSLATE_NOOP("dsn::DsnCode", "The administrative-territorial unit is not in the reference list.")},
    {DsnCodeError::HistoricalTerritorialUnit, u"historical_atu",
     QT_TRANSLATE_NOOP("dsn::DsnCode",
                       "The administrative-territorial unit no longer exists: it cannot be used for a new code.")},
    {DsnCodeError::UnknownProductType, u"unknown_product",
     QT_TRANSLATE_NOOP("dsn::DsnCode", "The product type is not in the reference list.")},
};
// clang-format on

QString padded(qint64 value, int width)
{
    return value < 0 ? QString::number(value) : QString::number(value).rightJustified(width, u'0');
}

DsnCode::Result failure(DsnCode::Result &result, DsnCodeError error, const QString &message)
{
    result.error = error;
    result.message = message;
    return result;
}

// The first facet out of its range, in facet order.
DsnCodeError checkRanges(int country, int unit, int subject, int product, qint64 brand, QString *message)
{
    if (country < 1 || country > DsnCode::kMaxCountry) {
        *message = QCoreApplication::translate(
            "dsn::DsnCode", "The country (1st digit) is %1, but it must be 1 to 6.")
                       .arg(country);
        return DsnCodeError::CountryOutOfRange;
    }
    if (unit < 1 || unit > DsnCode::kMaxTerritorialUnit) {
        *message = QCoreApplication::translate("dsn::DsnCode",
            "The administrative-territorial unit (digits 2-4) is %1, but it must be 001 to 258.")
                       .arg(padded(unit, 3));
        return DsnCodeError::TerritorialUnitOutOfRange;
    }
    if (subject < 1 || subject > DsnCode::kMaxMarketSubject) {
        *message = QCoreApplication::translate(
            "dsn::DsnCode", "The market subject number (digits 5-8) is %1, but it must be 0001 to 9999.")
                       .arg(padded(subject, 4));
        return DsnCodeError::MarketSubjectOutOfRange;
    }
    if (product < 1 || product > DsnCode::kMaxProductType) {
        *message = QCoreApplication::translate("dsn::DsnCode",
            "The product type (9th digit) is %1, but it must be 1 (gasoline), 2 (diesel fuel), "
            "3 (fuel oil) or 4 (aviation fuel).")
                       .arg(product);
        return DsnCodeError::ProductTypeOutOfRange;
    }
    if (brand < 1 || brand > DsnCode::kMaxBrand) {
        *message = QCoreApplication::translate(
            "dsn::DsnCode", "The brand number is %1, but it must be 001 to 999999999.")
                       .arg(padded(brand, 3));
        return DsnCodeError::BrandOutOfRange;
    }
    return DsnCodeError::None;
}

DsnCode::Result checked(DsnCode::Result result, const ReferenceData &reference, DsnCode::Use use)
{
    if (!result.code)
        return result;
    QString message;
    const DsnCodeError error = result.code->checkReference(reference, use, &message);
    if (error == DsnCodeError::None)
        return result;
    result.code.reset();
    return failure(result, error, message);
}

} // namespace

QString dsnCodeErrorCode(DsnCodeError error)
{
    return enumKey(kErrors, error);
}

QString dsnCodeErrorMessage(DsnCodeError error)
{
    return enumName("dsn::DsnCode", kErrors, error);
}

DsnCode::Result DsnCode::compose(
    int country, int territorialUnit, int marketSubject, int productType, qint64 brand)
{
    Result result;
    QString message;
    const DsnCodeError error
        = checkRanges(country, territorialUnit, marketSubject, productType, brand, &message);
    if (error != DsnCodeError::None)
        return failure(result, error, message);
    DsnCode code;
    code.m_country = country;
    code.m_territorialUnit = territorialUnit;
    code.m_marketSubject = marketSubject;
    code.m_productType = productType;
    code.m_brand = int(brand);
    result.code = code;
    return result;
}

DsnCode::Result DsnCode::compose(int country, int territorialUnit, int marketSubject, int productType,
    qint64 brand, const ReferenceData &reference, Use use)
{
    return checked(compose(country, territorialUnit, marketSubject, productType, brand), reference, use);
}

DsnCode::Result DsnCode::parse(QStringView text)
{
    Result result;
    const QString digits = withoutDigitSeparators(text);
    if (const qsizetype bad = indexOfNonDigit(digits); bad >= 0) {
        result.character = digits.at(bad);
        return failure(result, DsnCodeError::NonDigit,
            QCoreApplication::translate(
                "dsn::DsnCode", "The character %1 is not a digit: a DSN code consists of digits.")
                .arg(describeCharacter(result.character)));
    }
    result.digitCount = digits.size();
    if (digits.isEmpty())
        return failure(result, DsnCodeError::Empty, dsnCodeErrorMessage(DsnCodeError::Empty));
    if (digits.size() < kMinLength)
        return failure(result, DsnCodeError::TooShort,
            QCoreApplication::translate("dsn::DsnCode", "Digits typed: %n; a DSN code has at least 12.",
                nullptr, int(digits.size())));

    const QStringView brandDigits = QStringView(digits).sliced(kFixedDigits);
    if (brandDigits.size() > kMaxBrandDigits)
        return failure(result, DsnCodeError::BrandTooLong,
            QCoreApplication::translate("dsn::DsnCode",
                "The brand number (from the 10th digit on) has %1 digits, but at most 9 are accepted.")
                .arg(brandDigits.size()));
    if (brandDigits.size() > 3 && brandDigits.front() == u'0') {
        const qint64 value = brandDigits.toLongLong();
        return failure(result, DsnCodeError::NonCanonicalBrand,
            QCoreApplication::translate("dsn::DsnCode",
                "The brand number %1 starts with a zero: it is written %2 (three digits up to 999, "
                "no leading zeros from 1000 on). Check the code.")
                .arg(brandDigits.toString(), padded(value, 3)));
    }

    const QStringView all(digits);
    Result composed = compose(all.sliced(0, 1).toInt(), all.sliced(1, 3).toInt(), all.sliced(4, 4).toInt(),
        all.sliced(8, 1).toInt(), brandDigits.toLongLong());
    composed.digitCount = result.digitCount;
    return composed;
}

DsnCode::Result DsnCode::parse(QStringView text, const ReferenceData &reference, Use use)
{
    return checked(parse(text), reference, use);
}

QString DsnCode::countryText() const
{
    return isNull() ? QString() : QString::number(m_country);
}

QString DsnCode::territorialUnitText() const
{
    return isNull() ? QString() : padded(m_territorialUnit, 3);
}

QString DsnCode::marketSubjectText() const
{
    return isNull() ? QString() : padded(m_marketSubject, 4);
}

QString DsnCode::productTypeText() const
{
    return isNull() ? QString() : QString::number(m_productType);
}

QString DsnCode::brandText() const
{
    return isNull() ? QString() : padded(m_brand, 3);
}

QString DsnCode::digits() const
{
    return countryText() + territorialUnitText() + marketSubjectText() + productTypeText() + brandText();
}

QString DsnCode::grouped() const
{
    if (isNull())
        return QString();
    return QStringList { countryText(), territorialUnitText(), marketSubjectText(), productTypeText(),
        brandText() }
        .join(u' ');
}

QString DsnCode::groupedText(const QString &stored)
{
    const DsnCodeResult parsed = parse(stored);
    return parsed.isValid() ? parsed.code->grouped() : stored;
}

DsnCodeError DsnCode::checkReference(const ReferenceData &reference, Use use, QString *message) const
{
    QString text;
    DsnCodeError error = DsnCodeError::None;
    const TerritorialUnit *unit = reference.territorialUnit(m_territorialUnit);
    if (isNull()) {
        error = DsnCodeError::Empty;
        text = dsnCodeErrorMessage(error);
    } else if (!reference.country(m_country)) {
        error = DsnCodeError::UnknownCountry;
        text = QCoreApplication::translate(
            "dsn::DsnCode", "Country %1 is not in the reference list of countries.")
                   .arg(m_country);
    } else if (!unit) {
        error = DsnCodeError::UnknownTerritorialUnit;
        text = QCoreApplication::translate(
            "dsn::DsnCode", "Administrative-territorial unit %1 is not in the reference list.")
                   .arg(territorialUnitText());
    } else if (use == Use::New && describe(reference, Language::English).historical) {
        error = DsnCodeError::HistoricalTerritorialUnit;
        text = QCoreApplication::translate("dsn::DsnCode",
            "Administrative-territorial unit %1 no longer exists: existing codes keep it, "
            "but a new code must use a current unit.")
                   .arg(territorialUnitText());
    } else if (!reference.productType(m_productType)) {
        error = DsnCodeError::UnknownProductType;
        text = QCoreApplication::translate(
            "dsn::DsnCode", "Product type %1 is not in the reference list of product types.")
                   .arg(m_productType);
    }
    if (message)
        *message = text;
    return error;
}

DsnCode::Description DsnCode::describe(const ReferenceData &reference, Language language) const
{
    Description d;
    if (isNull())
        return d;
    if (const Country *c = reference.country(m_country))
        d.country = c->name.in(language);
    if (const TerritorialUnit *unit = reference.territorialUnit(m_territorialUnit)) {
        d.territorialUnit = unit->name.in(language);
        d.historical = unit->historical;
        if (const Region *region = reference.region(unit->regionId)) {
            d.region = region->name.in(language);
            d.historical = d.historical || region->historical;
        }
    }
    if (const ProductType *p = reference.productType(m_productType))
        d.productType = p->name.in(language);
    return d;
}

} // namespace dsn
