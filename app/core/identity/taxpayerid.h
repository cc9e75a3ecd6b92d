#pragma once

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace dsn {

// Why a typed IIN or BIN was not accepted. Only the first problem found is reported, in this
// order: what was typed (empty, a character that is not a digit, the number of digits), which
// kind of number it is, its structure (an IIN's date of birth real and not after today), and
// last its check digit.
enum class TaxpayerIdError {
    None,
    Empty,                 // nothing typed
    NonDigit,              // a character other than a digit or a space
    WrongLength,           // not 12 digits
    UnknownKind,           // digit 5 is 7, 8 or 9: neither an IIN birth day nor a BIN type
    IinCentury,            // IIN digit 7 is not 1-6
    IinBirthDate,          // IIN digits 1-6 are not a real calendar date
    IinBirthInFuture,      // IIN digits 1-7 give a date of birth after today
    BinMonth,              // BIN digits 3-4 are not a month 01-12
    BinType,               // BIN digit 5 is not 4, 5 or 6
    BinAttribute,          // BIN digit 6 is not 0-3
    CheckDigitMismatch,    // digit 12 differs from the computed check digit
    CheckDigitUnassignable // both weight passes give 10: such a number is never issued
};

// A stable code for scripts and logs ("check_digit", "bin_month", ...); "" for None.
QString taxpayerIdErrorCode(TaxpayerIdError error);
// A general explanation for a clerk, without the details of a particular number.
QString taxpayerIdErrorMessage(TaxpayerIdError error);

struct TaxpayerIdResult;

// An individual identification number (IIN, ЖСН) or a business identification number
// (BIN, БСН) of Kazakhstan, Law No. 223 of 12 January 2007: 12 digits, the last one a check
// digit. A TaxpayerId obtained from parse() is always valid; a default one is null.
class TaxpayerId
{
public:
    enum class Kind { Iin, Bin };
    enum class Sex { Male, Female };
    enum class BinType {
        ResidentLegalEntity = 4,
        NonResidentLegalEntity = 5,
        JointIndividualEntrepreneurship = 6
    };
    enum class BinAttribute { HeadOffice = 0, Branch = 1, RepresentativeOffice = 2, PeasantFarm = 3 };
    // Which kind the caller expects. With Any the kind follows from digit 5.
    enum class Expect { Any, Iin, Bin };

    using Result = TaxpayerIdResult;

    TaxpayerId() = default;

    // An IIN whose date of birth is after `today` is invalid (IinBirthInFuture): nobody is given
    // an IIN before being born (Law No. 223, art. 3). The default is today in Kazakhstan, read
    // where parse() is called; pass the date the check is made for (a clock, a moment of receipt)
    // where one is at hand, or an invalid QDate to check the structure only (re-reading digits
    // that were checked when they were taken in).
    static Result parse(QStringView input, Expect expect = Expect::Any, QDate today = TaxpayerId::today());
    static bool isValid(QStringView input, QDate today = TaxpayerId::today());
    // Today's date in Kazakhstan (UTC+05:00, calendar/schedule.h).
    static QDate today();

    // The check digit for the first 11 digits, or nullopt when both weight passes give 10
    // (or when the text is not 11 digits).
    static std::optional<int> checkDigit(QStringView firstElevenDigits);

    bool isNull() const { return m_digits.isEmpty(); }
    Kind kind() const { return m_kind; }
    const QString &digits() const { return m_digits; }
    QString grouped() const; // "921029 350851", for reading aloud and printing

    // IIN only (invalid / defaults for a BIN).
    QDate birthDate() const;
    Sex sex() const;
    int birthCentury() const; // 19 for the 1800s, 20 for the 1900s, 21 for the 2000s

    // BIN only (invalid / defaults for an IIN).
    BinType binType() const;
    BinAttribute binAttribute() const;
    // The first day of the registration month. The BIN holds a two-digit year: it is read as
    // the latest year not after the current one.
    QDate registrationMonth() const;

    // "IIN, male, born 29.10.1992" / "BIN, resident legal entity, head office, registered 01.1994"
    QString summary() const;

    static QString kindText(Kind kind);
    static QString sexText(Sex sex);
    static QString binTypeText(BinType type);
    static QString binAttributeText(BinAttribute attribute);

    // Stable words for scripts: "IIN", "male", "resident_legal_entity", "head_office", ...
    static QString kindCode(Kind kind);
    static QString sexCode(Sex sex);
    static QString binTypeCode(BinType type);
    static QString binAttributeCode(BinAttribute attribute);

    friend bool operator==(const TaxpayerId &a, const TaxpayerId &b) { return a.m_digits == b.m_digits; }

private:
    int digitAt(int index) const;

    QString m_digits;
    Kind m_kind = Kind::Iin;
};

// What parse() found: a valid number, or the first reason it is not one.
struct TaxpayerIdResult
{
    std::optional<TaxpayerId> id; // set when the number is valid
    TaxpayerIdError error = TaxpayerIdError::None;
    QString message;          // for the clerk, with the details of this number
    QString digits;           // what was typed without spaces
    qsizetype digitCount = 0; // how many digits were typed (WrongLength)
    QChar character;          // the offending character (NonDigit)
    bool isValid() const { return id.has_value(); }
};

inline bool TaxpayerId::isValid(QStringView input, QDate today)
{
    return parse(input, Expect::Any, today).isValid();
}

} // namespace dsn
