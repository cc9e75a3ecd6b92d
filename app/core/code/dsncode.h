#pragma once

#include "base/language.h"

#include <QChar>
#include <QString>
#include <QStringView>

#include <optional>

namespace dsn {

class ReferenceData;

// Why a DSN code was not accepted. Only the first problem is reported: first the text (empty,
// a character that is not a digit, too few digits, the brand facet), then each facet's range in
// facet order, then the reference lists.
enum class DsnCodeError {
    None,
    Empty,                     // nothing typed
    NonDigit,                  // a character other than a digit or a space
    TooShort,                  // fewer than 12 digits
    BrandTooLong,              // the brand facet has more digits than DsnCode::kMaxBrandDigits
    NonCanonicalBrand,         // a brand of 4 or more digits written with a leading zero
    CountryOutOfRange,         // facet 1 is not 1-6
    TerritorialUnitOutOfRange, // facet 2 is not 001-258
    MarketSubjectOutOfRange,   // facet 3 is not 0001-9999
    ProductTypeOutOfRange,     // facet 4 is not 1-4
    BrandOutOfRange,           // facet 5 is not 001-999999999
    UnknownCountry,            // facet 1 is not in the reference list of countries
    UnknownTerritorialUnit,    // facet 2 is not in the reference list of units
    HistoricalTerritorialUnit, // facet 2 is a historical unit, and a new code was being made
    UnknownProductType         // facet 4 is not in the reference list of product types
};

// A stable code for scripts and logs ("country_out_of_range", ...); "" for None.
QString dsnCodeErrorCode(DsnCodeError error);
// A general explanation for a clerk, without the details of a particular code.
QString dsnCodeErrorMessage(DsnCodeError error);

struct DsnCodeResult;

// A DSN code (personal identification number-code) of a petroleum product, Appendix 3 of the
// Rules: country (1 digit), administrative-territorial unit (3), market subject (4), product
// type (1) and brand (3 or more: "from 001 to infinity"). The brand is written with three digits
// up to 999 and without leading zeros from 1000 on, so every code has exactly one spelling.
// A DsnCode obtained from compose() or parse() always has its facets within range; a default
// one is null.
class DsnCode
{
public:
    static constexpr int kMaxCountry = 6;
    static constexpr int kMaxTerritorialUnit = 258;
    static constexpr int kMaxMarketSubject = 9999;
    static constexpr int kMaxProductType = 4;
    static constexpr int kMaxBrandDigits = 9;
    static constexpr int kMaxBrand = 999'999'999;
    static constexpr int kMinLength = 12;

    // What the code is checked for against the reference lists. A historical territorial unit
    // stays valid in an existing code but may not be used for a new one.
    enum class Use { Existing, New };

    using Result = DsnCodeResult;

    // What the facets mean, in one language. Empty texts for codes the reference does not know.
    struct Description
    {
        QString country;
        QString territorialUnit;
        QString region;
        bool historical = false; // the territorial unit (or its region) no longer exists as listed
        QString productType;
    };

    DsnCode() = default;

    // Checks only the ranges of the facets.
    static Result compose(int country, int territorialUnit, int marketSubject, int productType, qint64 brand);
    // Checks the ranges, then the reference lists for the given use.
    static Result compose(int country, int territorialUnit, int marketSubject, int productType, qint64 brand,
        const ReferenceData &reference, Use use);
    // Digits, optionally grouped with spaces as in the display form ("3 053 0001 1 001").
    static Result parse(QStringView text);
    static Result parse(QStringView text, const ReferenceData &reference, Use use);

    bool isNull() const { return m_country == 0; }
    int country() const { return m_country; }
    int territorialUnit() const { return m_territorialUnit; }
    int marketSubject() const { return m_marketSubject; }
    int productType() const { return m_productType; }
    int brand() const { return m_brand; }

    // Each facet as written in the code: "3", "053", "0001", "1", "001" / "1234".
    QString countryText() const;
    QString territorialUnitText() const;
    QString marketSubjectText() const;
    QString productTypeText() const;
    QString brandText() const;

    QString digits() const;  // "305300011001"
    QString grouped() const; // "3 053 0001 1 001"
    // A code as stored ("305300011001") in the grouped form a clerk reads; a text that is not
    // a code is returned as it is.
    static QString groupedText(const QString &stored);

    // The first problem with the reference lists, or None.
    DsnCodeError checkReference(const ReferenceData &reference, Use use, QString *message = nullptr) const;
    Description describe(const ReferenceData &reference, Language language) const;

    friend bool operator==(const DsnCode &, const DsnCode &) = default;

private:
    int m_country = 0;
    int m_territorialUnit = 0;
    int m_marketSubject = 0;
    int m_productType = 0;
    int m_brand = 0;
};

// What compose() or parse() found: a code, or the first reason there is none.
struct DsnCodeResult
{
    std::optional<DsnCode> code; // set when the code is valid
    DsnCodeError error = DsnCodeError::None;
    QString message;          // for the clerk, with the details of this code
    qsizetype digitCount = 0; // how many digits were typed (TooShort, BrandTooLong)
    QChar character;          // the offending character (NonDigit)
    bool isValid() const { return code.has_value(); }
};

} // namespace dsn
