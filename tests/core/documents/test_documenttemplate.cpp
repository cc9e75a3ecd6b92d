#include "documents/documentdata.h"
#include "documents/documenttemplate.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsn;

namespace {

QHash<QString, LocalizedName> sampleTexts()
{
    return {
        { u"title"_s, { u"Қолхат № {{number}}"_s, u"Расписка № {{number}}"_s, {} } },
        { u"label"_s, { u"Атауы & түрі"_s, u"Название & вид"_s, {} } },
        { u"nested"_s, { u"{{t:label}}"_s, u"{{t:label}}"_s, {} } },
        { u"kk_only"_s, { u"тек қазақша"_s, {}, {} } },
        { u"ground_1"_s, { u"тіркелмеген"_s, u"не зарегистрирован"_s, {} } },
        { u"ground_2"_s, { u"{{code}} коды бар"_s, u"есть код {{code}}"_s, {} } },
    };
}

DocumentData sampleData()
{
    DocumentData data;
    data.values.insert(u"number"_s, u"A-1"_s);
    data.values.insert(u"name"_s, u"ТОО \"Мұнай & Газ\" <test>"_s);
    data.lists.insert(u"rows"_s, { { { u"name"_s, u"бензин"_s } }, { { u"name"_s, u"мазут"_s } } });
    data.values.insert(u"chosen"_s, u"ground_1"_s);
    data.values.insert(u"bad_key"_s, u"ground 1"_s);
    data.values.insert(u"unknown_key"_s, u"ground_9"_s);
    data.lists.insert(u"grounds"_s,
        { { { u"key"_s, u"ground_1"_s } },
            { { u"key"_s, u"ground_2"_s }, { u"code"_s, u"3 053 0001 1 001"_s } } });
    return data;
}

} // namespace

class TestDocumentTemplate : public QObject
{
    Q_OBJECT

private slots:
    void fill_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("expected");

        const int kk = int(Language::Kazakh);
        const int ru = int(Language::Russian);
        QTest::newRow("value") << u"<p>{{number}}</p>"_s << kk << u"<p>A-1</p>"_s;
        QTest::newRow("spaces inside braces") << u"{{ number }}"_s << kk << u"A-1"_s;
        QTest::newRow("value is escaped")
            << u"<b>{{name}}</b>"_s << kk << u"<b>ТОО &quot;Мұнай &amp; Газ&quot; &lt;test&gt;</b>"_s;
        QTest::newRow("escaped in an attribute")
            << u"<img src=\"qr:{{name}}\">"_s << kk
            << u"<img src=\"qr:ТОО &quot;Мұнай &amp; Газ&quot; &lt;test&gt;\">"_s;
        QTest::newRow("kazakh text") << u"{{t:label}}"_s << kk << u"Атауы &amp; түрі"_s;
        QTest::newRow("russian text") << u"{{t:label}}"_s << ru << u"Название &amp; вид"_s;
        QTest::newRow("text with a value") << u"<h1>{{t:title}}</h1>"_s << ru << u"<h1>Расписка № A-1</h1>"_s;
        QTest::newRow("repeated rows with index")
            << u"<table>{{#rows}}<tr><td>{{index}}</td><td>{{name}}</td></tr>{{/rows}}</table>"_s << kk
            << u"<table><tr><td>1</td><td>бензин</td></tr><tr><td>2</td><td>мазут</td></tr></table>"_s;
        QTest::newRow("row field hides the value of the same name")
            << u"{{#rows}}{{name}};{{/rows}}{{name}}"_s << kk
            << u"бензин;мазут;ТОО &quot;Мұнай &amp; Газ&quot; &lt;test&gt;"_s;
        QTest::newRow("document value inside a row")
            << u"{{#rows}}{{number}}{{/rows}}"_s << kk << u"A-1A-1"_s;
        QTest::newRow("single braces are text") << u"a { b } c"_s << kk << u"a { b } c"_s;
        QTest::newRow("text chosen by a value") << u"{{t:=chosen}}"_s << kk << u"тіркелмеген"_s;
        QTest::newRow("text chosen per row, filled from the row")
            << u"{{#grounds}}<p>{{t:=key}}</p>{{/grounds}}"_s << ru
            << u"<p>не зарегистрирован</p><p>есть код 3 053 0001 1 001</p>"_s;
    }

    void fill()
    {
        QFETCH(QString, html);
        QFETCH(int, language);
        QFETCH(QString, expected);
        const DocumentTemplate tpl(u"sample"_s, html, sampleTexts());
        const FilledText filled = tpl.fillHtml(Language(language), sampleData());
        QVERIFY2(filled.ok(), qPrintable(filled.error));
        QCOMPARE(filled.text, expected);
    }

    void lineBreaksInValuesBecomeBreaks()
    {
        DocumentData data;
        data.values.insert(u"spec"_s, u"ГОСТ 1\nТУ <2>"_s);
        const FilledText filled
            = DocumentTemplate(u"x"_s, u"{{spec}}"_s, {}).fillHtml(Language::Kazakh, data);
        QCOMPARE(filled.text, u"ГОСТ 1<br/>ТУ &lt;2&gt;"_s);
    }

    void emptyListRendersNothing()
    {
        DocumentData data;
        data.lists.insert(u"rows"_s, {});
        const FilledText filled
            = DocumentTemplate(u"x"_s, u"a{{#rows}}<tr/>{{/rows}}b"_s, {}).fillHtml(Language::Kazakh, data);
        QVERIFY(filled.ok());
        QCOMPARE(filled.text, u"ab"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("unknown value") << u"<p>{{missing}}</p>"_s << u"missing"_s;
        QTest::newRow("unclosed placeholder") << u"<p>{{number</p>"_s << u"}}"_s;
        QTest::newRow("unknown text") << u"{{t:nothing}}"_s << u"nothing"_s;
        QTest::newRow("text missing in the language") << u"{{t:kk_only}}"_s << u"ru"_s;
        QTest::newRow("text inside text") << u"{{t:nested}}"_s << u"fixed text"_s;
        QTest::newRow("unknown list") << u"{{#items}}x{{/items}}"_s << u"items"_s;
        QTest::newRow("unclosed block") << u"{{#rows}}x"_s << u"{{/rows}}"_s;
        QTest::newRow("stray end") << u"x{{/rows}}"_s << u"{{/rows}}"_s;
        QTest::newRow("nested blocks") << u"{{#rows}}{{#rows}}{{/rows}}{{/rows}}"_s << u"nested"_s;
        QTest::newRow("not a name") << u"{{a-b}}"_s << u"a-b"_s;
        QTest::newRow("index outside a block") << u"{{index}}"_s << u"index"_s;
        QTest::newRow("line number") << u"<p>\n\n{{missing}}</p>"_s << u"line 3"_s;
        QTest::newRow("chosen text without a value") << u"{{t:=nothing}}"_s << u"nothing"_s;
        QTest::newRow("chosen text key not a name") << u"{{t:=bad_key}}"_s << u"bad_key"_s;
        QTest::newRow("chosen text unknown") << u"{{t:=unknown_key}}"_s << u"ground_9"_s;
    }

    void errors()
    {
        QFETCH(QString, html);
        QFETCH(QString, mentions);
        const FilledText filled
            = DocumentTemplate(u"sample"_s, html, sampleTexts()).fillHtml(Language::Russian, sampleData());
        QVERIFY(!filled.ok());
        QVERIFY(filled.text.isEmpty());
        QVERIFY2(filled.error.contains(mentions), qPrintable(filled.error));
    }

    void fillTextIsPlain()
    {
        const DocumentTemplate tpl(u"sample"_s, {}, sampleTexts());
        DocumentData data = sampleData();
        data.values[u"number"_s] = u"<7> & \"8\""_s;
        const FilledText title = tpl.fillText(u"title"_s, Language::Kazakh, data);
        QVERIFY(title.ok());
        QCOMPARE(title.text, u"Қолхат № <7> & \"8\""_s);
        const FilledText extra
            = tpl.fillText(u"title"_s, Language::Russian, data, { { u"number"_s, u"9"_s } });
        QCOMPARE(extra.text, u"Расписка № 9"_s);
    }

    void parseTexts_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<bool>("ok");

        QTest::newRow("key kk ru") << u"key,kk,ru\na,ә,а\n"_s << true;
        QTest::newRow("columns in another order with en") << u"ru,en,key,kk\nа,a,a,ә\n"_s << true;
        QTest::newRow("no ru column") << u"key,kk\na,ә\n"_s << false;
        QTest::newRow("repeated key") << u"key,kk,ru\na,ә,а\na,б,б\n"_s << false;
        QTest::newRow("bad key") << u"key,kk,ru\na b,ә,а\n"_s << false;
        QTest::newRow("short row") << u"key,kk,ru\na,ә\n"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void parseTexts()
    {
        QFETCH(QString, csv);
        QFETCH(bool, ok);
        const dsn::Result<QHash<QString, LocalizedName>> texts = DocumentTemplate::parseTexts(csv);
        QCOMPARE(texts.ok(), ok);
        if (ok) {
            QCOMPARE(texts->value(u"a"_s).kk, u"ә"_s);
            QCOMPARE(texts->value(u"a"_s).ru, u"а"_s);
        } else {
            QVERIFY(!texts.error().message.isEmpty());
        }
    }

    void shippedReceiptTemplateFillsInBothLanguages_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("kk") << int(Language::Kazakh);
        QTest::newRow("ru") << int(Language::Russian);
    }

    void shippedReceiptTemplateFillsInBothLanguages()
    {
        QFETCH(int, language);
        const dsn::Result<DocumentTemplate> loaded = DocumentTemplate::load(u"receipt"_s);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        const DocumentTemplate &tpl = *loaded;
        DocumentData data;
        for (const char *name :
            { "case_number", "accepted_at", "operator_name", "branch_name", "taxpayer_name", "taxpayer_id",
                "department_name", "due_at", "collect_at", "qr_payload", "digest" })
            data.values.insert(QString::fromLatin1(name), u"<v>"_s);
        data.lists.insert(
            u"products"_s, { { { u"type"_s, u"t"_s }, { u"name"_s, u"n"_s }, { u"spec"_s, u"s"_s } } });
        const FilledText filled = tpl.fillHtml(Language(language), data);
        QVERIFY2(filled.ok(), qPrintable(filled.error));
        QVERIFY(!filled.text.contains(u"{{"_s));
        QVERIFY(!filled.text.contains(u"<v>"_s)); // every value went through escaping
        for (const char *key : { "title", "footer" })
            QVERIFY(tpl.hasText(QString::fromLatin1(key)));
    }

    void templateDigestFollowsTheTemplate()
    {
        const DocumentTemplate a(u"k"_s, u"<p>{{x}}</p>"_s, sampleTexts());
        const DocumentTemplate b(u"k"_s, u"<p>{{x}} </p>"_s, sampleTexts());
        QHash<QString, LocalizedName> changed = sampleTexts();
        changed[u"label"_s].ru = u"Название и вид"_s;
        const DocumentTemplate c(u"k"_s, u"<p>{{x}}</p>"_s, changed);
        QCOMPARE(a.digest().size(), 64);
        QCOMPARE(a.digest(), DocumentTemplate(u"k"_s, u"<p>{{x}}</p>"_s, sampleTexts()).digest());
        QVERIFY(a.digest() != b.digest());
        QVERIFY(a.digest() != c.digest());
    }

    void canonicalDataSeparatesLookalikeInputs()
    {
        // A value holding a line break must not read as two fields; a key holding "=" or "."
        // must not read as another key, list or row.
        DocumentData one;
        one.values.insert(u"a"_s, u"1\nvalue.b=2"_s);
        DocumentData two;
        two.values.insert(u"a"_s, u"1"_s);
        two.values.insert(u"b"_s, u"2"_s);
        QVERIFY(canonicalDocumentData(u"k"_s, Language::Kazakh, one)
            != canonicalDocumentData(u"k"_s, Language::Kazakh, two));

        DocumentData three;
        three.values.insert(u"a=b"_s, u"c"_s);
        DocumentData four;
        four.values.insert(u"a"_s, u"b=c"_s);
        QVERIFY(canonicalDocumentData(u"k"_s, Language::Kazakh, three)
            != canonicalDocumentData(u"k"_s, Language::Kazakh, four));

        DocumentData five;
        five.lists.insert(u"a.1"_s, { { { u"x"_s, u"v"_s } } });
        DocumentData six;
        six.lists.insert(u"a"_s, { { { u"1.x"_s, u"v"_s } } });
        QVERIFY(canonicalDocumentData(u"k"_s, Language::Kazakh, five)
            != canonicalDocumentData(u"k"_s, Language::Kazakh, six));

        QVERIFY(canonicalDocumentData(u"k"_s, Language::Kazakh, two)
            != canonicalDocumentData(u"k"_s, Language::Russian, two));
    }

    void canonicalDataIgnoresUnicodeNormalisation()
    {
        // "Й" typed as one code point or as И + combining breve is the same name on paper.
        DocumentData composed;
        composed.values.insert(u"name"_s, QString(QChar(0x0419)));
        DocumentData decomposed;
        decomposed.values.insert(u"name"_s, QString(QChar(0x0418)) + QChar(0x0306));
        QCOMPARE(canonicalDocumentData(u"k"_s, Language::Kazakh, composed),
            canonicalDocumentData(u"k"_s, Language::Kazakh, decomposed));
    }
};

QTEST_GUILESS_MAIN(TestDocumentTemplate)
#include "test_documenttemplate.moc"
