// The refusal grounds of the Rules (paragraph 7): their keys, their texts, and when each holds.
#include "rules/productname.h"
#include "rules/refusalcheck.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using dsn::IssuedProduct;
using dsn::RefusalEvidence;
using dsn::RefusalGround;
using dsn::TaxpayerRegistration;

Q_DECLARE_METATYPE(std::optional<RefusalGround>)

class TestRefusalCheck : public QObject
{
    Q_OBJECT
private slots:
    void numbersAreTheRules();
    void textsFollowTheLaw();
    void groundThatHolds_data();
    void groundThatHolds();
    void namesCompareByTheirKey_data();
    void namesCompareByTheirKey();
    void storedKeysCompareAsTheyAre();
    void groundOneIsTheRegistryOnTheDay_data();
    void groundOneIsTheRegistryOnTheDay();
    void heldProductIsTheMatchingCode();
};

namespace {

const QString kDiesel = u"Дизельное топливо ДТ-Л-К5"_s;
const QDate kDay(2026, 3, 20);

// A producer registered for the production of petroleum products since 2001, or with no
// registration at all.
RefusalEvidence evidence(bool registered, int type, const QString &name, const QList<IssuedProduct> &issued)
{
    QList<TaxpayerRegistration> registrations;
    if (registered)
        registrations.append(TaxpayerRegistration { u"940140000385"_s, u"ТОО А"_s,
            dsn::kPetroleumProduction.toString(), u"11"_s, QDate(2001, 1, 1), QDate() });
    return RefusalEvidence { registrations, u"producer"_s, kDay, type, dsn::productNameKey(name), issued };
}

IssuedProduct issued(int type, const QString &name)
{
    return IssuedProduct { type, dsn::productNameKey(name), QString() };
}

} // namespace

void TestRefusalCheck::numbersAreTheRules()
{
    // The numbers are stored by the office and sent over its API: they never change.
    QCOMPARE(dsn::allRefusalGrounds(),
        (QList<RefusalGround> { RefusalGround::NotRegisteredTaxpayer, RefusalGround::CodeAlreadyIssued }));
    QCOMPARE(dsn::refusalGroundNumber(RefusalGround::NotRegisteredTaxpayer), 1);
    QCOMPARE(dsn::refusalGroundNumber(RefusalGround::CodeAlreadyIssued), 2);
    for (const RefusalGround ground : dsn::allRefusalGrounds())
        QCOMPARE(dsn::refusalGroundFromNumber(dsn::refusalGroundNumber(ground)), ground);
    for (const int number : { -1, 0, 3, 12 })
        QCOMPARE(dsn::refusalGroundFromNumber(number), std::nullopt);
}

void TestRefusalCheck::textsFollowTheLaw()
{
    const QString one = dsn::refusalGroundText(RefusalGround::NotRegisteredTaxpayer);
    const QString two = dsn::refusalGroundText(RefusalGround::CodeAlreadyIssued);
    QVERIFY(one.contains(u"not registered as a taxpayer"_s));
    QVERIFY(one.contains(u"article 88"_s));
    QVERIFY(one.contains(u"Tax Code"_s));
    QVERIFY(one.contains(u"paragraph 7, subparagraph 1"_s));
    QVERIFY(two.contains(u"DSN code has already been issued"_s));
    QVERIFY(two.contains(u"type of petroleum product"_s));
    QVERIFY(two.contains(u"paragraph 7, subparagraph 2"_s));
}

void TestRefusalCheck::groundThatHolds_data()
{
    QTest::addColumn<bool>("registered");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<IssuedProduct>>("codes");
    QTest::addColumn<bool>("groundOne");
    QTest::addColumn<bool>("groundTwo");
    QTest::addColumn<std::optional<RefusalGround>>("first");

    const std::optional<RefusalGround> none;
    const std::optional<RefusalGround> one = RefusalGround::NotRegisteredTaxpayer;
    const std::optional<RefusalGround> two = RefusalGround::CodeAlreadyIssued;
    const QList<IssuedProduct> dieselCode { issued(2, kDiesel) };
    QTest::newRow("registered, no codes")
        << true << 2 << kDiesel << QList<IssuedProduct>() << false << false << none;
    QTest::newRow("not registered") << false << 2 << kDiesel << QList<IssuedProduct>() << true << false
                                    << one;
    QTest::newRow("code for this product") << true << 2 << kDiesel << dieselCode << false << true << two;
    // Both hold: the refusal names the first in the Rules' order.
    QTest::newRow("both") << false << 2 << kDiesel << dieselCode << true << true << one;
    QTest::newRow("same name, other type") << true << 3 << kDiesel << dieselCode << false << false << none;
    QTest::newRow("same type, other name")
        << true << 2 << u"Дизельное топливо ДТ-З-К5"_s << dieselCode << false << false << none;
    QTest::newRow("one of several codes")
        << true << 2 << kDiesel
        << QList<IssuedProduct> { issued(1, u"АИ-92-К5"_s), issued(3, kDiesel), issued(2, kDiesel) } << false
        << true << two;
}

void TestRefusalCheck::groundThatHolds()
{
    QFETCH(bool, registered);
    QFETCH(int, type);
    QFETCH(QString, name);
    QFETCH(QList<IssuedProduct>, codes);
    QFETCH(bool, groundOne);
    QFETCH(bool, groundTwo);
    QFETCH(std::optional<RefusalGround>, first);
    const RefusalEvidence e = evidence(registered, type, name, codes);
    QCOMPARE(dsn::groundHolds(RefusalGround::NotRegisteredTaxpayer, e), groundOne);
    QCOMPARE(dsn::groundHolds(RefusalGround::CodeAlreadyIssued, e), groundTwo);
    QCOMPARE(dsn::groundThatHolds(e), first);
}

void TestRefusalCheck::namesCompareByTheirKey_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("as issued") << kDiesel;
    QTest::newRow("non-breaking hyphens") << u"Дизельное топливо ДТ\u2011Л\u2011К5"_s;
    QTest::newRow("zero-width space") << u"Дизельное топ\u200Bливо ДТ-Л-К5"_s;
    QTest::newRow("Latin o and e") << u"Дизельнoe топливо ДТ-Л-К5"_s;
    QTest::newRow("case and spaces") << u"  дизельное   ТОПЛИВО дт-л-к5 "_s;
}

// Ground 2 is the product-name rule: every spelling with the key of an issued name is that product.
void TestRefusalCheck::namesCompareByTheirKey()
{
    QFETCH(QString, spelling);
    QVERIFY(dsn::groundHolds(
        RefusalGround::CodeAlreadyIssued, evidence(true, 2, spelling, { issued(2, kDiesel) })));
}

// Keys are compared as stored: a key the office made unmatchable for a code issued twice under an
// older rule (the key, U+0001 and the code) never matches a name.
void TestRefusalCheck::storedKeysCompareAsTheyAre()
{
    const QString key = dsn::productNameKey(kDiesel);
    RefusalEvidence e = evidence(true, 2, kDiesel, {});
    e.issued = { IssuedProduct { 2, key + QChar(0x0001) + u"300100012002"_s, QString() } };
    QVERIFY(!dsn::groundHolds(RefusalGround::CodeAlreadyIssued, e));
    e.issued = { IssuedProduct { 2, key, QString() } };
    QVERIFY(dsn::groundHolds(RefusalGround::CodeAlreadyIssued, e));
}

void TestRefusalCheck::groundOneIsTheRegistryOnTheDay_data()
{
    QTest::addColumn<QString>("subjectType");
    QTest::addColumn<QString>("activity");
    QTest::addColumn<QDate>("registeredOn");
    QTest::addColumn<QDate>("deregisteredOn");
    QTest::addColumn<bool>("holds");
    const QString production = dsn::kPetroleumProduction.toString();
    const QString wholesale = dsn::kPetroleumWholesale.toString();
    const QDate none;
    QTest::newRow("producer in force") << u"producer"_s << production << QDate(2001, 1, 1) << none << false;
    QTest::newRow("importer in force") << u"importer"_s << wholesale << QDate(2001, 1, 1) << none << false;
    QTest::newRow("registered that day") << u"producer"_s << production << kDay << none << false;
    QTest::newRow("not yet") << u"producer"_s << production << kDay.addDays(1) << none << true;
    QTest::newRow("deregistered before")
        << u"producer"_s << production << QDate(2001, 1, 1) << kDay.addDays(-1) << true;
    QTest::newRow("deregistered that day")
        << u"producer"_s << production << QDate(2001, 1, 1) << kDay << true;
    QTest::newRow("deregistered later")
        << u"producer"_s << production << QDate(2001, 1, 1) << kDay.addDays(1) << false;
    QTest::newRow("producer with wholesale only")
        << u"producer"_s << wholesale << QDate(2001, 1, 1) << none << true;
    QTest::newRow("importer with production only")
        << u"importer"_s << production << QDate(2001, 1, 1) << none << true;
    QTest::newRow("another activity")
        << u"producer"_s << u"retail_trade"_s << QDate(2001, 1, 1) << none << true;
    QTest::newRow("no subject type") << QString() << production << QDate(2001, 1, 1) << none << true;
}

// Ground 1 holds unless a registration for the activity the subject type needs is in force on
// the day of the decision.
void TestRefusalCheck::groundOneIsTheRegistryOnTheDay()
{
    QFETCH(QString, subjectType);
    QFETCH(QString, activity);
    QFETCH(QDate, registeredOn);
    QFETCH(QDate, deregisteredOn);
    QFETCH(bool, holds);
    RefusalEvidence e = evidence(false, 1, u"АИ-92"_s, {});
    e.subjectType = subjectType;
    // Another taxpayer's kind of row beside it changes nothing: only the matching one counts.
    e.registrations = { TaxpayerRegistration { u"940140000385"_s, u"ТОО А"_s, u"lubricants_wholesale"_s,
                            u"75"_s, QDate(2001, 1, 1), QDate() },
        TaxpayerRegistration {
            u"940140000385"_s, u"ТОО А"_s, activity, u"11"_s, registeredOn, deregisteredOn } };
    QCOMPARE(dsn::groundHolds(RefusalGround::NotRegisteredTaxpayer, e), holds);
    QCOMPARE(dsn::groundThatHolds(e) == RefusalGround::NotRegisteredTaxpayer, holds);
    e.registrations.clear();
    QVERIFY(dsn::groundHolds(RefusalGround::NotRegisteredTaxpayer, e));
}

void TestRefusalCheck::heldProductIsTheMatchingCode()
{
    RefusalEvidence e = evidence(true, 2, kDiesel, {});
    QCOMPARE(dsn::heldProduct(e).has_value(), false);
    e.issued = { IssuedProduct { 1, dsn::productNameKey(kDiesel), u"300100011001"_s },
        IssuedProduct { 2, dsn::productNameKey(u"ДТ-З"_s), u"300100012001"_s },
        IssuedProduct { 2, dsn::productNameKey(u"дизельное топливо дт-л-к5"_s), u"300100012002"_s } };
    const std::optional<IssuedProduct> held = dsn::heldProduct(e);
    QVERIFY(held);
    QCOMPARE(held->dsnCode, u"300100012002"_s);
}

QTEST_GUILESS_MAIN(TestRefusalCheck)
#include "test_refusalcheck.moc"
