#include "base/enumtable.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

enum class Fruit { Apple, Pear, Plum, Quince };

// Quince is left out on purpose: the helpers' answers for a value the table lacks.
constexpr dsn::EnumEntry<Fruit> kFruits[] = {
    { Fruit::Pear, u"pear", QT_TRANSLATE_NOOP("test::Fruit", "Pear") },
    { Fruit::Apple, u"apple", QT_TRANSLATE_NOOP("test::Fruit", "Apple") },
    { Fruit::Plum, u"plum" },
};

// An entry with a numbered key and a column of its own, as the refusal grounds have.
struct NumberedEntry
{
    Fruit value;
    int key;
    int weight;
};

constexpr NumberedEntry kNumbered[] = {
    { Fruit::Apple, 1, 150 },
    { Fruit::Pear, 2, 180 },
};

// Translates only the context "test::Fruit", so a name read in another context stays as it is.
class FruitTranslator : public QTranslator
{
public:
    QString translate(
        const char *context, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "test::Fruit") != 0)
            return {};
        return u"fr:"_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestEnumTable : public QObject
{
    Q_OBJECT
private slots:
    void key();
    void fromKey();
    void fromKey_unknown_data();
    void fromKey_unknown();
    void fromKey_number();
    void name_translatedInContext();
    void values_inTableOrder();
    void valueMissingFromTable();
};

void TestEnumTable::key()
{
    QCOMPARE(dsn::enumKey(kFruits, Fruit::Apple), u"apple"_s);
    QCOMPARE(dsn::enumKey(kFruits, Fruit::Pear), u"pear"_s);
    QCOMPARE(dsn::enumKey(kFruits, Fruit::Plum), u"plum"_s);
}

void TestEnumTable::fromKey()
{
    QCOMPARE(dsn::enumFromKey(kFruits, u"apple"), std::optional(Fruit::Apple));
    QCOMPARE(dsn::enumFromKey(kFruits, u"pear"_s), std::optional(Fruit::Pear));
    QCOMPARE(dsn::enumFromKey(kFruits, QStringView(u"plum")), std::optional(Fruit::Plum));
    for (const dsn::EnumEntry<Fruit> &entry : kFruits)
        QCOMPARE(dsn::enumFromKey(kFruits, dsn::enumKey(kFruits, entry.value)), std::optional(entry.value));
}

void TestEnumTable::fromKey_unknown_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("unknown") << u"quince"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("other case") << u"Apple"_s;
    QTest::newRow("padded") << u" apple"_s;
    QTest::newRow("prefix") << u"app"_s;
    QTest::newRow("name, not key") << u"Pear"_s;
}

void TestEnumTable::fromKey_unknown()
{
    QFETCH(QString, key);
    QCOMPARE(dsn::enumFromKey(kFruits, key), std::optional<Fruit>());
}

void TestEnumTable::fromKey_number()
{
    QCOMPARE(dsn::enumFromKey(kNumbered, 2), std::optional(Fruit::Pear));
    QCOMPARE(dsn::enumFromKey(kNumbered, 1), std::optional(Fruit::Apple));
    QCOMPARE(dsn::enumFromKey(kNumbered, 3), std::optional<Fruit>());
    QCOMPARE(dsn::enumEntry(kNumbered, Fruit::Pear)->weight, 180);
}

void TestEnumTable::name_translatedInContext()
{
    QCOMPARE(dsn::enumName("test::Fruit", kFruits, Fruit::Apple), u"Apple"_s);
    FruitTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(dsn::enumName("test::Fruit", kFruits, Fruit::Apple), u"fr:Apple"_s);
    QCOMPARE(dsn::enumName("test::Fruit", kFruits, Fruit::Pear), u"fr:Pear"_s);
    QCOMPARE(dsn::enumName("test::Other", kFruits, Fruit::Pear), u"Pear"_s);
    // A name is never the key, and an entry without a name has none, translated or not.
    QCOMPARE(dsn::enumName("test::Fruit", kFruits, Fruit::Plum), QString());
    QCOMPARE(dsn::enumKey(kFruits, Fruit::Apple), u"apple"_s);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(dsn::enumName("test::Fruit", kFruits, Fruit::Pear), u"Pear"_s);
}

void TestEnumTable::values_inTableOrder()
{
    QCOMPARE(dsn::enumValues(kFruits), (QList<Fruit> { Fruit::Pear, Fruit::Apple, Fruit::Plum }));
    QCOMPARE(dsn::enumValues(kNumbered), (QList<Fruit> { Fruit::Apple, Fruit::Pear }));
}

void TestEnumTable::valueMissingFromTable()
{
    QCOMPARE(dsn::enumEntry(kFruits, Fruit::Quince), nullptr);
    QCOMPARE(dsn::enumKey(kFruits, Fruit::Quince), QString());
    QVERIFY(dsn::enumKey(kFruits, Fruit::Quince).isNull());
    QCOMPARE(dsn::enumName("test::Fruit", kFruits, Fruit::Quince), QString());
    QVERIFY(!dsn::enumValues(kFruits).contains(Fruit::Quince));
    QCOMPARE(dsn::enumEntry(kFruits, Fruit::Apple), &kFruits[1]);
}

QTEST_GUILESS_MAIN(TestEnumTable)
#include "test_enumtable.moc"
