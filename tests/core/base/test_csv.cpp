#include "base/csv.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void escapeField_data();
    void escapeField();
    void neutralizedFormulaReadsBackAsText();
    void parse_roundTrip();
    void parse_crlfAndBlankLines();
    void parse_rejectsBrokenQuotes_data();
    void parse_rejectsBrokenQuotes();
};

void TestCsv::escapeField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"Көкшетау қаласы"_s << u"Көкшетау қаласы"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"\"Астана - жаңа қала\" АЭА"_s << u"\"\"\"Астана - жаңа қала\"\" АЭА\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("empty") << QString() << QString();
    // Formulas a spreadsheet would run are neutralised (issue 8, item 10).
    QTest::newRow("equals") << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("plus") << u"+7 701 000"_s << u"'+7 701 000"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1:A2)"_s << u"'@SUM(A1:A2)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("equals with comma") << u"=1,2"_s << u"\"'=1,2\""_s;
    QTest::newRow("inside is fine") << u"АИ-92 = 95-3"_s << u"АИ-92 = 95-3"_s;
    QTest::newRow("space first") << u" =1"_s << u" =1"_s;
}

void TestCsv::escapeField()
{
    QFETCH(QString, field);
    QFETCH(QString, escaped);
    QCOMPARE(dsn::csv::escapeField(field), escaped);
}

// A neutralised cell parses back as the apostrophe and the text, never as the bare formula.
void TestCsv::neutralizedFormulaReadsBackAsText()
{
    const QStringList row = { u"=cmd|' /C calc'!A0"_s, u"-1"_s, u"ok"_s };
    const auto parsed = dsn::csv::parse(dsn::csv::formatRow(row) + u'\n');
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.rows.size(), 1);
    QCOMPARE(parsed.rows.at(0), (QStringList { u"'=cmd|' /C calc'!A0"_s, u"'-1"_s, u"ok"_s }));
    QCOMPARE(dsn::csv::neutralizeFormula(u"ok"_s), u"ok"_s);
    QCOMPARE(dsn::csv::neutralizeFormula(QString()), QString());
}

void TestCsv::parse_roundTrip()
{
    const QList<QStringList> rows = {
        { u"code"_s, u"name"_s, u"historical"_s },
        { u"215"_s, u"\"Астана - жаңа қала\" АЭА"_s, u"1"_s },
        { u"001"_s, u"Көкшетау, қаласы"_s, u""_s },
        { u"002"_s, u"multi\nline"_s, u"0"_s },
    };
    QString text;
    for (const QStringList &row : rows)
        text += dsn::csv::formatRow(row) + u'\n';
    const auto parsed = dsn::csv::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.rows, rows);
}

void TestCsv::parse_crlfAndBlankLines()
{
    const auto parsed = dsn::csv::parse(u"a,b\r\n\r\nc,d"_s);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.rows.size(), 2);
    QCOMPARE(parsed.rows.at(1), (QStringList { u"c"_s, u"d"_s }));
}

void TestCsv::parse_rejectsBrokenQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("unterminated") << u"a,b\n\"c,d\n"_s << 2;
    QTest::newRow("text after quote") << u"\"a\"b,c"_s << 1;
    QTest::newRow("quote in field") << u"a\nb\"c\",d"_s << 2;
}

void TestCsv::parse_rejectsBrokenQuotes()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    const auto parsed = dsn::csv::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorLine, line);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "test_csv.moc"
