#include "rules/productname.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

using dsn::productNameKey;

// The one rule by which product names are the same product (refusal ground 2).
class TestProductName : public QObject
{
    Q_OBJECT
private slots:
    void sameKey_data();
    void sameKey();
    void differentKey_data();
    void differentKey();
    void keyIsIdempotent();
    void keyOfPlainName();
    void gradeAndLookAlikes_data();
    void gradeAndLookAlikes();
};

void TestProductName::sameKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    // "Дизельное топливо ДТ-Л-К5": Cyrillic throughout, the reference spelling.
    const QString plain = u"Дизельное топливо ДТ-Л-К5"_s;
    QTest::newRow("non-breaking hyphen") << plain << u"Дизельное топливо ДТ\u2011Л\u2011К5"_s;
    QTest::newRow("en dash and minus sign") << plain << u"Дизельное топливо ДТ\u2013Л\u2212К5"_s;
    QTest::newRow("zero-width space") << plain << u"Дизельное топ\u200Bливо ДТ-Л-К5"_s;
    QTest::newRow("soft hyphen, word joiner, BOM")
        << plain << u"\uFEFFДизель\u00ADное топливо\u2060 ДТ-Л-К5"_s;
    QTest::newRow("Latin e") << plain << u"Дизельнoe тoпливo ДT-Л-K5"_s;
    QTest::newRow("full-width digit") << plain << u"Дизельное топливо ДТ-Л-К\uFF15"_s;
    QTest::newRow("double and odd spaces")
        << plain << u"  Дизельное\u00A0\u00A0топливо\t\u2009ДТ-Л-К5 \u3000"_s;
    QTest::newRow("case") << plain << u"ДИЗЕЛЬНОЕ ТОПЛИВО дт-л-к5"_s;
    QTest::newRow("Latin capitals") << u"АВТОМАСЛО"_s << u"ABTOMACЛO"_s;
    QTest::newRow("Latin name, two cases") << u"Shell Helix"_s << u"SHELL HELIX"_s;
    QTest::newRow("Greek omicron, Latin M") << u"Мазут топочный"_s << u"Mазут т\u03BFпочный"_s;
    QTest::newRow("Kazakh і from Latin i") << u"Тіркеме майы"_s << u"Тiркеме майы"_s;
    QTest::newRow("Latin schwa for Ә") << u"Әйнек жуғыш"_s << u"\u018Fйнек жуғыш"_s;
    QTest::newRow("combining diaeresis on Latin e") << u"Жёсткое масло"_s << u"Жe\u0308сткое масло"_s;
    QTest::newRow("ligature and super/subscript") << u"Масло fi-2"_s << u"Масло \uFB01-\u00B2"_s;
}

void TestProductName::sameKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(productNameKey(b), productNameKey(a));
}

void TestProductName::differentKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("different grade") << u"Бензин АИ-92"_s << u"Бензин АИ-95"_s;
    QTest::newRow("Е and Ё are different spellings") << u"Ёмкость"_s << u"Емкость"_s;
    QTest::newRow("Kazakh Ү and Cyrillic У") << u"Үш"_s << u"Уш"_s;
    QTest::newRow("Kazakh Н and Ң") << u"Мұнай"_s << u"Мұңай"_s;
    QTest::newRow("digit zero and letter О") << u"М-100"_s << u"М-1ОО"_s;
    QTest::newRow("hyphen against space") << u"ДТ-Л"_s << u"ДТ Л"_s;
    QTest::newRow("hyphen against nothing") << u"ДТ-Л"_s << u"ДТЛ"_s;
}

void TestProductName::differentKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY2(productNameKey(a) != productNameKey(b), qPrintable(productNameKey(a)));
}

void TestProductName::keyIsIdempotent()
{
    for (const QString &name : { u"Дизельное топливо ДТ\u2011Л\u2011К5"_s, u"ABTOMACЛO Shell"_s,
             u"Жe\u0308сткое\u200B масло"_s, u"\uFB01 \uFF15 \u03A3\u03C2"_s }) {
        const QString key = productNameKey(name);
        QCOMPARE(productNameKey(key), key);
    }
}

void TestProductName::keyOfPlainName()
{
    // The key of a plain Cyrillic name is its case-folded, trimmed, collapsed self.
    QCOMPARE(productNameKey(u"  Бензин   АИ-92 "_s), u"бензин аи-92"_s);
    QCOMPARE(productNameKey(u"\u200B\u00AD"_s), QString());
}

Q_DECLARE_METATYPE(dsn::ProductNameMatch)

void TestProductName::gradeAndLookAlikes_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<dsn::ProductNameMatch>("match");
    using M = dsn::ProductNameMatch;
    const QString stored = u"Бензин АИ-92-К5"_s;
    QTest::newRow("as stored") << stored << stored << M::Same;
    QTest::newRow("one key: Latin letters, case") << stored << u"БЕНЗИН AИ-92-K5"_s << M::Same;
    QTest::newRow("spaces instead of dashes") << stored << u"Бензин АИ 92 К5"_s << M::LookAlike;
    QTest::newRow("nothing between") << stored << u"бензин аи92к5"_s << M::LookAlike;
    QTest::newRow("slash and dot") << stored << u"Бензин АИ-92/К5."_s << M::LookAlike;
    QTest::newRow("brackets and quotes") << stored << u"Бензин «АИ-92» (К5)"_s << M::LookAlike;
    QTest::newRow("other grade") << stored << u"Бензин АИ-95-К5"_s << M::Different;
    QTest::newRow("other ecological class") << stored << u"Бензин АИ-92-К4"_s << M::Different;
    QTest::newRow("a word more") << stored << u"Бензин премиум АИ-92-К5"_s << M::Different;
    // A name of punctuation alone has no grade: it looks like nothing.
    QTest::newRow("no letters") << u"-"_s << u"--"_s << M::Different;
}

// The look-alike rule the reviewer's evidence shows beside ground 2: the grade is the key's
// letters and digits, nothing else.
void TestProductName::gradeAndLookAlikes()
{
    QFETCH(QString, stored);
    QFETCH(QString, typed);
    QFETCH(dsn::ProductNameMatch, match);
    QCOMPARE(dsn::compareProductNames(stored, typed), match);
    QCOMPARE(dsn::compareProductNames(typed, stored), match);
    QCOMPARE(dsn::productGradeKey(u"  АИ-92 / К5 "_s), u"аи92к5"_s);
    QCOMPARE(dsn::productGradeKey(dsn::productNameKey(typed)), dsn::productGradeKey(typed));
}

QTEST_GUILESS_MAIN(TestProductName)
#include "test_productname.moc"
