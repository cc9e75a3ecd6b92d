#include "identity/taxpayerid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using dsn::TaxpayerId;
using dsn::TaxpayerIdError;

Q_DECLARE_METATYPE(TaxpayerIdError)
Q_DECLARE_METATYPE(TaxpayerId::Expect)

namespace {

// The check digit as Law No. 223 describes it, written here independently of the product:
// weights 1..11, and when the remainder is 10 a second pass with weights 3..11,1,2.
std::optional<int> oracleCheckDigit(const QString &first11)
{
    int first = 0;
    int second = 0;
    for (int i = 0; i < 11; ++i) {
        const int d = first11.at(i).digitValue();
        first += d * (i + 1);
        second += d * ((i + 2) % 11 + 1);
    }
    if (first % 11 != 10)
        return first % 11;
    if (second % 11 != 10)
        return second % 11;
    return std::nullopt;
}

// Completes the given leading digits with the smallest serial whose check digit exists.
QString completeNumber(const QString &head)
{
    const int serialDigits = 11 - int(head.size());
    for (int serial = 0;; ++serial) {
        const QString first11 = head + u"%1"_s.arg(serial, serialDigits, 10, QLatin1Char('0'));
        if (const auto check = oracleCheckDigit(first11))
            return first11 + QString::number(*check);
    }
}

// The same leading digits with a serial whose check digit is unassignable.
QString unassignableNumber(const QString &head)
{
    const int serialDigits = 11 - int(head.size());
    for (int serial = 0;; ++serial) {
        const QString first11 = head + u"%1"_s.arg(serial, serialDigits, 10, QLatin1Char('0'));
        if (!oracleCheckDigit(first11))
            return first11 + u'0';
    }
}

QString withWrongCheck(const QString &valid)
{
    const int check = valid.at(11).digitValue();
    return valid.first(11) + QString::number((check + 1) % 10);
}

QSet<TaxpayerIdError> &reachedReasons()
{
    static QSet<TaxpayerIdError> set;
    return set;
}

// The last day an IIN can name: structural checks use it as "today", so no birth is in the future.
const QDate kLastDay(2099, 12, 31);

const QList<TaxpayerIdError> kAllErrors = {
    TaxpayerIdError::Empty,
    TaxpayerIdError::NonDigit,
    TaxpayerIdError::WrongLength,
    TaxpayerIdError::UnknownKind,
    TaxpayerIdError::IinCentury,
    TaxpayerIdError::IinBirthDate,
    TaxpayerIdError::IinBirthInFuture,
    TaxpayerIdError::BinMonth,
    TaxpayerIdError::BinType,
    TaxpayerIdError::BinAttribute,
    TaxpayerIdError::CheckDigitMismatch,
    TaxpayerIdError::CheckDigitUnassignable,
};

} // namespace

class TestTaxpayerId : public QObject
{
    Q_OBJECT
private slots:
    void oracleAgreesWithHelper();
    void publicExamples_data();
    void publicExamples();
    void decodeIin_data();
    void decodeIin();
    void decodeBin_data();
    void decodeBin();
    void reasons_data();
    void reasons();
    void birthInFuture();
    void detailsInMessages();
    void everyReasonReached();
    void reasonCodesAndMessages();
    void generatedIins();
    void generatedBins();
    void checkDigitHelper_data();
    void checkDigitHelper();
    void groupedForm();
    void nullId();
};

// The production helper and the test's own implementation agree on every prefix tried.
void TestTaxpayerId::oracleAgreesWithHelper()
{
    QRandomGenerator rng(20070112);
    int unassignable = 0;
    for (int i = 0; i < 20000; ++i) {
        QString first11;
        for (int k = 0; k < 11; ++k)
            first11 += QChar(u'0' + rng.bounded(10));
        const auto expected = oracleCheckDigit(first11);
        QCOMPARE(TaxpayerId::checkDigit(first11), expected);
        unassignable += expected ? 0 : 1;
    }
    // Both passes give 10 for about one prefix in 121.
    QVERIFY(unassignable > 50);
}

void TestTaxpayerId::publicExamples_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<TaxpayerIdError>("error");
    QTest::addColumn<QString>("kind");

    // Domain brief §7.
    QTest::newRow("IIN 921029350851") << u"921029350851"_s << TaxpayerIdError::None << u"IIN"_s;
    QTest::newRow("IIN 871008401427") << u"871008401427"_s << TaxpayerIdError::None << u"IIN"_s;
    QTest::newRow("IIN second pass") << u"061211600012"_s << TaxpayerIdError::None << u"IIN"_s;
    QTest::newRow("BIN 940140000385") << u"940140000385"_s << TaxpayerIdError::None << u"BIN"_s;
    QTest::newRow("BIN second pass") << u"961141000023"_s << TaxpayerIdError::None << u"BIN"_s;
    QTest::newRow("check digit") << u"921029350852"_s << TaxpayerIdError::CheckDigitMismatch << QString();
    // Its checksum passes, so the month must be what is reported.
    QTest::newRow("month 15") << u"921529350859"_s << TaxpayerIdError::IinBirthDate << QString();
    QTest::newRow("10 twice") << u"821214240092"_s << TaxpayerIdError::CheckDigitUnassignable << QString();
}

void TestTaxpayerId::publicExamples()
{
    QFETCH(QString, input);
    QFETCH(TaxpayerIdError, error);
    QFETCH(QString, kind);
    const auto result = TaxpayerId::parse(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.isValid(), error == TaxpayerIdError::None);
    QCOMPARE(TaxpayerId::isValid(input), error == TaxpayerIdError::None);
    if (result.isValid()) {
        QCOMPARE(TaxpayerId::kindCode(result.id->kind()), kind);
        QCOMPARE(result.id->digits(), input);
        QVERIFY(result.message.isEmpty());
    } else {
        QVERIFY(!result.message.isEmpty());
    }
}

void TestTaxpayerId::decodeIin_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<TaxpayerId::Sex>("sex");
    QTest::addColumn<int>("century");
    QTest::addColumn<QString>("summary");

    // Digit 7: 3 = male born in the 1900s, 4 = female in the 1900s, 6 = female in the 2000s.
    QTest::newRow("921029350851") << u"921029350851"_s << QDate(1992, 10, 29) << TaxpayerId::Sex::Male << 20
                                  << u"IIN, male, born 29.10.1992"_s;
    QTest::newRow("871008401427") << u"871008401427"_s << QDate(1987, 10, 8) << TaxpayerId::Sex::Female << 20
                                  << u"IIN, female, born 08.10.1987"_s;
    QTest::newRow("061211600012") << u"061211600012"_s << QDate(2006, 12, 11) << TaxpayerId::Sex::Female << 21
                                  << u"IIN, female, born 11.12.2006"_s;
}

void TestTaxpayerId::decodeIin()
{
    QFETCH(QString, input);
    QFETCH(QDate, birthDate);
    QFETCH(TaxpayerId::Sex, sex);
    QFETCH(int, century);
    QFETCH(QString, summary);
    const auto result = TaxpayerId::parse(input);
    QVERIFY2(result.isValid(), qPrintable(result.message));
    const TaxpayerId &id = *result.id;
    QCOMPARE(id.kind(), TaxpayerId::Kind::Iin);
    QCOMPARE(id.birthDate(), birthDate);
    QCOMPARE(id.sex(), sex);
    QCOMPARE(id.birthCentury(), century);
    QCOMPARE(id.summary(), summary);
    QVERIFY(!id.registrationMonth().isValid());
}

void TestTaxpayerId::decodeBin_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("registered");
    QTest::addColumn<TaxpayerId::BinType>("type");
    QTest::addColumn<TaxpayerId::BinAttribute>("attribute");
    QTest::addColumn<QString>("summary");

    QTest::newRow("940140000385") << u"940140000385"_s << QDate(1994, 1, 1)
                                  << TaxpayerId::BinType::ResidentLegalEntity
                                  << TaxpayerId::BinAttribute::HeadOffice
                                  << u"BIN, resident legal entity, head office, registered 01.1994"_s;
    QTest::newRow("961141000023") << u"961141000023"_s << QDate(1996, 11, 1)
                                  << TaxpayerId::BinType::ResidentLegalEntity
                                  << TaxpayerId::BinAttribute::Branch
                                  << u"BIN, resident legal entity, branch, registered 11.1996"_s;
    const QString nonResident = completeNumber(u"070552"_s);
    QTest::newRow("non-resident, representative office")
        << nonResident << QDate(2007, 5, 1) << TaxpayerId::BinType::NonResidentLegalEntity
        << TaxpayerId::BinAttribute::RepresentativeOffice
        << u"BIN, non-resident legal entity, representative office, registered 05.2007"_s;
    const QString joint = completeNumber(u"121263"_s);
    QTest::newRow("joint entrepreneurship, farm")
        << joint << QDate(2012, 12, 1) << TaxpayerId::BinType::JointIndividualEntrepreneurship
        << TaxpayerId::BinAttribute::PeasantFarm
        << u"BIN, joint individual entrepreneurship, peasant or farm household, registered 12.2012"_s;
}

void TestTaxpayerId::decodeBin()
{
    QFETCH(QString, input);
    QFETCH(QDate, registered);
    QFETCH(TaxpayerId::BinType, type);
    QFETCH(TaxpayerId::BinAttribute, attribute);
    QFETCH(QString, summary);
    const auto result = TaxpayerId::parse(input);
    QVERIFY2(result.isValid(), qPrintable(result.message));
    const TaxpayerId &id = *result.id;
    QCOMPARE(id.kind(), TaxpayerId::Kind::Bin);
    QCOMPARE(id.registrationMonth(), registered);
    QCOMPARE(id.binType(), type);
    QCOMPARE(id.binAttribute(), attribute);
    QCOMPARE(id.summary(), summary);
    QVERIFY(!id.birthDate().isValid());
}

void TestTaxpayerId::reasons_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<TaxpayerId::Expect>("expect");
    QTest::addColumn<TaxpayerIdError>("error");
    using E = TaxpayerIdError;
    const auto any = TaxpayerId::Expect::Any;
    const auto iin = TaxpayerId::Expect::Iin;
    const auto bin = TaxpayerId::Expect::Bin;

    // What was typed.
    QTest::newRow("empty") << QString() << any << E::Empty;
    QTest::newRow("only spaces") << u"  \t "_s << any << E::Empty;
    QTest::newRow("spaces") << u"921029 350851"_s << any << E::None;
    QTest::newRow("many spaces") << u" 92 10 29  35 08 51 "_s << any << E::None;
    QTest::newRow("tab") << u"921029\t350851"_s << any << E::None;
    QTest::newRow("no-break space") << u"921029\u00A0350851"_s << any << E::None;
    QTest::newRow("thin space") << u"921029\u2009350851"_s << any << E::None;
    QTest::newRow("narrow no-break space") << u"921029\u202F350851"_s << any << E::None;
    QTest::newRow("figure space") << u"921029\u2007350851"_s << any << E::None;
    QTest::newRow("latin letter") << u"92102935085A"_s << any << E::NonDigit;
    QTest::newRow("cyrillic O for zero") << u"921\u041E29350851"_s << any << E::NonDigit;
    QTest::newRow("hyphen") << u"921029-350851"_s << any << E::NonDigit;
    QTest::newRow("dot") << u"921029.350851"_s << any << E::NonDigit;
    QTest::newRow("newline") << u"921029\n350851"_s << any << E::NonDigit;
    QTest::newRow("fullwidth digit") << u"92102935085\uFF11"_s << any << E::NonDigit;
    QTest::newRow("arabic-indic digit") << u"92102935085\u0661"_s << any << E::NonDigit;
    QTest::newRow("letter in short input") << u"12a"_s << any << E::NonDigit;
    QTest::newRow("1 digit") << u"9"_s << any << E::WrongLength;
    QTest::newRow("11 digits") << u"92102935085"_s << any << E::WrongLength;
    QTest::newRow("13 digits") << u"9210293508510"_s << any << E::WrongLength;
    QTest::newRow("13 digits grouped") << u"921029 3508510"_s << any << E::WrongLength;

    // Which kind of number: digit 5.
    for (int fifth : { 7, 8, 9 })
        QTest::addRow("digit 5 is %d", fifth)
            << completeNumber(u"9210%1"_s.arg(fifth)) << any << E::UnknownKind;

    // IIN century digit.
    for (int century : { 0, 7, 8, 9 })
        QTest::addRow("century digit %d", century)
            << completeNumber(u"921029%1"_s.arg(century)) << any << E::IinCentury;
    for (int century : { 1, 2, 3, 4, 5, 6 })
        QTest::addRow("century digit %d ok", century)
            << completeNumber(u"921029%1"_s.arg(century)) << any << E::None;

    // IIN birth date, leap years in each century.
    QTest::newRow("29 Feb 2000 male") << completeNumber(u"0002295"_s) << any << E::None;
    QTest::newRow("29 Feb 2000 female") << completeNumber(u"0002296"_s) << any << E::None;
    QTest::newRow("29 Feb 1900 male") << completeNumber(u"0002293"_s) << any << E::IinBirthDate;
    QTest::newRow("29 Feb 1900 female") << completeNumber(u"0002294"_s) << any << E::IinBirthDate;
    QTest::newRow("29 Feb 1800 male") << completeNumber(u"0002291"_s) << any << E::IinBirthDate;
    QTest::newRow("29 Feb 1800 female") << completeNumber(u"0002292"_s) << any << E::IinBirthDate;
    QTest::newRow("29 Feb 1896") << completeNumber(u"9602292"_s) << any << E::None;
    QTest::newRow("29 Feb 1904") << completeNumber(u"0402293"_s) << any << E::None;
    QTest::newRow("29 Feb 2004") << completeNumber(u"0402295"_s) << any << E::None;
    QTest::newRow("29 Feb 2023") << completeNumber(u"2302295"_s) << any << E::IinBirthDate;
    QTest::newRow("28 Feb 1900") << completeNumber(u"0002283"_s) << any << E::None;
    QTest::newRow("30 Feb 2000") << completeNumber(u"0002305"_s) << any << E::IinBirthDate;
    QTest::newRow("31 Apr") << completeNumber(u"9204313"_s) << any << E::IinBirthDate;
    QTest::newRow("30 Apr") << completeNumber(u"9204303"_s) << any << E::None;
    QTest::newRow("31 Dec") << completeNumber(u"9212313"_s) << any << E::None;
    QTest::newRow("1 Jan 1800") << completeNumber(u"0001011"_s) << any << E::None;
    QTest::newRow("31 Dec 2099") << completeNumber(u"9912316"_s) << any << E::None;
    QTest::newRow("month 00") << completeNumber(u"9200153"_s) << any << E::IinBirthDate;
    QTest::newRow("month 13") << completeNumber(u"9213153"_s) << any << E::IinBirthDate;
    QTest::newRow("day 00") << completeNumber(u"9210003"_s) << any << E::IinBirthDate;
    QTest::newRow("day 32") << completeNumber(u"9201323"_s) << any << E::IinBirthDate;
    QTest::newRow("day 39") << completeNumber(u"9201393"_s) << any << E::IinBirthDate;

    // BIN structure.
    QTest::newRow("BIN month 00") << completeNumber(u"940040"_s) << any << E::BinMonth;
    QTest::newRow("BIN month 13") << completeNumber(u"941340"_s) << any << E::BinMonth;
    QTest::newRow("BIN month 01") << completeNumber(u"940140"_s) << any << E::None;
    QTest::newRow("BIN month 12") << completeNumber(u"941240"_s) << any << E::None;
    for (int type : { 4, 5, 6 })
        QTest::addRow("BIN type %d", type) << completeNumber(u"9401%10"_s.arg(type)) << any << E::None;
    // Type 3 reads as an IIN day, type 7 as nothing; when a BIN is expected, both are a bad type.
    QTest::newRow("BIN type 3 expected") << completeNumber(u"940130"_s) << bin << E::BinType;
    QTest::newRow("BIN type 7 expected") << completeNumber(u"940170"_s) << bin << E::BinType;
    QTest::newRow("BIN type 0 expected") << completeNumber(u"940100"_s) << bin << E::BinType;
    QTest::newRow("BIN type 7") << completeNumber(u"940170"_s) << any << E::UnknownKind;
    for (int attribute = 0; attribute <= 9; ++attribute)
        QTest::addRow("BIN attribute %d", attribute) << completeNumber(u"94014%1"_s.arg(attribute)) << any
                                                     << (attribute <= 3 ? E::None : E::BinAttribute);
    QTest::newRow("BIN month before type") << completeNumber(u"941370"_s) << bin << E::BinMonth;
    QTest::newRow("BIN type before attribute") << completeNumber(u"940179"_s) << bin << E::BinType;

    // Expected kind.
    QTest::newRow("IIN expected, IIN given") << u"921029350851"_s << iin << E::None;
    QTest::newRow("BIN expected, BIN given") << u"940140000385"_s << bin << E::None;
    QTest::newRow("IIN expected, BIN given") << u"940140000385"_s << iin << E::IinBirthDate;
    QTest::newRow("BIN expected, IIN given") << u"921029350851"_s << bin << E::BinType;

    // Structure is checked before the check digit.
    QTest::newRow("bad date and bad check")
        << withWrongCheck(completeNumber(u"9202303"_s)) << any << E::IinBirthDate;
    QTest::newRow("bad month and bad check")
        << withWrongCheck(completeNumber(u"941340"_s)) << any << E::BinMonth;
    QTest::newRow("bad century, 10 twice") << unassignableNumber(u"9210298"_s) << any << E::IinCentury;

    // Check digit.
    QTest::newRow("IIN check") << withWrongCheck(completeNumber(u"8501013"_s)) << any
                               << E::CheckDigitMismatch;
    QTest::newRow("BIN check") << withWrongCheck(completeNumber(u"150341"_s)) << any << E::CheckDigitMismatch;
    QTest::newRow("IIN 10 twice") << unassignableNumber(u"8501014"_s) << any << E::CheckDigitUnassignable;
    QTest::newRow("BIN 10 twice") << unassignableNumber(u"150342"_s) << any << E::CheckDigitUnassignable;
    // Digit 11 has weight 11 in the first pass, which is 0 modulo 11: changing it alone leaves the
    // check digit as it was, so such a number is as valid as the original.
    QTest::newRow("digit 11 not covered") << u"921029350861"_s << any << E::None;
}

void TestTaxpayerId::reasons()
{
    QFETCH(QString, input);
    QFETCH(TaxpayerId::Expect, expect);
    QFETCH(TaxpayerIdError, error);
    const auto result = TaxpayerId::parse(input, expect, kLastDay);
    QCOMPARE(result.error, error);
    QCOMPARE(result.isValid(), error == TaxpayerIdError::None);
    QCOMPARE(result.message.isEmpty(), error == TaxpayerIdError::None);
    if (result.isValid()) {
        QString digitsOnly;
        for (QChar c : input)
            if (c.isDigit())
                digitsOnly += c;
        QCOMPARE(result.id->digits(), digitsOnly);
        QCOMPARE(result.id->digits().size(), 12);
    }
    reachedReasons().insert(error);
}

// Nobody has an IIN before being born: a date of birth after today is refused, today itself is not.
void TestTaxpayerId::birthInFuture()
{
    const QDate today(2026, 6, 15);
    const QString born = completeNumber(u"2606155"_s);     // 15 June 2026, male
    const QString tomorrow = completeNumber(u"2606166"_s); // 16 June 2026, female
    const QString later = completeNumber(u"9912316"_s);    // 31 December 2099
    QVERIFY(TaxpayerId::parse(born, TaxpayerId::Expect::Any, today).isValid());
    const auto t = TaxpayerId::parse(tomorrow, TaxpayerId::Expect::Any, today);
    QCOMPARE(t.error, TaxpayerIdError::IinBirthInFuture);
    QVERIFY2(t.message.contains(u"16.06.2026"_s), qPrintable(t.message));
    QVERIFY2(t.message.contains(u"15.06.2026"_s), qPrintable(t.message));
    QCOMPARE(
        TaxpayerId::parse(later, TaxpayerId::Expect::Iin, today).error, TaxpayerIdError::IinBirthInFuture);
    QVERIFY(!TaxpayerId::isValid(tomorrow, today));
    // An invalid date checks the structure only.
    QVERIFY(TaxpayerId::parse(later, TaxpayerId::Expect::Any, QDate()).isValid());
    // By default the date is today in Kazakhstan.
    QCOMPARE(TaxpayerId::parse(later).error, TaxpayerIdError::IinBirthInFuture);
    QCOMPARE(TaxpayerId::today(), QDateTime::currentDateTimeUtc().toOffsetFromUtc(5 * 3600).date());
    // A structural problem is reported before the date: 30 February.
    QCOMPARE(TaxpayerId::parse(completeNumber(u"9902306"_s), TaxpayerId::Expect::Any, today).error,
        TaxpayerIdError::IinBirthDate);
    // The check digit comes after it.
    QCOMPARE(TaxpayerId::parse(withWrongCheck(tomorrow), TaxpayerId::Expect::Any, today).error,
        TaxpayerIdError::IinBirthInFuture);
    reachedReasons().insert(TaxpayerIdError::IinBirthInFuture);
}

void TestTaxpayerId::detailsInMessages()
{
    const auto eleven = TaxpayerId::parse(u"92102935085"_s);
    QCOMPARE(eleven.digitCount, 11);
    QVERIFY2(eleven.message.contains(u"11"_s), qPrintable(eleven.message));
    const auto thirteen = TaxpayerId::parse(u"9210 2935 0851 0"_s);
    QCOMPARE(thirteen.digitCount, 13);
    QVERIFY2(thirteen.message.contains(u"13"_s), qPrintable(thirteen.message));
    QCOMPARE(thirteen.digits, u"9210293508510"_s);

    const auto letter = TaxpayerId::parse(u"92102935085X"_s);
    QCOMPARE(letter.character, QChar(u'X'));
    QVERIFY2(letter.message.contains(u'X'), qPrintable(letter.message));
    const auto cyrillic = TaxpayerId::parse(u"921\u041E29350851"_s);
    QCOMPARE(cyrillic.character, QChar(0x041E));
    QVERIFY2(cyrillic.message.contains(QChar(0x041E)), qPrintable(cyrillic.message));
    const auto newline = TaxpayerId::parse(u"921029\n350851"_s);
    QVERIFY2(newline.message.contains(u"U+000A"_s), qPrintable(newline.message));

    const auto check = TaxpayerId::parse(u"921029350852"_s);
    QVERIFY2(check.message.contains(u'1'), qPrintable(check.message)); // the expected check digit
    const auto month = TaxpayerId::parse(u"921529350859"_s);
    QVERIFY2(month.message.contains(u"15"_s), qPrintable(month.message));
    const auto century = TaxpayerId::parse(completeNumber(u"9210298"_s));
    QVERIFY2(century.message.contains(u'8'), qPrintable(century.message));
}

void TestTaxpayerId::everyReasonReached()
{
    for (TaxpayerIdError error : kAllErrors)
        QVERIFY2(reachedReasons().contains(error),
            qPrintable(u"no row reaches %1"_s.arg(dsn::taxpayerIdErrorCode(error))));
}

void TestTaxpayerId::reasonCodesAndMessages()
{
    QSet<QString> codes;
    QSet<QString> messages;
    for (TaxpayerIdError error : kAllErrors) {
        const QString code = dsn::taxpayerIdErrorCode(error);
        const QString message = dsn::taxpayerIdErrorMessage(error);
        QVERIFY(!code.isEmpty());
        QVERIFY(!message.isEmpty());
        codes.insert(code);
        messages.insert(message);
    }
    QCOMPARE(codes.size(), kAllErrors.size());
    QCOMPARE(messages.size(), kAllErrors.size());
    QVERIFY(dsn::taxpayerIdErrorCode(TaxpayerIdError::None).isEmpty());
}

void TestTaxpayerId::generatedIins()
{
    QRandomGenerator rng(1992'10'29);
    const qint64 first = QDate(1800, 1, 1).toJulianDay();
    const qint64 last = QDate(2099, 12, 31).toJulianDay();
    int generated = 0;
    int serialCorruptionsAccepted = 0;
    while (generated < 3000) {
        const QDate birth = QDate::fromJulianDay(first + qint64(rng.bounded(quint32(last - first + 1))));
        const bool male = rng.bounded(2) == 0;
        const int centuryDigit = (birth.year() / 100 - 18) * 2 + (male ? 1 : 2);
        const QString first11 = birth.toString(u"yyMMdd"_s) + QString::number(centuryDigit)
            + u"%1"_s.arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
        const auto check = oracleCheckDigit(first11);
        if (!check)
            continue;
        ++generated;
        const QString number = first11 + QString::number(*check);

        const auto result = TaxpayerId::parse(number, TaxpayerId::Expect::Any, kLastDay);
        QVERIFY2(result.isValid(), qPrintable(number + u": "_s + result.message));
        QCOMPARE(result.id->kind(), TaxpayerId::Kind::Iin);
        QCOMPARE(result.id->birthDate(), birth);
        QCOMPARE(result.id->sex(), male ? TaxpayerId::Sex::Male : TaxpayerId::Sex::Female);
        QCOMPARE(result.id->birthCentury(), birth.year() / 100 + 1);
        QCOMPARE(result.id->digits(), number);

        // A wrong check digit is always caught.
        const int wrong = (*check + 1 + rng.bounded(9)) % 10;
        const auto corruptCheck = TaxpayerId::parse(
            QString(number.first(11) + QString::number(wrong)), TaxpayerId::Expect::Any, kLastDay);
        QCOMPARE(corruptCheck.error, TaxpayerIdError::CheckDigitMismatch);

        // A changed serial digit (positions 8-10) is caught unless the check digit happens to fit.
        const int position = 7 + rng.bounded(3);
        QString corrupt = number;
        corrupt[position] = QChar(u'0' + (number.at(position).digitValue() + 1 + rng.bounded(9)) % 10);
        const auto expected = oracleCheckDigit(corrupt.first(11));
        const auto corruptSerial = TaxpayerId::parse(corrupt, TaxpayerId::Expect::Any, kLastDay);
        if (!expected) {
            QCOMPARE(corruptSerial.error, TaxpayerIdError::CheckDigitUnassignable);
        } else if (*expected != *check) {
            QCOMPARE(corruptSerial.error, TaxpayerIdError::CheckDigitMismatch);
        } else {
            QCOMPARE(corruptSerial.error, TaxpayerIdError::None);
            ++serialCorruptionsAccepted;
        }

        // Any other changed digit: never valid unless the check digit still fits.
        const int anyPosition = rng.bounded(10);
        QString changed = number;
        changed[anyPosition] = QChar(u'0' + (number.at(anyPosition).digitValue() + 1 + rng.bounded(9)) % 10);
        if (oracleCheckDigit(changed.first(11)) != check)
            QVERIFY2(!TaxpayerId::isValid(changed, kLastDay), qPrintable(changed));
    }
    // Positions 8-10 have weights 8-10 in the first pass, so a change there is nearly always seen.
    QVERIFY2(serialCorruptionsAccepted < 3000 / 20, qPrintable(QString::number(serialCorruptionsAccepted)));
}

void TestTaxpayerId::generatedBins()
{
    QRandomGenerator rng(1994'01'40);
    const int currentYear = QDate::currentDate().year();
    int generated = 0;
    while (generated < 3000) {
        // Two-digit years are read as the latest such year not after the current one.
        const int year = currentYear - rng.bounded(100);
        const int month = 1 + rng.bounded(12);
        const int type = 4 + rng.bounded(3);
        const int attribute = rng.bounded(4);
        const QString first11 = u"%1%2%3%4%5"_s.arg(year % 100, 2, 10, QLatin1Char('0'))
                                    .arg(month, 2, 10, QLatin1Char('0'))
                                    .arg(type)
                                    .arg(attribute)
                                    .arg(rng.bounded(100000), 5, 10, QLatin1Char('0'));
        const auto check = oracleCheckDigit(first11);
        if (!check)
            continue;
        ++generated;
        const QString number = first11 + QString::number(*check);

        const auto result = TaxpayerId::parse(number);
        QVERIFY2(result.isValid(), qPrintable(number + u": "_s + result.message));
        QCOMPARE(result.id->kind(), TaxpayerId::Kind::Bin);
        QCOMPARE(result.id->registrationMonth(), QDate(year, month, 1));
        QCOMPARE(int(result.id->binType()), type);
        QCOMPARE(int(result.id->binAttribute()), attribute);
        QCOMPARE(result.id->digits(), number);
        QCOMPARE(TaxpayerId::parse(number, TaxpayerId::Expect::Bin).error, TaxpayerIdError::None);
        QCOMPARE(TaxpayerId::parse(number, TaxpayerId::Expect::Iin).error, TaxpayerIdError::IinBirthDate);

        const int wrong = (*check + 1 + rng.bounded(9)) % 10;
        QCOMPARE(TaxpayerId::parse(QString(number.first(11) + QString::number(wrong))).error,
            TaxpayerIdError::CheckDigitMismatch);

        const int position = 6 + rng.bounded(4); // serial digits 7-10
        QString corrupt = number;
        corrupt[position] = QChar(u'0' + (number.at(position).digitValue() + 1 + rng.bounded(9)) % 10);
        const auto expected = oracleCheckDigit(corrupt.first(11));
        const auto corruptSerial = TaxpayerId::parse(corrupt);
        if (!expected) {
            QCOMPARE(corruptSerial.error, TaxpayerIdError::CheckDigitUnassignable);
        } else if (*expected != *check) {
            QCOMPARE(corruptSerial.error, TaxpayerIdError::CheckDigitMismatch);
        } else {
            QCOMPARE(corruptSerial.error, TaxpayerIdError::None);
        }

        // Grouped with spaces it is the same number.
        const auto spaced = TaxpayerId::parse(QString(number.first(6) + u'\u00A0' + number.sliced(6)));
        QVERIFY(spaced.isValid());
        QCOMPARE(*spaced.id, *result.id);
    }
}

void TestTaxpayerId::checkDigitHelper_data()
{
    QTest::addColumn<QString>("first11");
    QTest::addColumn<int>("expected"); // -1: none
    QTest::newRow("first pass") << u"92102935085"_s << 1;
    QTest::newRow("second pass IIN") << u"06121160001"_s << 2;
    QTest::newRow("second pass BIN") << u"96114100002"_s << 3;
    QTest::newRow("10 twice") << u"82121424009"_s << -1;
    QTest::newRow("all zeros") << u"00000000000"_s << 0;
    QTest::newRow("too short") << u"9210293508"_s << -1;
    QTest::newRow("too long") << u"921029350851"_s << -1;
    QTest::newRow("letter") << u"9210293508A"_s << -1;
}

void TestTaxpayerId::checkDigitHelper()
{
    QFETCH(QString, first11);
    QFETCH(int, expected);
    const auto check = TaxpayerId::checkDigit(first11);
    QCOMPARE(check.value_or(-1), expected);
}

void TestTaxpayerId::groupedForm()
{
    const auto result = TaxpayerId::parse(u"921029350851"_s);
    QVERIFY(result.isValid());
    QCOMPARE(result.id->grouped(), u"921029 350851"_s);
    QCOMPARE(TaxpayerId::parse(result.id->grouped()).id, result.id);
}

void TestTaxpayerId::nullId()
{
    const TaxpayerId id;
    QVERIFY(id.isNull());
    QVERIFY(id.digits().isEmpty());
    QVERIFY(id.summary().isEmpty());
    QVERIFY(!id.birthDate().isValid());
    QVERIFY(!id.registrationMonth().isValid());
}

QTEST_GUILESS_MAIN(TestTaxpayerId)
#include "test_taxpayerid.moc"
