// The registration behind refusal ground 1 (Tax Code art. 88): the activity each subject type
// needs, the activity keys, and when a registration is in force.
#include "cases/application.h"
#include "rules/taxpayerregistration.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using dsn::TaxpayerRegistration;

class TestTaxpayerRegistration : public QObject
{
    Q_OBJECT
private slots:
    void activityOfEachSubjectType();
    void activityKeys_data();
    void activityKeys();
    void inForce_data();
    void inForce();
};

void TestTaxpayerRegistration::activityOfEachSubjectType()
{
    // The keys of the application's subject types (cases/application.h).
    QCOMPARE(
        dsn::requiredActivity(dsn::subjectTypeKey(dsn::SubjectType::Producer)), u"petroleum_production"_s);
    QCOMPARE(
        dsn::requiredActivity(dsn::subjectTypeKey(dsn::SubjectType::Importer)), u"petroleum_wholesale"_s);
    QCOMPARE(dsn::requiredActivity(u""), QString());
    QCOMPARE(dsn::requiredActivity(u"Producer"), QString());
    QVERIFY(dsn::isActivityKey(dsn::requiredActivity(u"producer")));
    QVERIFY(dsn::isActivityKey(dsn::requiredActivity(u"importer")));
}

void TestTaxpayerRegistration::activityKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("production") << u"petroleum_production"_s << true;
    QTest::newRow("one letter") << u"x"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("capital") << u"Petroleum_production"_s << false;
    QTest::newRow("digit") << u"petroleum2"_s << false;
    QTest::newRow("space") << u"petroleum production"_s << false;
    QTest::newRow("dash") << u"petroleum-production"_s << false;
    QTest::newRow("Cyrillic") << u"нефть"_s << false;
    QTest::newRow("64 letters") << QString(64, u'a') << true;
    QTest::newRow("65 letters") << QString(65, u'a') << false;
}

void TestTaxpayerRegistration::activityKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(dsn::isActivityKey(key), valid);
}

void TestTaxpayerRegistration::inForce_data()
{
    QTest::addColumn<QDate>("registeredOn");
    QTest::addColumn<QDate>("deregisteredOn");
    QTest::addColumn<QString>("activity");
    QTest::addColumn<bool>("inForce");
    QTest::addColumn<bool>("producerRegistered");
    const QDate none;
    const QDate day(2026, 3, 20);
    const QString production = u"petroleum_production"_s;
    QTest::newRow("in force") << QDate(2001, 1, 1) << none << production << true << true;
    QTest::newRow("registered that day") << day << none << production << true << true;
    QTest::newRow("not yet") << day.addDays(1) << none << production << false << false;
    QTest::newRow("deregistered") << QDate(2001, 1, 1) << QDate(2020, 1, 1) << production << false << false;
    QTest::newRow("deregistered that day") << QDate(2001, 1, 1) << day << production << false << false;
    QTest::newRow("deregistered the next day")
        << QDate(2001, 1, 1) << day.addDays(1) << production << true << true;
    QTest::newRow("wrong activity") << QDate(2001, 1, 1) << none << u"petroleum_wholesale"_s << true << false;
}

void TestTaxpayerRegistration::inForce()
{
    QFETCH(QDate, registeredOn);
    QFETCH(QDate, deregisteredOn);
    QFETCH(QString, activity);
    QFETCH(bool, inForce);
    QFETCH(bool, producerRegistered);
    const QDate day(2026, 3, 20);
    const TaxpayerRegistration r { u"940140000385"_s, u"ТОО А"_s, activity, u"11"_s, registeredOn,
        deregisteredOn };
    QCOMPARE(dsn::inForce(r, day), inForce);
    QCOMPARE(dsn::registeredForActivity({ r }, u"producer", day), producerRegistered);
    QVERIFY(!dsn::registeredForActivity({}, u"producer", day));
    QVERIFY(!dsn::registeredForActivity({ r }, u"", day));
    QVERIFY(!dsn::inForce(r, QDate()));
}

QTEST_GUILESS_MAIN(TestTaxpayerRegistration)
#include "test_taxpayerregistration.moc"
