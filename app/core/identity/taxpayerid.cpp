#include "taxpayerid.h"

#include "base/digits.h"
#include "base/enumtable.h"
#include "base/kazakhstantime.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

constexpr qsizetype kLength = 12;

int centuryStartYear(int centuryDigit)
{
    return 1800 + ((centuryDigit - 1) / 2) * 100;
}

TaxpayerId::Result failure(TaxpayerId::Result &result, TaxpayerIdError error, const QString &message)
{
    result.error = error;
    result.message = message;
    return result;
}

// The stable code and the general message of each error; None has neither, so it is not listed.
// clang-format off
constexpr EnumEntry<TaxpayerIdError> kErrors[] = {
    {TaxpayerIdError::Empty, u"empty",
     QT_TRANSLATE_NOOP("dsn::TaxpayerId", "Enter the IIN or BIN: 12 digits.")},
    {TaxpayerIdError::NonDigit, u"non_digit",
     QT_TRANSLATE_NOOP("dsn::TaxpayerId", "An IIN or BIN consists of digits only.")},
    {TaxpayerIdError::WrongLength, u"wrong_length",
     QT_TRANSLATE_NOOP("dsn::TaxpayerId", "An IIN or BIN has exactly 12 digits.")},
    {TaxpayerIdError::UnknownKind, u"unknown_kind",
     QT_TRANSLATE_NOOP("dsn::TaxpayerId", "This is neither an IIN nor a BIN: the 5th digit must be 0 to 6.")},
    {TaxpayerIdError::IinCentury, u"iin_century",
     QT_TRANSLATE_NOOP("dsn::TaxpayerId", "In an IIN the 7th digit (century and sex) must be 1 to 6.")},
    {TaxpayerIdError::IinBirthDate, u"iin_birth_date",
     QT_TRANSLATE_NOOP("dsn::TaxpayerId",
                       "In an IIN the first six digits must be a real date of birth (year, month, day).")},
    {TaxpayerIdError::IinBirthInFuture, u"iin_birth_in_future",
     QT_TRANSLATE_NOOP("dsn::TaxpayerId", "In an IIN the date of birth cannot be later than today.")},
    {TaxpayerIdError::BinMonth, u"bin_month",
     QT_TRANSLATE_NOOP("dsn::TaxpayerId",
                       "In a BIN the 3rd and 4th digits are the month of registration, 01 to 12.")},
    {TaxpayerIdError::BinType, u"bin_type",
     QT_TRANSLATE_NOOP("dsn::TaxpayerId", "In a BIN the 5th digit (type) must be 4, 5 or 6.")},
    {TaxpayerIdError::BinAttribute, u"bin_attribute",
     QT_TRANSLATE_NOOP("dsn::TaxpayerId",
                       "In a BIN the 6th digit (head office, branch, representative office or peasant farm) "
                       "must be 0 to 3.")},
    {TaxpayerIdError::CheckDigitMismatch, u"check_digit",
     QT_TRANSLATE_NOOP("dsn::TaxpayerId",
                       "The last (check) digit does not match: the number was probably mistyped.")},
    {TaxpayerIdError::CheckDigitUnassignable, u"check_digit_unassignable",
     QT_TRANSLATE_NOOP("dsn::TaxpayerId",
                       "No IIN or BIN is ever issued with these first 11 digits: the number was probably "
                       "mistyped.")},
};

// What digits 5, 6 and 7 say, as stable words for scripts and as text for people.
constexpr EnumEntry<TaxpayerId::Kind> kKinds[] = {
    {TaxpayerId::Kind::Iin, u"IIN", QT_TRANSLATE_NOOP("dsn::TaxpayerId", "IIN")},
    {TaxpayerId::Kind::Bin, u"BIN", QT_TRANSLATE_NOOP("dsn::TaxpayerId", "BIN")},
};

constexpr EnumEntry<TaxpayerId::Sex> kSexes[] = {
    {TaxpayerId::Sex::Male,   u"male",   QT_TRANSLATE_NOOP("dsn::TaxpayerId", "male")},
    {TaxpayerId::Sex::Female, u"female", QT_TRANSLATE_NOOP("dsn::TaxpayerId", "female")},
};

constexpr EnumEntry<TaxpayerId::BinType> kBinTypes[] = {
    {TaxpayerId::BinType::ResidentLegalEntity,             u"resident_legal_entity",             QT_TRANSLATE_NOOP("dsn::TaxpayerId", "resident legal entity")},
    {TaxpayerId::BinType::NonResidentLegalEntity,          u"non_resident_legal_entity",         QT_TRANSLATE_NOOP("dsn::TaxpayerId", "non-resident legal entity")},
    {TaxpayerId::BinType::JointIndividualEntrepreneurship, u"joint_individual_entrepreneurship", QT_TRANSLATE_NOOP("dsn::TaxpayerId", "joint individual entrepreneurship")},
};

constexpr EnumEntry<TaxpayerId::BinAttribute> kBinAttributes[] = {
    {TaxpayerId::BinAttribute::HeadOffice,           u"head_office",           QT_TRANSLATE_NOOP("dsn::TaxpayerId", "head office")},
    {TaxpayerId::BinAttribute::Branch,               u"branch",                QT_TRANSLATE_NOOP("dsn::TaxpayerId", "branch")},
    {TaxpayerId::BinAttribute::RepresentativeOffice, u"representative_office", QT_TRANSLATE_NOOP("dsn::TaxpayerId", "representative office")},
    {TaxpayerId::BinAttribute::PeasantFarm,          u"peasant_farm",          QT_TRANSLATE_NOOP("dsn::TaxpayerId", "peasant or farm household")},
};
// clang-format on

} // namespace

QString taxpayerIdErrorCode(TaxpayerIdError error)
{
    return enumKey(kErrors, error);
}

QString taxpayerIdErrorMessage(TaxpayerIdError error)
{
    return enumName("dsn::TaxpayerId", kErrors, error);
}

std::optional<int> TaxpayerId::checkDigit(QStringView firstElevenDigits)
{
    if (firstElevenDigits.size() != 11)
        return std::nullopt;
    if (!isAllDigits(firstElevenDigits))
        return std::nullopt;
    static constexpr std::array<int, 11> kFirst = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
    static constexpr std::array<int, 11> kSecond = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };
    for (const auto &weights : { kFirst, kSecond }) {
        int sum = 0;
        for (qsizetype i = 0; i < 11; ++i)
            sum += digitValue(firstElevenDigits.at(i)) * weights.at(std::size_t(i));
        const int r = sum % 11;
        if (r != 10)
            return r;
    }
    return std::nullopt;
}

QDate TaxpayerId::today()
{
    return kazakhstanDate(QDateTime::currentDateTimeUtc());
}

TaxpayerId::Result TaxpayerId::parse(QStringView input, Expect expect, QDate today)
{
    Result result;
    result.digits = withoutDigitSeparators(input);
    if (const qsizetype bad = indexOfNonDigit(result.digits); bad >= 0) {
        result.character = result.digits.at(bad);
        return failure(result, TaxpayerIdError::NonDigit,
            QCoreApplication::translate(
                "dsn::TaxpayerId", "The character %1 is not a digit: an IIN or BIN consists of 12 digits.")
                .arg(describeCharacter(result.character)));
    }
    const QString &d = result.digits;
    result.digitCount = d.size();
    if (d.isEmpty())
        return failure(result, TaxpayerIdError::Empty, taxpayerIdErrorMessage(TaxpayerIdError::Empty));
    if (d.size() != kLength)
        return failure(result, TaxpayerIdError::WrongLength,
            QCoreApplication::translate("dsn::TaxpayerId", "Digits typed: %n; an IIN or BIN has exactly 12.",
                nullptr, int(d.size())));

    auto digit = [&d](int index) {
        return digitValue(d.at(index));
    };
    const int fifth = digit(4);
    Kind kind = Kind::Iin;
    switch (expect) {
    case Expect::Any:
        if (fifth >= 7)
            return failure(result, TaxpayerIdError::UnknownKind,
                QCoreApplication::translate("dsn::TaxpayerId",
                    "The 5th digit is %1: in an IIN it is the first digit of the day of birth "
                    "(0 to 3), in a BIN the type (4 to 6). Check the number.")
                    .arg(fifth));
        kind = fifth <= 3 ? Kind::Iin : Kind::Bin;
        break;
    case Expect::Iin:
        kind = Kind::Iin;
        break;
    case Expect::Bin:
        kind = Kind::Bin;
        break;
    }

    const int month = digit(2) * 10 + digit(3);
    if (kind == Kind::Iin) {
        // Only when an IIN was asked for can the day start with 4 or more (it is then a BIN type).
        if (fifth > 3)
            return failure(result, TaxpayerIdError::IinBirthDate,
                QCoreApplication::translate("dsn::TaxpayerId",
                    "The 5th and 6th digits of an IIN are the day of birth, but %1 is not a day. "
                    "Is this a BIN?")
                    .arg(d.mid(4, 2)));
        const int century = digit(6);
        if (century < 1 || century > 6)
            return failure(result, TaxpayerIdError::IinCentury,
                QCoreApplication::translate("dsn::TaxpayerId",
                    "The 7th digit of an IIN is %1, but it must be 1 to 6 (1-2 born in the "
                    "1800s, 3-4 in the 1900s, 5-6 in the 2000s).")
                    .arg(century));
        const int year = centuryStartYear(century) + digit(0) * 10 + digit(1);
        const int day = digit(4) * 10 + digit(5);
        if (!QDate::isValid(year, month, day))
            return failure(result, TaxpayerIdError::IinBirthDate,
                QCoreApplication::translate("dsn::TaxpayerId",
                    "The first six digits of an IIN are the date of birth, but day %1, month %2 "
                    "of %3 is not a real date.")
                    .arg(d.mid(4, 2), d.mid(2, 2))
                    .arg(year));
        if (today.isValid() && QDate(year, month, day) > today)
            return failure(result, TaxpayerIdError::IinBirthInFuture,
                QCoreApplication::translate("dsn::TaxpayerId",
                    "The first seven digits of an IIN give the date of birth %1, which is later than "
                    "today (%2): the number was probably mistyped.")
                    .arg(QDate(year, month, day).toString(u"dd.MM.yyyy"_s), today.toString(u"dd.MM.yyyy"_s)));
    } else {
        if (month < 1 || month > 12)
            return failure(result, TaxpayerIdError::BinMonth,
                QCoreApplication::translate("dsn::TaxpayerId",
                    "The 3rd and 4th digits of a BIN are the month of registration, but %1 is "
                    "not a month (01 to 12).")
                    .arg(d.mid(2, 2)));
        if (fifth < 4 || fifth > 6)
            return failure(result, TaxpayerIdError::BinType,
                QCoreApplication::translate("dsn::TaxpayerId",
                    "The 5th digit of a BIN is its type and must be 4, 5 or 6, but it is %1.")
                    .arg(fifth));
        const int attribute = digit(5);
        if (attribute > 3)
            return failure(result, TaxpayerIdError::BinAttribute,
                QCoreApplication::translate("dsn::TaxpayerId",
                    "The 6th digit of a BIN must be 0 (head office), 1 (branch), "
                    "2 (representative office) or 3 (peasant farm), but it is %1.")
                    .arg(attribute));
    }

    const std::optional<int> check = checkDigit(QStringView(d).first(11));
    if (!check)
        return failure(result, TaxpayerIdError::CheckDigitUnassignable,
            taxpayerIdErrorMessage(TaxpayerIdError::CheckDigitUnassignable));
    if (*check != digit(11))
        return failure(result, TaxpayerIdError::CheckDigitMismatch,
            QCoreApplication::translate("dsn::TaxpayerId",
                "The last (check) digit is %1 but should be %2 for the first 11 digits: "
                "the number was probably mistyped.")
                .arg(digit(11))
                .arg(*check));

    TaxpayerId id;
    id.m_digits = d;
    id.m_kind = kind;
    result.id = id;
    return result;
}

int TaxpayerId::digitAt(int index) const
{
    return digitValue(m_digits.at(index));
}

QString TaxpayerId::grouped() const
{
    if (isNull())
        return QString();
    return m_digits.first(6) + u' ' + m_digits.sliced(6);
}

QDate TaxpayerId::birthDate() const
{
    if (isNull() || m_kind != Kind::Iin)
        return QDate();
    return QDate(centuryStartYear(digitAt(6)) + digitAt(0) * 10 + digitAt(1), digitAt(2) * 10 + digitAt(3),
        digitAt(4) * 10 + digitAt(5));
}

TaxpayerId::Sex TaxpayerId::sex() const
{
    if (isNull() || m_kind != Kind::Iin)
        return Sex::Male;
    return digitAt(6) % 2 == 1 ? Sex::Male : Sex::Female;
}

int TaxpayerId::birthCentury() const
{
    if (isNull() || m_kind != Kind::Iin)
        return 0;
    return centuryStartYear(digitAt(6)) / 100 + 1;
}

TaxpayerId::BinType TaxpayerId::binType() const
{
    if (isNull() || m_kind != Kind::Bin)
        return BinType::ResidentLegalEntity;
    return BinType(digitAt(4));
}

TaxpayerId::BinAttribute TaxpayerId::binAttribute() const
{
    if (isNull() || m_kind != Kind::Bin)
        return BinAttribute::HeadOffice;
    return BinAttribute(digitAt(5));
}

QDate TaxpayerId::registrationMonth() const
{
    if (isNull() || m_kind != Kind::Bin)
        return QDate();
    const int current = QDate::currentDate().year();
    int year = current / 100 * 100 + digitAt(0) * 10 + digitAt(1);
    if (year > current)
        year -= 100;
    return QDate(year, digitAt(2) * 10 + digitAt(3), 1);
}

QString TaxpayerId::summary() const
{
    if (isNull())
        return QString();
    if (m_kind == Kind::Iin)
        return QCoreApplication::translate("dsn::TaxpayerId", "IIN, %1, born %2")
            .arg(sexText(sex()), birthDate().toString(u"dd.MM.yyyy"_s));
    return QCoreApplication::translate("dsn::TaxpayerId", "BIN, %1, %2, registered %3")
        .arg(binTypeText(binType()), binAttributeText(binAttribute()),
            registrationMonth().toString(u"MM.yyyy"_s));
}

QString TaxpayerId::kindText(Kind kind)
{
    return enumName("dsn::TaxpayerId", kKinds, kind);
}

QString TaxpayerId::sexText(Sex sex)
{
    return enumName("dsn::TaxpayerId", kSexes, sex);
}

QString TaxpayerId::binTypeText(BinType type)
{
    return enumName("dsn::TaxpayerId", kBinTypes, type);
}

QString TaxpayerId::binAttributeText(BinAttribute attribute)
{
    return enumName("dsn::TaxpayerId", kBinAttributes, attribute);
}

QString TaxpayerId::kindCode(Kind kind)
{
    return enumKey(kKinds, kind);
}

QString TaxpayerId::sexCode(Sex sex)
{
    return enumKey(kSexes, sex);
}

QString TaxpayerId::binTypeCode(BinType type)
{
    return enumKey(kBinTypes, type);
}

QString TaxpayerId::binAttributeCode(BinAttribute attribute)
{
    return enumKey(kBinAttributes, attribute);
}

} // namespace dsn
