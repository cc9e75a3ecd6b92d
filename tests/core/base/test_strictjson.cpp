#include "base/strictjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// JSON from outside: one key twice in an object is refused (QJsonDocument would keep one).
class TestStrictJson : public QObject
{
    Q_OBJECT
private slots:
    void duplicates_data();
    void duplicates();
    void acceptsWhatQtAccepts();
    void syntaxErrorsStillReported();
};

void TestStrictJson::duplicates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key"); // empty: no duplicate
    QTest::newRow("top level") << QByteArray(R"({"taxpayer_id":"1","taxpayer_id":"2"})") << u"taxpayer_id"_s;
    QTest::newRow("escaped spelling") << QByteArray(R"({"atu":1,"\u0061tu":2})") << u"atu"_s;
    QTest::newRow("in an array of objects")
        << QByteArray(R"({"products":[{"name":"a"},{"name":"b","type":1,"name":"c"}]})") << u"name"_s;
    QTest::newRow("nested object") << QByteArray(R"({"a":{"b":1,"b":{}}})") << u"b"_s;
    QTest::newRow("same key in sibling objects") << QByteArray(R"([{"a":1},{"a":2}])") << QString();
    QTest::newRow("same key at two levels") << QByteArray(R"({"a":{"a":1}})") << QString();
    QTest::newRow("key text as a value") << QByteArray(R"({"a":"a","b":["a","a"]})") << QString();
    QTest::newRow("quotes and colons in strings")
        << QByteArray(R"({"x\"y":"}{,\"x\\\"y\":","x\"z":1})") << QString();
    QTest::newRow("escaped quote makes it one key") << QByteArray(R"({"x\"":1,"x\u0022":2})") << u"x\""_s;
    QTest::newRow("after a nested object") << QByteArray(R"({"a":{"z":1},"b":2,"a":3})") << u"a"_s;
    QTest::newRow("case differs") << QByteArray(R"({"Name":1,"name":2})") << QString();
    QTest::newRow("Cyrillic keys") << QByteArray(R"({"атау":1,"атау":2})") << u"атау"_s;
}

void TestStrictJson::duplicates()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QVERIFY2(!QJsonDocument::fromJson(text).isNull(), "the row must be valid JSON");
    const dsn::StrictJson parsed = dsn::parseStrictJson(text);
    if (key.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.document, QJsonDocument::fromJson(text));
    } else {
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.document.isNull());
        QVERIFY2(parsed.error.contains(key), qPrintable(parsed.error));
        QCOMPARE(dsn::duplicateJsonKey(QString::fromUtf8(text)), std::optional<QString>(key));
    }
}

void TestStrictJson::acceptsWhatQtAccepts()
{
    const QByteArray text = R"( { "a" : [ 1, 2.5, true, null, "s" ], "b" : { } , "c" : [ { } ] } )";
    const dsn::StrictJson parsed = dsn::parseStrictJson(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.document.object().value(u"a"_s).toArray().size(), 5);
    QVERIFY(dsn::parseStrictJson("[]").ok());
    QVERIFY(dsn::parseStrictJson("{}").ok());
}

void TestStrictJson::syntaxErrorsStillReported()
{
    const dsn::StrictJson parsed = dsn::parseStrictJson(R"({"a":1,)");
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.offset > 0);
    QVERIFY(!dsn::parseStrictJson("").ok());
}

QTEST_GUILESS_MAIN(TestStrictJson)
#include "test_strictjson.moc"
