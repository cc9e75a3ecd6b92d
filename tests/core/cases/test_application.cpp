#include "cases/application.h"
#include "cases/applicationjson.h"
#include "reference/referencedata.h"
#include "rules/rulesinforce.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using dsn::Application;
using dsn::ProductLine;
using dsn::ValidationProblems;

namespace {

using Mutation = std::function<void(Application &)>;

// Values taken from the seed and the domain brief: department 11 (Akmola, current), 51 (South
// Kazakhstan, historical); territorial unit 001 Kokshetau (current), 019 Enbekshilder (historical);
// IIN 921029350851 and BIN 940140000385 are public valid examples, 921029350852 fails its check digit.
Application validApplication()
{
    Application a;
    a.departmentCode = u"11"_s;
    a.applicationDate = QDate(2025, 3, 4);
    a.taxpayerName = u"ТОО «Көкшетау Мұнай»"_s;
    a.taxpayerId = u"940140000385"_s;
    a.subjectType = dsn::SubjectType::Producer;
    a.country = 3;
    a.atu = 1;
    a.headName = u"Әбілқасымов Серік Жұмабекұлы"_s;
    a.receivedAt = QDateTime(QDate(2025, 3, 4), QTime(10, 15), QTimeZone(5 * 3600));
    a.products = { ProductLine { 1, u"АИ-92-К5"_s, u"СТ РК 1614-2006"_s },
        ProductLine { 2, u"ДТ-Л-К5"_s, u"ГОСТ 32511-2013"_s } };
    return a;
}

const QDateTime kNow(QDate(2025, 3, 4), QTime(12, 0), QTimeZone::utc());

QStringList fieldsOf(const ValidationProblems &problems)
{
    QStringList fields;
    for (const auto &p : problems)
        fields.append(p.field);
    return fields;
}

QJsonObject validJson()
{
    return QJsonObject {
        { u"department"_s, u"11"_s },
        { u"taxpayer_name"_s, u"ТОО «Көкшетау Мұнай»"_s },
        { u"taxpayer_id"_s, u"940140000385"_s },
        { u"subject_type"_s, u"importer"_s },
        { u"country"_s, 4 },
        { u"atu"_s, 1 },
        { u"head_name"_s, u"Иванов Иван"_s },
        { u"received_at"_s, u"2025-03-04T10:15:00+05:00"_s },
        { u"products"_s,
            QJsonArray {
                QJsonObject { { u"type"_s, 1 }, { u"name"_s, u"АИ-95"_s }, { u"spec"_s, u"ГОСТ"_s } } } },
    };
}

QByteArray toText(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestApplication : public QObject
{
    Q_OBJECT
private slots:
    void validApplicationHasNoProblems();
    void eachField_data();
    void eachField();
    void everyProblemIsReported();
    void datesAtTheirLimits();
    void normalization();
    void json_data();
    void json();
    void jsonReadsEveryField();
    void jsonReceivedAtWithoutOffsetIsKazakhstanTime();
    void contentHashIgnoresFormattingOnly();
};

void TestApplication::validApplicationHasNoProblems()
{
    const auto problems = dsn::validateApplication(validApplication(), dsn::ReferenceData::embedded(), kNow);
    QVERIFY2(problems.isEmpty(), qPrintable(fieldsOf(problems).join(u", "_s)));
    Application bin = validApplication();
    bin.taxpayerId = u"921029 350851"_s; // an IIN, typed in two groups
    bin.subjectType = dsn::SubjectType::Importer;
    bin.country = 1;
    bin.channel = dsn::IntakeChannel::Home;
    bin.queueTicket = u"A-017"_s;
    QVERIFY(dsn::validateApplication(bin, dsn::ReferenceData::embedded(), kNow).isEmpty());
}

void TestApplication::eachField_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");

    QTest::newRow("department empty")
        << Mutation([](Application &a) { a.departmentCode.clear(); }) << u"department"_s;
    QTest::newRow("department unknown")
        << Mutation([](Application &a) { a.departmentCode = u"99"_s; }) << u"department"_s;
    QTest::newRow("department historical")
        << Mutation([](Application &a) { a.departmentCode = u"51"_s; }) << u"department"_s;
    QTest::newRow("application date missing")
        << Mutation([](Application &a) { a.applicationDate = QDate(); }) << u"application_date"_s;
    QTest::newRow("application date after receipt")
        << Mutation([](Application &a) { a.applicationDate = QDate(2025, 3, 5); }) << u"application_date"_s;
    QTest::newRow("name empty") << Mutation([](Application &a) { a.taxpayerName = u"   "_s; })
                                << u"taxpayer_name"_s;
    QTest::newRow("name too long") << Mutation([](Application &a) { a.taxpayerName = QString(501, u'Ж'); })
                                   << u"taxpayer_name"_s;
    QTest::newRow("id empty") << Mutation([](Application &a) { a.taxpayerId.clear(); }) << u"taxpayer_id"_s;
    QTest::newRow("id check digit") << Mutation([](Application &a) { a.taxpayerId = u"921029350852"_s; })
                                    << u"taxpayer_id"_s;
    QTest::newRow("id short") << Mutation([](Application &a) { a.taxpayerId = u"92102935085"_s; })
                              << u"taxpayer_id"_s;
    QTest::newRow("id letters") << Mutation([](Application &a) { a.taxpayerId = u"92102935085X"_s; })
                                << u"taxpayer_id"_s;
    // Born 5 March 2025, the day after kNow: no such IIN can exist yet (issue 8, item 10).
    QTest::newRow("IIN born tomorrow")
        << Mutation([](Application &a) { a.taxpayerId = u"250305500001"_s; }) << u"taxpayer_id"_s;
    QTest::newRow("subject type") << Mutation([](Application &a) { a.subjectType.reset(); })
                                  << u"subject_type"_s;
    QTest::newRow("country missing") << Mutation([](Application &a) { a.country = 0; }) << u"country"_s;
    QTest::newRow("country unknown") << Mutation([](Application &a) { a.country = 7; }) << u"country"_s;
    QTest::newRow("atu missing") << Mutation([](Application &a) { a.atu = 0; }) << u"atu"_s;
    QTest::newRow("atu unknown") << Mutation([](Application &a) { a.atu = 259; }) << u"atu"_s;
    QTest::newRow("atu historical") << Mutation([](Application &a) { a.atu = 19; }) << u"atu"_s;
    QTest::newRow("head empty") << Mutation([](Application &a) { a.headName.clear(); }) << u"head_name"_s;
    QTest::newRow("received missing")
        << Mutation([](Application &a) { a.receivedAt = QDateTime(); }) << u"received_at"_s;
    QTest::newRow("received in the future") << Mutation([](Application &a) {
        a.receivedAt = kNow.addSecs(3600);
        a.applicationDate = QDate(2025, 3, 4);
    }) << u"received_at"_s;
    // The Rules (Order No. 579) took force on 20 June 2020 at the earliest (rules/rulesinforce.h).
    QTest::newRow("received before the Rules took force") << Mutation([](Application &a) {
        a.receivedAt = QDateTime(QDate(2020, 6, 19), QTime(23, 59, 59), QTimeZone(6 * 3600));
        a.applicationDate = QDate(2020, 6, 19);
    }) << u"received_at"_s;
    QTest::newRow("queue ticket too long")
        << Mutation([](Application &a) { a.queueTicket = QString(33, u'7'); }) << u"queue_ticket"_s;
    QTest::newRow("no products") << Mutation([](Application &a) { a.products.clear(); }) << u"products"_s;
    QTest::newRow("too many products") << Mutation([](Application &a) {
        a.products.clear();
        for (int i = 0; i < 101; ++i)
            a.products.append(ProductLine { 1 + i % 4, u"Марка %1"_s.arg(i), u"ТУ"_s });
    }) << u"products"_s;
    QTest::newRow("type 0") << Mutation([](Application &a) { a.products[1].type = 0; })
                            << u"products[1].type"_s;
    QTest::newRow("type 5") << Mutation([](Application &a) { a.products[0].type = 5; })
                            << u"products[0].type"_s;
    QTest::newRow("line name empty") << Mutation([](Application &a) { a.products[0].name = u" "_s; })
                                     << u"products[0].name"_s;
    QTest::newRow("line spec empty") << Mutation([](Application &a) { a.products[1].spec.clear(); })
                                     << u"products[1].spec"_s;
    QTest::newRow("duplicate line, other case and spaces") << Mutation([](Application &a) {
        a.products.append(ProductLine { 2, u"  дт-л-к5 "_s, u"другая спецификация"_s });
    }) << u"products[2].name"_s;
    QTest::newRow("duplicate line, look-alike spelling") << Mutation([](Application &a) {
        a.products.append(ProductLine { 2, u"ДT\u2011Л\u2011\u200BК5"_s, u"другая спецификация"_s });
    }) << u"products[2].name"_s;
}

// The edges of the dates the law allows: received the moment the Rules took force, an IIN of
// someone born on the day of the check.
void TestApplication::datesAtTheirLimits()
{
    Application a = validApplication();
    a.receivedAt = dsn::rulesInForceSince();
    a.applicationDate = QDate(2020, 6, 19); // 23:00 that day at UTC+05:00
    QCOMPARE(fieldsOf(dsn::validateApplication(a, dsn::ReferenceData::embedded(), kNow)), QStringList());
    a.receivedAt = dsn::rulesInForceSince().addMSecs(-1);
    const auto before = dsn::validateApplication(a, dsn::ReferenceData::embedded(), kNow);
    QCOMPARE(fieldsOf(before), QStringList { u"received_at"_s });
    QVERIFY2(before.first().message.contains(u"20.06.2020"_s), qPrintable(before.first().message));

    Application b = validApplication();
    b.taxpayerId = u"250304500006"_s; // born 4 March 2025, the day of kNow
    QCOMPARE(fieldsOf(dsn::validateApplication(b, dsn::ReferenceData::embedded(), kNow)), QStringList());
    // Without a moment to check against, only the structure is checked.
    b.taxpayerId = u"991231600002"_s; // born 31 December 2099
    QCOMPARE(
        fieldsOf(dsn::validateApplication(b, dsn::ReferenceData::embedded(), QDateTime())), QStringList());
    QCOMPARE(fieldsOf(dsn::validateApplication(b, dsn::ReferenceData::embedded(), kNow)),
        QStringList { u"taxpayer_id"_s });
}

void TestApplication::eachField()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    Application a = validApplication();
    mutate(a);
    const auto problems = dsn::validateApplication(a, dsn::ReferenceData::embedded(), kNow);
    QCOMPARE(fieldsOf(problems), QStringList { field });
    QVERIFY(!problems.first().message.isEmpty());
}

void TestApplication::everyProblemIsReported()
{
    Application a;
    a.products = { ProductLine { 9, QString(), QString() } };
    const QStringList fields = fieldsOf(dsn::validateApplication(a, dsn::ReferenceData::embedded(), kNow));
    const QStringList expected = { u"department"_s, u"application_date"_s, u"taxpayer_name"_s,
        u"taxpayer_id"_s, u"subject_type"_s, u"country"_s, u"atu"_s, u"head_name"_s, u"received_at"_s,
        u"products[0].type"_s, u"products[0].name"_s, u"products[0].spec"_s };
    QCOMPARE(fields, expected);
}

void TestApplication::normalization()
{
    Application a = validApplication();
    a.taxpayerName = u"  ТОО   «Көкшетау\tМұнай» "_s;
    a.taxpayerId = u"940140 000385"_s;
    a.products[0].name = u" АИ-92-К5  "_s;
    const Application n = dsn::normalizedApplication(a);
    QCOMPARE(n.taxpayerName, u"ТОО «Көкшетау Мұнай»"_s);
    QCOMPARE(n.taxpayerId, u"940140000385"_s);
    QCOMPARE(n.products[0].name, u"АИ-92-К5"_s);
    QCOMPARE(n.receivedAt.timeSpec(), Qt::UTC);
    QCOMPARE(n.receivedAt, a.receivedAt);
    QCOMPARE(n.receivedAt.time(), QTime(5, 15));
}

void TestApplication::json_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("valid") << toText(validJson()) << QStringList();
    QTest::newRow("not json") << QByteArray("{\"department\": ") << QStringList { u"json"_s };
    QTest::newRow("array") << QByteArray("[]") << QStringList { u"json"_s };
    QTest::newRow("empty object") << QByteArray("{}")
                                  << QStringList { u"department"_s, u"taxpayer_name"_s, u"taxpayer_id"_s,
                                         u"subject_type"_s, u"country"_s, u"atu"_s, u"head_name"_s,
                                         u"received_at"_s, u"products"_s };
    {
        QJsonObject o = validJson();
        o[u"country"_s] = u"3"_s;
        o[u"atu"_s] = 1.5;
        o[u"taxpayer_id"_s] = 940140000385.0;
        QTest::newRow("wrong types") << toText(o) << QStringList { u"taxpayer_id"_s, u"country"_s, u"atu"_s };
    }
    {
        QJsonObject o = validJson();
        o[u"subject_type"_s] = u"dealer"_s;
        o[u"channel"_s] = u"post"_s;
        o[u"received_at"_s] = u"04.03.2025 10:15"_s;
        o[u"application_date"_s] = u"2025-02-30"_s;
        QTest::newRow("bad words and dates") << toText(
            o) << QStringList { u"subject_type"_s, u"received_at"_s, u"channel"_s, u"application_date"_s };
    }
    {
        QJsonObject o = validJson();
        o[u"taxpayer_id"_s] = u"921029350852"_s;
        o[u"atu"_s] = 19;
        o[u"department"_s] = u"77"_s;
        o[u"country"_s] = 0;
        QTest::newRow("invalid values")
            << toText(o) << QStringList { u"department"_s, u"taxpayer_id"_s, u"country"_s, u"atu"_s };
    }
    {
        QJsonObject o = validJson();
        o[u"products"_s] = QJsonArray();
        QTest::newRow("empty products") << toText(o) << QStringList { u"products"_s };
        o[u"products"_s] = u"АИ-92"_s;
        QTest::newRow("products not a list") << toText(o) << QStringList { u"products"_s };
        o[u"products"_s]
            = QJsonArray { QJsonObject { { u"type"_s, 7 }, { u"name"_s, u"А"_s }, { u"spec"_s, u"Б"_s } },
                  QJsonObject { { u"type"_s, u"2"_s }, { u"name"_s, u"В"_s } }, 42 };
        QTest::newRow("bad lines") << toText(o)
                                   << QStringList { u"products[1].type"_s, u"products[1].spec"_s,
                                          u"products[2]"_s, u"products[0].type"_s };
    }
    {
        QJsonObject o = validJson();
        o[u"atu_code"_s] = 1;
        QTest::newRow("unknown key") << toText(o) << QStringList { u"atu_code"_s };
    }
}

void TestApplication::json()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, fields);
    const auto problems = dsn::checkApplicationJson(text, dsn::ReferenceData::embedded(), nullptr, kNow);
    QCOMPARE(fieldsOf(problems), fields);
}

void TestApplication::jsonReadsEveryField()
{
    QJsonObject o = validJson();
    o[u"channel"_s] = u"home"_s;
    o[u"queue_ticket"_s] = u"Б-12"_s;
    o[u"application_date"_s] = u"2025-03-03"_s;
    Application a;
    QVERIFY(dsn::applicationFromJson(toText(o), &a).isEmpty());
    QCOMPARE(a.departmentCode, u"11"_s);
    QCOMPARE(a.taxpayerName, u"ТОО «Көкшетау Мұнай»"_s);
    QCOMPARE(a.taxpayerId, u"940140000385"_s);
    QCOMPARE(a.subjectType, std::optional(dsn::SubjectType::Importer));
    QCOMPARE(a.country, 4);
    QCOMPARE(a.atu, 1);
    QCOMPARE(a.headName, u"Иванов Иван"_s);
    QCOMPARE(a.receivedAt, QDateTime(QDate(2025, 3, 4), QTime(5, 15), QTimeZone::utc()));
    QCOMPARE(a.channel, dsn::IntakeChannel::Home);
    QCOMPARE(a.queueTicket, u"Б-12"_s);
    QCOMPARE(a.applicationDate, QDate(2025, 3, 3));
    QCOMPARE(a.products, (QList<ProductLine> { ProductLine { 1, u"АИ-95"_s, u"ГОСТ"_s } }));

    // Without application_date the form's date is the day of receipt in Kazakhstan: 23:30 UTC on
    // 3 March is 04:30 on 4 March in UTC+5.
    o.remove(u"application_date"_s);
    o[u"received_at"_s] = u"2025-03-03T23:30:00Z"_s;
    QVERIFY(dsn::applicationFromJson(toText(o), &a).isEmpty());
    QCOMPARE(a.applicationDate, QDate(2025, 3, 4));

    // The canonical JSON reads back into the same application.
    Application back;
    QVERIFY(dsn::applicationFromJson(dsn::canonicalApplicationJson(a), &back).isEmpty());
    QCOMPARE(back, dsn::normalizedApplication(a));
}

void TestApplication::jsonReceivedAtWithoutOffsetIsKazakhstanTime()
{
    QJsonObject o = validJson();
    o[u"received_at"_s] = u"2025-03-04T10:15"_s;
    Application a;
    QVERIFY(dsn::applicationFromJson(toText(o), &a).isEmpty());
    QCOMPARE(a.receivedAt, QDateTime(QDate(2025, 3, 4), QTime(5, 15), QTimeZone::utc()));
}

void TestApplication::contentHashIgnoresFormattingOnly()
{
    Application a = validApplication();
    Application b = a;
    b.taxpayerName = u" ТОО  «Көкшетау Мұнай»"_s;
    b.taxpayerId = u"940140 000385"_s;
    const QString hash = dsn::applicationContentHash(a);
    QCOMPARE(hash.size(), 64);
    QCOMPARE(dsn::applicationContentHash(b), hash);
    b.products[1].spec = u"ГОСТ 32511-2014"_s;
    QVERIFY(dsn::applicationContentHash(b) != hash);
}

QTEST_GUILESS_MAIN(TestApplication)
#include "test_application.moc"
