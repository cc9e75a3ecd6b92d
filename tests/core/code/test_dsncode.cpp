#include "code/dsncode.h"
#include "reference/referencedata.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using dsn::DsnCode;
using dsn::DsnCodeError;
using dsn::ReferenceData;

Q_DECLARE_METATYPE(DsnCodeError)
Q_DECLARE_METATYPE(DsnCode::Use)

namespace {

// The canonical spelling written independently of the product: fixed widths 1-3-4-1, brand at
// least three digits.
QString expectedDigits(int country, int unit, int subject, int product, qint64 brand)
{
    return QString::asprintf(
        "%d%03d%04d%d%03lld", country, unit, subject, product, static_cast<long long>(brand));
}

QString expectedGrouped(int country, int unit, int subject, int product, qint64 brand)
{
    return QString::asprintf(
        "%d %03d %04d %d %03lld", country, unit, subject, product, static_cast<long long>(brand));
}

QSet<DsnCodeError> &reachedReasons()
{
    static QSet<DsnCodeError> set;
    return set;
}

const QList<DsnCodeError> kAllErrors = {
    DsnCodeError::Empty,
    DsnCodeError::NonDigit,
    DsnCodeError::TooShort,
    DsnCodeError::BrandTooLong,
    DsnCodeError::NonCanonicalBrand,
    DsnCodeError::CountryOutOfRange,
    DsnCodeError::TerritorialUnitOutOfRange,
    DsnCodeError::MarketSubjectOutOfRange,
    DsnCodeError::ProductTypeOutOfRange,
    DsnCodeError::BrandOutOfRange,
    DsnCodeError::UnknownCountry,
    DsnCodeError::UnknownTerritorialUnit,
    DsnCodeError::HistoricalTerritorialUnit,
    DsnCodeError::UnknownProductType,
};

// Units named in the annex of the Rules: 001 is current, 019 and 021 are marked '*' (historical).
constexpr int kCurrentUnit = 1;
constexpr int kHistoricalUnit = 19;
constexpr int kOtherHistoricalUnit = 21;

} // namespace

class TestDsnCode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void compose_data();
    void compose();
    void parse_data();
    void parse();
    void detailsInMessages();
    void roundTrip();
    void reference_data();
    void reference();
    void reducedReference_data();
    void reducedReference();
    void describe_data();
    void describe();
    void describeFromLaw();
    void everyReasonReached();
    void reasonCodesAndMessages();
    void nullCode();
    void storedCodeGroupedForTheClerk();

private:
    QTemporaryDir m_reducedDir;
    std::optional<ReferenceData> m_reduced;
};

// A copy of the shipped reference lists without country 5, unit 100 and product type 4.
void TestDsnCode::initTestCase()
{
    QVERIFY(m_reducedDir.isValid());
    const QHash<QString, QString> dropped = {
        { ReferenceData::kCountriesFile, u"5,"_s },
        { ReferenceData::kTerritorialUnitsFile, u"100,"_s },
        { ReferenceData::kProductTypesFile, u"4,"_s },
    };
    for (const QString &name : ReferenceData::fileNames()) {
        QFile in(u":/reference/"_s + name);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(name));
        QStringList lines = QString::fromUtf8(in.readAll()).split(u'\n');
        const qsizetype before = lines.size();
        if (dropped.contains(name)) {
            lines.removeIf([&](const QString &line) { return line.startsWith(dropped.value(name)); });
            QCOMPARE(lines.size(), before - 1);
        }
        QFile out(QDir(m_reducedDir.path()).filePath(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join(u'\n').toUtf8());
    }
    dsn::Result<ReferenceData> reduced = ReferenceData::loadFromDirectory(m_reducedDir.path());
    QVERIFY2(reduced, reduced ? "" : qPrintable(reduced.error().message));
    m_reduced = std::move(reduced).value();
}

void TestDsnCode::compose_data()
{
    QTest::addColumn<int>("country");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("subject");
    QTest::addColumn<int>("product");
    QTest::addColumn<qint64>("brand");
    QTest::addColumn<DsnCodeError>("error");
    using E = DsnCodeError;

    QTest::newRow("example") << 3 << 53 << 1 << 1 << qint64(1) << E::None;
    QTest::newRow("country 0") << 0 << 53 << 1 << 1 << qint64(1) << E::CountryOutOfRange;
    QTest::newRow("country 1") << 1 << 53 << 1 << 1 << qint64(1) << E::None;
    QTest::newRow("country 6") << 6 << 53 << 1 << 1 << qint64(1) << E::None;
    QTest::newRow("country 7") << 7 << 53 << 1 << 1 << qint64(1) << E::CountryOutOfRange;
    QTest::newRow("country -1") << -1 << 53 << 1 << 1 << qint64(1) << E::CountryOutOfRange;
    QTest::newRow("atu 000") << 3 << 0 << 1 << 1 << qint64(1) << E::TerritorialUnitOutOfRange;
    QTest::newRow("atu 001") << 3 << 1 << 1 << 1 << qint64(1) << E::None;
    QTest::newRow("atu 258") << 3 << 258 << 1 << 1 << qint64(1) << E::None;
    QTest::newRow("atu 259") << 3 << 259 << 1 << 1 << qint64(1) << E::TerritorialUnitOutOfRange;
    QTest::newRow("atu 1000") << 3 << 1000 << 1 << 1 << qint64(1) << E::TerritorialUnitOutOfRange;
    QTest::newRow("entity 0000") << 3 << 53 << 0 << 1 << qint64(1) << E::MarketSubjectOutOfRange;
    QTest::newRow("entity 0001") << 3 << 53 << 1 << 1 << qint64(1) << E::None;
    QTest::newRow("entity 9999") << 3 << 53 << 9999 << 1 << qint64(1) << E::None;
    QTest::newRow("entity 10000") << 3 << 53 << 10000 << 1 << qint64(1) << E::MarketSubjectOutOfRange;
    QTest::newRow("product 0") << 3 << 53 << 1 << 0 << qint64(1) << E::ProductTypeOutOfRange;
    QTest::newRow("product 1") << 3 << 53 << 1 << 1 << qint64(1) << E::None;
    QTest::newRow("product 4") << 3 << 53 << 1 << 4 << qint64(1) << E::None;
    QTest::newRow("product 5") << 3 << 53 << 1 << 5 << qint64(1) << E::ProductTypeOutOfRange;
    QTest::newRow("brand 0") << 3 << 53 << 1 << 1 << qint64(0) << E::BrandOutOfRange;
    QTest::newRow("brand -1") << 3 << 53 << 1 << 1 << qint64(-1) << E::BrandOutOfRange;
    QTest::newRow("brand 1") << 3 << 53 << 1 << 1 << qint64(1) << E::None;
    QTest::newRow("brand 999") << 3 << 53 << 1 << 1 << qint64(999) << E::None;
    QTest::newRow("brand 1000") << 3 << 53 << 1 << 1 << qint64(1000) << E::None;
    QTest::newRow("brand 9999") << 3 << 53 << 1 << 1 << qint64(9999) << E::None;
    QTest::newRow("brand 999999999") << 3 << 53 << 1 << 1 << qint64(999'999'999) << E::None;
    QTest::newRow("brand 1000000000") << 3 << 53 << 1 << 1 << qint64(1'000'000'000) << E::BrandOutOfRange;
    QTest::newRow("brand huge") << 3 << 53 << 1 << 1 << std::numeric_limits<qint64>::max()
                                << E::BrandOutOfRange;
    QTest::newRow("first bad facet wins") << 0 << 0 << 0 << 0 << qint64(0) << E::CountryOutOfRange;
    QTest::newRow("unit before subject") << 3 << 0 << 0 << 0 << qint64(0) << E::TerritorialUnitOutOfRange;
    QTest::newRow("subject before product") << 3 << 1 << 0 << 0 << qint64(0) << E::MarketSubjectOutOfRange;
    QTest::newRow("product before brand") << 3 << 1 << 1 << 0 << qint64(0) << E::ProductTypeOutOfRange;
}

void TestDsnCode::compose()
{
    QFETCH(int, country);
    QFETCH(int, unit);
    QFETCH(int, subject);
    QFETCH(int, product);
    QFETCH(qint64, brand);
    QFETCH(DsnCodeError, error);
    const auto result = DsnCode::compose(country, unit, subject, product, brand);
    QCOMPARE(result.error, error);
    QCOMPARE(result.isValid(), error == DsnCodeError::None);
    QCOMPARE(result.message.isEmpty(), error == DsnCodeError::None);
    reachedReasons().insert(error);
    if (!result.isValid())
        return;
    const DsnCode &code = *result.code;
    QCOMPARE(code.country(), country);
    QCOMPARE(code.territorialUnit(), unit);
    QCOMPARE(code.marketSubject(), subject);
    QCOMPARE(code.productType(), product);
    QCOMPARE(code.brand(), brand);
    QCOMPARE(code.digits(), expectedDigits(country, unit, subject, product, brand));
    QCOMPARE(code.grouped(), expectedGrouped(country, unit, subject, product, brand));
    QVERIFY(code.digits().size() >= 12);
}

void TestDsnCode::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DsnCodeError>("error");
    QTest::addColumn<QString>("digits"); // canonical digits when valid
    using E = DsnCodeError;

    // Appendix 3: "3 053 0001 1 001" is country 3, unit 053, subject 0001, gasoline, brand 001.
    QTest::newRow("digits") << u"305300011001"_s << E::None << u"305300011001"_s;
    QTest::newRow("grouped") << u"3 053 0001 1 001"_s << E::None << u"305300011001"_s;
    QTest::newRow("grouped no-break")
        << u"3\u00A0053\u00A00001\u00A01\u00A0001"_s << E::None << u"305300011001"_s;
    QTest::newRow("grouped thin") << u"3\u2009053\u20090001\u20091\u2009001"_s << E::None
                                  << u"305300011001"_s;
    QTest::newRow("tabs and padding") << u"  3\t053\t0001\t1\t001 "_s << E::None << u"305300011001"_s;
    QTest::newRow("brand 1234") << u"3053000111234"_s << E::None << u"3053000111234"_s;
    QTest::newRow("brand 1234 grouped") << u"3 053 0001 1 1234"_s << E::None << u"3053000111234"_s;
    QTest::newRow("brand 999") << u"305300011999"_s << E::None << u"305300011999"_s;
    QTest::newRow("brand 1000") << u"3053000111000"_s << E::None << u"3053000111000"_s;
    QTest::newRow("brand 9 digits") << u"305300011999999999"_s << E::None << u"305300011999999999"_s;
    QTest::newRow("brand 10 digits") << u"3053000111000000000"_s << E::BrandTooLong << QString();
    QTest::newRow("brand huge") << u"305300011123456789012345678901234567890"_s << E::BrandTooLong
                                << QString();
    QTest::newRow("brand 0001") << u"3053000110001"_s << E::NonCanonicalBrand << QString();
    QTest::newRow("brand 01234") << u"30530001101234"_s << E::NonCanonicalBrand << QString();
    QTest::newRow("brand 0999") << u"3053000110999"_s << E::NonCanonicalBrand << QString();
    QTest::newRow("brand 000") << u"305300011000"_s << E::BrandOutOfRange << QString();
    QTest::newRow("brand 0000") << u"3053000110000"_s << E::NonCanonicalBrand << QString();
    QTest::newRow("empty") << QString() << E::Empty << QString();
    QTest::newRow("spaces only") << u"   "_s << E::Empty << QString();
    QTest::newRow("letter") << u"30530001100A"_s << E::NonDigit << QString();
    QTest::newRow("cyrillic O") << u"3\u041E5300011001"_s << E::NonDigit << QString();
    QTest::newRow("hyphens") << u"3-053-0001-1-001"_s << E::NonDigit << QString();
    QTest::newRow("letter in short text") << u"3a"_s << E::NonDigit << QString();
    QTest::newRow("fullwidth digit") << u"30530001100\uFF11"_s << E::NonDigit << QString();
    QTest::newRow("11 digits") << u"30530001100"_s << E::TooShort << QString();
    QTest::newRow("brand 2 digits grouped") << u"3 053 0001 1 01"_s << E::TooShort << QString();
    QTest::newRow("1 digit") << u"3"_s << E::TooShort << QString();
    QTest::newRow("country 0") << u"005300011001"_s << E::CountryOutOfRange << QString();
    QTest::newRow("country 1") << u"105300011001"_s << E::None << u"105300011001"_s;
    QTest::newRow("country 6") << u"605300011001"_s << E::None << u"605300011001"_s;
    QTest::newRow("country 7") << u"705300011001"_s << E::CountryOutOfRange << QString();
    QTest::newRow("country 9") << u"905300011001"_s << E::CountryOutOfRange << QString();
    QTest::newRow("atu 000") << u"300000011001"_s << E::TerritorialUnitOutOfRange << QString();
    QTest::newRow("atu 001") << u"300100011001"_s << E::None << u"300100011001"_s;
    QTest::newRow("atu 258") << u"325800011001"_s << E::None << u"325800011001"_s;
    QTest::newRow("atu 259") << u"325900011001"_s << E::TerritorialUnitOutOfRange << QString();
    QTest::newRow("atu 999") << u"399900011001"_s << E::TerritorialUnitOutOfRange << QString();
    QTest::newRow("entity 0000") << u"305300001001"_s << E::MarketSubjectOutOfRange << QString();
    QTest::newRow("entity 9999") << u"305399991001"_s << E::None << u"305399991001"_s;
    QTest::newRow("product 0") << u"305300010001"_s << E::ProductTypeOutOfRange << QString();
    QTest::newRow("product 4") << u"305300014001"_s << E::None << u"305300014001"_s;
    QTest::newRow("product 5") << u"305300015001"_s << E::ProductTypeOutOfRange << QString();
    QTest::newRow("product 9") << u"305300019001"_s << E::ProductTypeOutOfRange << QString();
    // The text is checked before the facets.
    QTest::newRow("short before country") << u"00000000000"_s << E::TooShort << QString();
    QTest::newRow("non-canonical before country") << u"0000000000001"_s << E::NonCanonicalBrand << QString();
}

void TestDsnCode::parse()
{
    QFETCH(QString, text);
    QFETCH(DsnCodeError, error);
    QFETCH(QString, digits);
    const auto result = DsnCode::parse(text);
    QCOMPARE(result.error, error);
    QCOMPARE(result.isValid(), error == DsnCodeError::None);
    QCOMPARE(result.message.isEmpty(), error == DsnCodeError::None);
    reachedReasons().insert(error);
    if (result.isValid()) {
        QCOMPARE(result.code->digits(), digits);
        QCOMPARE(DsnCode::parse(result.code->grouped()).code, result.code);
    }
}

void TestDsnCode::detailsInMessages()
{
    const auto shortCode = DsnCode::parse(u"30530001100"_s);
    QCOMPARE(shortCode.digitCount, 11);
    QVERIFY2(shortCode.message.contains(u"11"_s), qPrintable(shortCode.message));
    const auto letter = DsnCode::parse(u"30530001100Z"_s);
    QCOMPARE(letter.character, QChar(u'Z'));
    QVERIFY2(letter.message.contains(u'Z'), qPrintable(letter.message));
    const auto leadingZero = DsnCode::parse(u"3053000110042"_s);
    QVERIFY2(leadingZero.message.contains(u"0042"_s), qPrintable(leadingZero.message));
    QVERIFY2(leadingZero.message.contains(u"042"_s), qPrintable(leadingZero.message));
    const auto longBrand = DsnCode::parse(u"3053000111234567890"_s);
    QVERIFY2(longBrand.message.contains(u"10"_s), qPrintable(longBrand.message));
    const auto unit = DsnCode::compose(3, 259, 1, 1, 1);
    QVERIFY2(unit.message.contains(u"259"_s), qPrintable(unit.message));
    const auto product = DsnCode::compose(3, 1, 1, 7, 1);
    QVERIFY2(product.message.contains(u'7'), qPrintable(product.message));
}

void TestDsnCode::roundTrip()
{
    QRandomGenerator rng(579'2020);
    for (int i = 0; i < 5000; ++i) {
        const int country = 1 + rng.bounded(6);
        const int unit = 1 + rng.bounded(258);
        const int subject = 1 + rng.bounded(9999);
        const int product = 1 + rng.bounded(4);
        // Brands of every length from 1 to 9 digits.
        const int brandDigits = 1 + rng.bounded(9);
        qint64 brand = 1 + rng.bounded(9);
        for (int k = 1; k < brandDigits; ++k)
            brand = brand * 10 + rng.bounded(10);

        const auto composed = DsnCode::compose(country, unit, subject, product, brand);
        QVERIFY2(composed.isValid(), qPrintable(composed.message));
        const QString digits = composed.code->digits();
        QCOMPARE(digits, expectedDigits(country, unit, subject, product, brand));
        QCOMPARE(composed.code->grouped(), expectedGrouped(country, unit, subject, product, brand));

        const auto fromDigits = DsnCode::parse(digits);
        QVERIFY2(fromDigits.isValid(), qPrintable(digits + u": "_s + fromDigits.message));
        QCOMPARE(*fromDigits.code, *composed.code);
        const auto fromGrouped = DsnCode::parse(composed.code->grouped());
        QVERIFY2(fromGrouped.isValid(), qPrintable(fromGrouped.message));
        QCOMPARE(*fromGrouped.code, *composed.code);

        // Only one spelling: a zero put in front of the brand is refused.
        const auto padded = DsnCode::parse(QString(digits.first(9) + u'0' + digits.sliced(9)));
        QCOMPARE(
            padded.error, brand > 99'999'999 ? DsnCodeError::BrandTooLong : DsnCodeError::NonCanonicalBrand);
    }
}

void TestDsnCode::reference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DsnCode::Use>("use");
    QTest::addColumn<DsnCodeError>("error");
    const auto existing = DsnCode::Use::Existing;
    const auto fresh = DsnCode::Use::New;
    using E = DsnCodeError;

    const QString current = expectedDigits(3, kCurrentUnit, 1, 1, 1);
    const QString historical = expectedDigits(3, kHistoricalUnit, 1, 1, 1);
    const QString otherHistorical = expectedDigits(4, kOtherHistoricalUnit, 25, 2, 1234);
    QTest::newRow("current unit, existing") << current << existing << E::None;
    QTest::newRow("current unit, new") << current << fresh << E::None;
    QTest::newRow("historical unit, existing") << historical << existing << E::None;
    QTest::newRow("historical unit, new") << historical << fresh << E::HistoricalTerritorialUnit;
    QTest::newRow("other historical, existing") << otherHistorical << existing << E::None;
    QTest::newRow("other historical, new") << otherHistorical << fresh << E::HistoricalTerritorialUnit;
    QTest::newRow("structure first") << u"705300011001"_s << fresh << E::CountryOutOfRange;
    for (int country = 1; country <= 6; ++country)
        QTest::addRow("country %d", country)
            << expectedDigits(country, 258, 9999, 4, 999) << fresh << E::None;
    for (int product = 1; product <= 4; ++product)
        QTest::addRow("product %d", product) << expectedDigits(1, 2, 3, product, 5) << fresh << E::None;
}

void TestDsnCode::reference()
{
    QFETCH(QString, text);
    QFETCH(DsnCode::Use, use);
    QFETCH(DsnCodeError, error);
    const ReferenceData &ref = ReferenceData::embedded();
    const auto parsed = DsnCode::parse(text, ref, use);
    QCOMPARE(parsed.error, error);
    QCOMPARE(parsed.isValid(), error == DsnCodeError::None);
    QCOMPARE(parsed.message.isEmpty(), error == DsnCodeError::None);
    reachedReasons().insert(error);

    const auto structural = DsnCode::parse(text);
    if (!structural.isValid())
        return;
    const DsnCode &c = *structural.code;
    const auto composed = DsnCode::compose(
        c.country(), c.territorialUnit(), c.marketSubject(), c.productType(), c.brand(), ref, use);
    QCOMPARE(composed.error, error);
    QString message;
    QCOMPARE(c.checkReference(ref, use, &message), error);
    QCOMPARE(message.isEmpty(), error == DsnCodeError::None);
}

void TestDsnCode::reducedReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DsnCodeError>("error");
    using E = DsnCodeError;
    QTest::newRow("all known") << expectedDigits(3, 101, 1, 1, 1) << E::None;
    QTest::newRow("country 5 unknown") << expectedDigits(5, 101, 1, 1, 1) << E::UnknownCountry;
    QTest::newRow("unit 100 unknown") << expectedDigits(3, 100, 1, 1, 1) << E::UnknownTerritorialUnit;
    QTest::newRow("product 4 unknown") << expectedDigits(3, 101, 1, 4, 1) << E::UnknownProductType;
    QTest::newRow("country before unit") << expectedDigits(5, 100, 1, 4, 1) << E::UnknownCountry;
    QTest::newRow("unit before product") << expectedDigits(3, 100, 1, 4, 1) << E::UnknownTerritorialUnit;
}

void TestDsnCode::reducedReference()
{
    QFETCH(QString, text);
    QFETCH(DsnCodeError, error);
    for (DsnCode::Use use : { DsnCode::Use::Existing, DsnCode::Use::New }) {
        const auto result = DsnCode::parse(text, *m_reduced, use);
        QCOMPARE(result.error, error);
        QCOMPARE(result.isValid(), error == DsnCodeError::None);
    }
    // The shipped lists know all of them.
    QVERIFY(DsnCode::parse(text, ReferenceData::embedded(), DsnCode::Use::Existing).isValid());
    reachedReasons().insert(error);
}

void TestDsnCode::describe_data()
{
    QTest::addColumn<dsn::Language>("language");
    QTest::newRow("kk") << dsn::Language::Kazakh;
    QTest::newRow("ru") << dsn::Language::Russian;
    QTest::newRow("en") << dsn::Language::English;
}

// Every facet's meaning is the reference list's name in the language asked for.
void TestDsnCode::describe()
{
    QFETCH(dsn::Language, language);
    const ReferenceData &ref = ReferenceData::embedded();
    for (const dsn::TerritorialUnit &unit : ref.territorialUnits()) {
        const int country = 1 + unit.code % 6;
        const int product = 1 + unit.code % 4;
        const auto result = DsnCode::compose(country, unit.code, 1, product, 1);
        QVERIFY(result.isValid());
        const DsnCode::Description d = result.code->describe(ref, language);
        QCOMPARE(d.country, ref.country(country)->name.in(language));
        QCOMPARE(d.territorialUnit, unit.name.in(language));
        const dsn::Region *region = ref.region(unit.regionId);
        QVERIFY(region);
        QCOMPARE(d.region, region->name.in(language));
        QCOMPARE(d.historical, unit.historical || region->historical);
        QCOMPARE(d.productType, ref.productType(product)->name.in(language));
        QVERIFY(!d.country.isEmpty() && !d.territorialUnit.isEmpty() && !d.region.isEmpty()
            && !d.productType.isEmpty());
        // A unit that may be used for new codes is exactly one that is not historical.
        QCOMPARE(result.code->checkReference(ref, DsnCode::Use::New) == DsnCodeError::None, !d.historical);
    }
}

// Names as the Rules write them (annex to Appendix 3) and the glossary of the domain brief.
void TestDsnCode::describeFromLaw()
{
    const ReferenceData &ref = ReferenceData::embedded();
    const auto code = DsnCode::parse(u"3 001 0001 1 001"_s, ref, DsnCode::Use::New);
    QVERIFY2(code.isValid(), qPrintable(code.message));
    const auto kk = code.code->describe(ref, dsn::Language::Kazakh);
    QCOMPARE(kk.country, u"Қазақстан Республикасы"_s);
    QCOMPARE(kk.territorialUnit, u"Көкшетау қаласы"_s);
    QCOMPARE(kk.region, u"Ақмола облысы"_s);
    QCOMPARE(kk.productType, u"Бензин"_s);
    QVERIFY(!kk.historical);
    const auto ru = code.code->describe(ref, dsn::Language::Russian);
    QCOMPARE(ru.productType, u"Бензин"_s);

    const auto historical
        = DsnCode::parse(expectedDigits(3, kHistoricalUnit, 1, 2, 1), ref, DsnCode::Use::Existing);
    QVERIFY2(historical.isValid(), qPrintable(historical.message));
    const auto h = historical.code->describe(ref, dsn::Language::Kazakh);
    QCOMPARE(h.territorialUnit, u"Еңбекшілдер ауданы"_s);
    QVERIFY(h.historical);
    QCOMPARE(h.productType, u"Дизельдік отын"_s);
}

void TestDsnCode::everyReasonReached()
{
    for (DsnCodeError error : kAllErrors)
        QVERIFY2(reachedReasons().contains(error),
            qPrintable(u"no row reaches %1"_s.arg(dsn::dsnCodeErrorCode(error))));
}

void TestDsnCode::reasonCodesAndMessages()
{
    QSet<QString> codes;
    QSet<QString> messages;
    for (DsnCodeError error : kAllErrors) {
        QVERIFY(!dsn::dsnCodeErrorCode(error).isEmpty());
        QVERIFY(!dsn::dsnCodeErrorMessage(error).isEmpty());
        codes.insert(dsn::dsnCodeErrorCode(error));
        messages.insert(dsn::dsnCodeErrorMessage(error));
    }
    QCOMPARE(codes.size(), kAllErrors.size());
    QCOMPARE(messages.size(), kAllErrors.size());
    QVERIFY(dsn::dsnCodeErrorCode(DsnCodeError::None).isEmpty());
}

void TestDsnCode::nullCode()
{
    const DsnCode code;
    QVERIFY(code.isNull());
    QVERIFY(code.digits().isEmpty());
    QVERIFY(code.grouped().isEmpty());
    QVERIFY(code.checkReference(ReferenceData::embedded(), DsnCode::Use::Existing) != DsnCodeError::None);
    QVERIFY(code.describe(ReferenceData::embedded(), dsn::Language::English).country.isEmpty());
}

void TestDsnCode::storedCodeGroupedForTheClerk()
{
    QCOMPARE(DsnCode::groupedText(u"305300011001"_s), u"3 053 0001 1 001"_s);
    QCOMPARE(DsnCode::groupedText(u"3053000111234"_s), u"3 053 0001 1 1234"_s);
    // Not a code: shown as stored, never hidden.
    QCOMPARE(DsnCode::groupedText(u"30530001"_s), u"30530001"_s);
    QCOMPARE(DsnCode::groupedText(QString()), QString());
}

QTEST_GUILESS_MAIN(TestDsnCode)
#include "test_dsncode.moc"
