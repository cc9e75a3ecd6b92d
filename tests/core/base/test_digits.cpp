#include "base/digits.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDigits : public QObject
{
    Q_OBJECT
private slots:
    void separators_data();
    void separators();
    void allDigits_data();
    void allDigits();
    void digitValue();
    void withoutSeparators();
    void describeCharacter_data();
    void describeCharacter();
};

void TestDigits::separators_data()
{
    QTest::addColumn<QChar>("c");
    QTest::addColumn<bool>("separator");
    QTest::newRow("space") << QChar(u' ') << true;
    QTest::newRow("tab") << QChar(u'\t') << true;
    QTest::newRow("no-break space") << QChar(0x00A0) << true;
    QTest::newRow("figure space") << QChar(0x2007) << true;
    QTest::newRow("thin space") << QChar(0x2009) << true;
    QTest::newRow("narrow no-break space") << QChar(0x202F) << true;
    QTest::newRow("newline") << QChar(u'\n') << false;
    QTest::newRow("hyphen") << QChar(u'-') << false;
    QTest::newRow("digit") << QChar(u'7') << false;
}

void TestDigits::separators()
{
    QFETCH(QChar, c);
    QFETCH(bool, separator);
    QCOMPARE(dsn::isDigitSeparator(c), separator);
}

void TestDigits::allDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allDigits");
    QTest::addColumn<qsizetype>("firstNonDigit");
    QTest::newRow("digits") << u"0123456789"_s << true << qsizetype(-1);
    QTest::newRow("one") << u"0"_s << true << qsizetype(-1);
    QTest::newRow("empty") << QString() << false << qsizetype(-1);
    QTest::newRow("space inside") << u"12 34"_s << false << qsizetype(2);
    QTest::newRow("letter last") << u"123a"_s << false << qsizetype(3);
    QTest::newRow("sign") << u"-12"_s << false << qsizetype(0);
    QTest::newRow("Arabic-Indic digit") << u"12\u0663"_s << false << qsizetype(2);
    QTest::newRow("fullwidth digit") << u"\uFF11"_s << false << qsizetype(0);
    QTest::newRow("superscript two") << u"1\u00B2"_s << false << qsizetype(1);
}

void TestDigits::allDigits()
{
    QFETCH(QString, text);
    QFETCH(bool, allDigits);
    QFETCH(qsizetype, firstNonDigit);
    QCOMPARE(dsn::isAllDigits(text), allDigits);
    QCOMPARE(dsn::indexOfNonDigit(text), firstNonDigit);
}

void TestDigits::digitValue()
{
    for (int d = 0; d <= 9; ++d) {
        const QChar c(u'0' + d);
        QVERIFY(dsn::isAsciiDigit(c));
        QCOMPARE(dsn::digitValue(c), d);
    }
    QVERIFY(!dsn::isAsciiDigit(QChar(u'/')));
    QVERIFY(!dsn::isAsciiDigit(QChar(u':')));
}

void TestDigits::withoutSeparators()
{
    QCOMPARE(dsn::withoutDigitSeparators(u"921029\u00A0350851"), u"921029350851"_s);
    QCOMPARE(dsn::withoutDigitSeparators(u" 3 053\t0001\u20091\u202F001 "), u"305300011001"_s);
    // Only separators go: anything else stays for the caller to refuse.
    QCOMPARE(dsn::withoutDigitSeparators(u"12-3 4x"), u"12-34x"_s);
    QCOMPARE(dsn::withoutDigitSeparators(u"   "), QString());
}

void TestDigits::describeCharacter_data()
{
    QTest::addColumn<QChar>("c");
    QTest::addColumn<QString>("described");
    QTest::newRow("letter") << QChar(u'x') << u"\u201Cx\u201D"_s;
    QTest::newRow("Cyrillic") << QChar(u'Ж') << u"\u201CЖ\u201D"_s;
    QTest::newRow("newline") << QChar(u'\n') << u"U+000A"_s;
    QTest::newRow("zero-width space") << QChar(0x200B) << u"U+200B"_s;
    QTest::newRow("ideographic space") << QChar(0x3000) << u"U+3000"_s;
}

void TestDigits::describeCharacter()
{
    QFETCH(QChar, c);
    QFETCH(QString, described);
    QCOMPARE(dsn::describeCharacter(c), described);
}

QTEST_GUILESS_MAIN(TestDigits)
#include "test_digits.moc"
