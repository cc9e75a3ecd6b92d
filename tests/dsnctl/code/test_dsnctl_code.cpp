// The contract of 'dsnctl code': exit codes, output lines and the JSON form.
#include "dsnctlrun.h"

#include "reference/referencedata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = dsntest::DsnctlRun;

Run dsnctl(const QStringList &arguments)
{
    return dsntest::runDsnctl(arguments);
}

QString describeRun(const Run &run)
{
    return run.describe();
}

QStringList composeArgs(const QString &country, const QString &atu, const QString &entity,
    const QString &product, const QString &brand)
{
    return { u"code"_s, u"compose"_s, u"--country"_s, country, u"--atu"_s, atu, u"--entity"_s, entity,
        u"--product"_s, product, u"--brand"_s, brand };
}

// Units named in the annex of the Rules: 001 Көкшетау қаласы (Ақмола облысы) is current,
// 019 Еңбекшілдер ауданы is marked '*' (historical).
const QString kHistoricalUnit = u"019"_s;

} // namespace

class TestDsnctlCode : public QObject
{
    Q_OBJECT
private slots:
    void compose_data();
    void compose();
    void composeRefused_data();
    void composeRefused();
    void parse_data();
    void parse();
    void parseInLanguage_data();
    void parseInLanguage();
    void parseInvalid_data();
    void parseInvalid();
    void parseJson();
    void parseJsonInvalid();
    void roundTrip();
    void usage_data();
    void usage();
    void help_data();
    void help();
};

void TestDsnctlCode::compose_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("printed");

    // Appendix 3: country, unit, subject, product, brand with fixed widths 1-3-4-1-3+.
    QTest::newRow("example") << composeArgs(u"3"_s, u"053"_s, u"0001"_s, u"1"_s, u"001"_s)
                             << u"305300011001"_s;
    QTest::newRow("example grouped") << composeArgs(u"3"_s, u"053"_s, u"0001"_s, u"1"_s, u"001"_s)
            + QStringList { u"--grouped"_s }
                                     << u"3 053 0001 1 001"_s;
    QTest::newRow("without leading zeros")
        << composeArgs(u"3"_s, u"53"_s, u"1"_s, u"1"_s, u"1"_s) << u"305300011001"_s;
    QTest::newRow("extra leading zeros")
        << composeArgs(u"03"_s, u"0053"_s, u"00001"_s, u"01"_s, u"0001"_s) << u"305300011001"_s;
    QTest::newRow("brand 1234") << composeArgs(u"3"_s, u"053"_s, u"0001"_s, u"1"_s, u"1234"_s)
                                << u"3053000111234"_s;
    QTest::newRow("brand 1234 grouped")
        << composeArgs(u"3"_s, u"053"_s, u"0001"_s, u"1"_s, u"1234"_s) + QStringList { u"--grouped"_s }
        << u"3 053 0001 1 1234"_s;
    QTest::newRow("upper edges") << composeArgs(u"6"_s, u"258"_s, u"9999"_s, u"4"_s, u"999999999"_s)
                                 << u"625899994999999999"_s;
    QTest::newRow("lower edges") << composeArgs(u"1"_s, u"001"_s, u"0001"_s, u"1"_s, u"001"_s)
                                 << u"100100011001"_s;
    QTest::newRow("options in another order") << QStringList { u"code"_s, u"compose"_s, u"--brand"_s, u"7"_s,
        u"--product"_s, u"2"_s, u"--entity"_s, u"42"_s, u"--atu"_s, u"101"_s, u"--country"_s, u"4"_s }
                                              << u"410100422007"_s;
}

void TestDsnctlCode::compose()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, printed);
    const Run run = dsnctl(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(run)));
    QCOMPARE(run.out, printed + u'\n');
    QVERIFY(run.err.isEmpty());
}

void TestDsnctlCode::composeRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions"); // a word the message on stderr must contain

    const QString c = u"3"_s, a = u"053"_s, e = u"0001"_s, p = u"1"_s, b = u"001"_s;
    QTest::newRow("country 0") << composeArgs(u"0"_s, a, e, p, b) << u"country"_s;
    QTest::newRow("country 7") << composeArgs(u"7"_s, a, e, p, b) << u"7"_s;
    QTest::newRow("atu 000") << composeArgs(c, u"000"_s, e, p, b) << u"000"_s;
    QTest::newRow("atu 259") << composeArgs(c, u"259"_s, e, p, b) << u"259"_s;
    QTest::newRow("atu historical") << composeArgs(c, kHistoricalUnit, e, p, b) << kHistoricalUnit;
    QTest::newRow("entity 0000") << composeArgs(c, a, u"0000"_s, p, b) << u"0000"_s;
    QTest::newRow("entity 10000") << composeArgs(c, a, u"10000"_s, p, b) << u"10000"_s;
    QTest::newRow("product 0") << composeArgs(c, a, e, u"0"_s, b) << u"product"_s;
    QTest::newRow("product 5") << composeArgs(c, a, e, u"5"_s, b) << u"5"_s;
    QTest::newRow("brand 0") << composeArgs(c, a, e, p, u"0"_s) << u"brand"_s;
    QTest::newRow("brand 10 digits") << composeArgs(c, a, e, p, u"1000000000"_s) << u"1000000000"_s;
    QTest::newRow("brand huge") << composeArgs(c, a, e, p, u"123456789012345678901234567890"_s) << u"brand"_s;
    QTest::newRow("not a number") << composeArgs(c, u"abc"_s, e, p, b) << u"abc"_s;
    QTest::newRow("negative") << composeArgs(c, a, e, p, u"-5"_s) << u"brand"_s;
    QTest::newRow("decimal") << composeArgs(c, a, e, u"1.5"_s, b) << u"1.5"_s;
    QTest::newRow("empty value") << composeArgs(c, a, QString(), p, b) << u"entity"_s;
    QTest::newRow("spaces inside") << composeArgs(c, u"0 53"_s, e, p, b) << u"atu"_s;
    const QStringList full = composeArgs(c, a, e, p, b);
    for (const QString &option : { u"country"_s, u"atu"_s, u"entity"_s, u"product"_s, u"brand"_s }) {
        QStringList args = full;
        const qsizetype at = args.indexOf(u"--"_s + option);
        args.remove(at, 2);
        QTest::addRow("missing --%s", qPrintable(option)) << args << option;
    }
    QTest::newRow("unknown option") << full + QStringList { u"--colour"_s } << u"colour"_s;
    QTest::newRow("positional argument") << full + QStringList { u"305300011001"_s } << u"305300011001"_s;
}

void TestDsnctlCode::composeRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = dsnctl(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(describeRun(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(describeRun(run)));
    QVERIFY2(run.err.contains(mentions), qPrintable(describeRun(run)));
}

void TestDsnctlCode::parse_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("grouped");
    QTest::addColumn<int>("country");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<int>("product");
    QTest::addColumn<QString>("brand");

    QTest::newRow("digits") << u"305300011001"_s << u"3 053 0001 1 001"_s << 3 << 53 << u"0001"_s << 1
                            << u"001"_s;
    QTest::newRow("grouped") << u"3 053 0001 1 001"_s << u"3 053 0001 1 001"_s << 3 << 53 << u"0001"_s << 1
                             << u"001"_s;
    QTest::newRow("brand 1234") << u"3053000111234"_s << u"3 053 0001 1 1234"_s << 3 << 53 << u"0001"_s << 1
                                << u"1234"_s;
    QTest::newRow("historical unit") << u"3 019 0025 2 007"_s << u"3 019 0025 2 007"_s << 3 << 19 << u"0025"_s
                                     << 2 << u"007"_s;
    QTest::newRow("edges") << u"625899994999999999"_s << u"6 258 9999 4 999999999"_s << 6 << 258 << u"9999"_s
                           << 4 << u"999999999"_s;
    QTest::newRow("lower edges") << u"1 001 0001 1 001"_s << u"1 001 0001 1 001"_s << 1 << 1 << u"0001"_s << 1
                                 << u"001"_s;
}

// The default language is English; every facet's meaning comes from the reference lists.
void TestDsnctlCode::parse()
{
    QFETCH(QString, code);
    QFETCH(QString, grouped);
    QFETCH(int, country);
    QFETCH(int, unit);
    QFETCH(QString, entity);
    QFETCH(int, product);
    QFETCH(QString, brand);
    const dsn::ReferenceData &ref = dsn::ReferenceData::embedded();
    const dsn::TerritorialUnit *u = ref.territorialUnit(unit);
    QVERIFY(u);
    const auto en = dsn::Language::English;
    const QString unitText = QString::number(unit).rightJustified(3, u'0');

    const Run run = dsnctl({ u"code"_s, u"parse"_s, code });
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(run)));
    QVERIFY(run.err.isEmpty());
    const QStringList expected = {
        grouped,
        u"country: %1 %2"_s.arg(country).arg(ref.country(country)->name.in(en)),
        u"atu: %1 %2%3"_s.arg(unitText, u->name.in(en), u->historical ? u" (historical)"_s : QString()),
        u"region: "_s + ref.region(u->regionId)->name.in(en),
        u"entity: "_s + entity,
        u"product: %1 %2"_s.arg(product).arg(ref.productType(product)->name.in(en)),
        u"brand: "_s + brand,
    };
    QCOMPARE(run.lines(), expected);
    QCOMPARE(run.out.contains(u"(historical)"_s), unit == 19);
}

void TestDsnctlCode::parseInLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("lines");
    // Kazakh names as the Rules write them; the product name from the glossary of the domain brief.
    QTest::newRow("kk") << u"kk"_s
                        << QStringList { u"1 001 0001 1 001"_s, u"country: 1 %1"_s,
                               u"atu: 001 Көкшетау қаласы"_s, u"region: Ақмола облысы"_s, u"entity: 0001"_s,
                               u"product: 1 Бензин"_s, u"brand: 001"_s };
    QTest::newRow("ru") << u"ru"_s
                        << QStringList { u"1 001 0001 1 001"_s, u"country: 1 %1"_s, u"atu: 001 %2"_s,
                               u"region: %3"_s, u"entity: 0001"_s, u"product: 1 Бензин"_s, u"brand: 001"_s };
    QTest::newRow("en") << u"en"_s
                        << QStringList { u"1 001 0001 1 001"_s, u"country: 1 %1"_s, u"atu: 001 %2"_s,
                               u"region: %3"_s, u"entity: 0001"_s, u"product: 1 %4"_s, u"brand: 001"_s };
}

void TestDsnctlCode::parseInLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, lines);
    const dsn::ReferenceData &ref = dsn::ReferenceData::embedded();
    const dsn::Language language = *dsn::languageFromCode(lang);
    const dsn::TerritorialUnit *unit = ref.territorialUnit(1);
    QVERIFY(unit);
    for (QString &line : lines) {
        line.replace(u"%1"_s, ref.country(1)->name.in(language));
        line.replace(u"%2"_s, unit->name.in(language));
        line.replace(u"%3"_s, ref.region(unit->regionId)->name.in(language));
        line.replace(u"%4"_s, ref.productType(1)->name.in(language));
    }
    const Run run = dsnctl({ u"code"_s, u"parse"_s, u"--lang"_s, lang, u"100100011001"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(run)));
    QCOMPARE(run.lines(), lines);
}

void TestDsnctlCode::parseInvalid_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("brand 0001") << u"3053000110001"_s << u"non_canonical_brand"_s;
    QTest::newRow("11 digits") << u"30530001100"_s << u"too_short"_s;
    QTest::newRow("letter") << u"30530001100A"_s << u"non_digit"_s;
    QTest::newRow("hyphens") << u"3-053-0001-1-001"_s << u"non_digit"_s;
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("country 7") << u"705300011001"_s << u"country_out_of_range"_s;
    QTest::newRow("atu 259") << u"325900011001"_s << u"atu_out_of_range"_s;
    QTest::newRow("atu 000") << u"300000011001"_s << u"atu_out_of_range"_s;
    QTest::newRow("entity 0000") << u"305300001001"_s << u"entity_out_of_range"_s;
    QTest::newRow("product 5") << u"305300015001"_s << u"product_out_of_range"_s;
    QTest::newRow("brand 000") << u"305300011000"_s << u"brand_out_of_range"_s;
    QTest::newRow("brand 10 digits") << u"3053000111000000000"_s << u"brand_too_long"_s;
}

void TestDsnctlCode::parseInvalid()
{
    QFETCH(QString, code);
    QFETCH(QString, reason);
    const Run run = dsnctl({ u"code"_s, u"parse"_s, code });
    QVERIFY2(run.exitCode == 1, qPrintable(describeRun(run)));
    const QStringList lines = run.lines();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), u"invalid"_s);
    QCOMPARE(lines.at(1), u"reason: "_s + reason);
    QVERIFY(lines.at(2).startsWith(u"message: "_s));
    const QString message = lines.at(2).mid(9);
    QVERIFY(!message.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(describeRun(run)));
}

void TestDsnctlCode::parseJson()
{
    const dsn::ReferenceData &ref = dsn::ReferenceData::embedded();
    const Run run
        = dsnctl({ u"code"_s, u"parse"_s, u"--json"_s, u"--lang"_s, u"ru"_s, u"3 019 0025 2 1234"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(run)));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    const auto ru = dsn::Language::Russian;
    QCOMPARE(o.value(u"valid"_s).toBool(), true);
    QCOMPARE(o.value(u"code"_s).toString(), u"3019002521234"_s);
    QCOMPARE(o.value(u"grouped"_s).toString(), u"3 019 0025 2 1234"_s);
    QCOMPARE(o.value(u"language"_s).toString(), u"ru"_s);
    const QJsonObject country = o.value(u"country"_s).toObject();
    QCOMPARE(country.value(u"code"_s).toInt(), 3);
    QCOMPARE(country.value(u"name"_s).toString(), ref.country(3)->name.in(ru));
    const QJsonObject atu = o.value(u"atu"_s).toObject();
    QCOMPARE(atu.value(u"code"_s).toInt(), 19);
    QCOMPARE(atu.value(u"name"_s).toString(), ref.territorialUnit(19)->name.in(ru));
    QCOMPARE(atu.value(u"region"_s).toString(), ref.region(ref.territorialUnit(19)->regionId)->name.in(ru));
    QCOMPARE(atu.value(u"historical"_s).toBool(), true);
    QCOMPARE(o.value(u"entity"_s).toInt(), 25);
    const QJsonObject product = o.value(u"product"_s).toObject();
    QCOMPARE(product.value(u"code"_s).toInt(), 2);
    QCOMPARE(product.value(u"name"_s).toString(), u"Дизельное топливо"_s);
    QCOMPARE(o.value(u"brand"_s).toInt(), 1234);
}

void TestDsnctlCode::parseJsonInvalid()
{
    const Run run = dsnctl({ u"code"_s, u"parse"_s, u"3053000110001"_s, u"--json"_s });
    QVERIFY2(run.exitCode == 1, qPrintable(describeRun(run)));
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    QCOMPARE(o.value(u"valid"_s).toBool(true), false);
    QCOMPARE(o.value(u"input"_s).toString(), u"3053000110001"_s);
    QCOMPARE(o.value(u"reason"_s).toString(), u"non_canonical_brand"_s);
    QVERIFY(!o.value(u"message"_s).toString().isEmpty());
}

// What compose prints, parse reads back facet by facet.
void TestDsnctlCode::roundTrip()
{
    struct Facets
    {
        int country, unit, entity, product, brand;
    };
    const QList<Facets> samples = { { 1, 1, 1, 1, 1 }, { 2, 100, 250, 2, 99 }, { 4, 257, 9998, 3, 1000 },
        { 5, 150, 1234, 4, 56789 }, { 6, 258, 9999, 4, 999999999 } };
    for (const Facets &f : samples) {
        const Run composed
            = dsnctl(composeArgs(QString::number(f.country), QString::number(f.unit),
                         QString::number(f.entity), QString::number(f.product), QString::number(f.brand))
                + QStringList { u"--grouped"_s });
        QVERIFY2(composed.exitCode == 0, qPrintable(describeRun(composed)));
        const Run parsed = dsnctl({ u"code"_s, u"parse"_s, u"--json"_s, composed.out.trimmed() });
        QVERIFY2(parsed.exitCode == 0, qPrintable(describeRun(parsed)));
        const QJsonObject o = QJsonDocument::fromJson(parsed.out.toUtf8()).object();
        QCOMPARE(o.value(u"grouped"_s).toString(), composed.out.trimmed());
        QCOMPARE(o.value(u"country"_s).toObject().value(u"code"_s).toInt(), f.country);
        QCOMPARE(o.value(u"atu"_s).toObject().value(u"code"_s).toInt(), f.unit);
        QCOMPARE(o.value(u"entity"_s).toInt(), f.entity);
        QCOMPARE(o.value(u"product"_s).toObject().value(u"code"_s).toInt(), f.product);
        QCOMPARE(o.value(u"brand"_s).toInt(), f.brand);
    }
}

void TestDsnctlCode::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("parse: missing CODE") << QStringList { u"code"_s, u"parse"_s };
    QTest::newRow("parse: bad --lang")
        << QStringList { u"code"_s, u"parse"_s, u"--lang"_s, u"de"_s, u"305300011001"_s };
    QTest::newRow("parse: --lang without value")
        << QStringList { u"code"_s, u"parse"_s, u"305300011001"_s, u"--lang"_s };
    QTest::newRow("parse: unknown option")
        << QStringList { u"code"_s, u"parse"_s, u"--grouped"_s, u"305300011001"_s };
    QTest::newRow("parse: two codes") << QStringList { u"code"_s, u"parse"_s, u"3"_s, u"053"_s };
    QTest::newRow("unknown subcommand") << QStringList { u"code"_s, u"explain"_s, u"305300011001"_s };
    QTest::newRow("no subcommand") << QStringList { u"code"_s };
}

void TestDsnctlCode::usage()
{
    QFETCH(QStringList, arguments);
    const Run run = dsnctl(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(describeRun(run)));
    QVERIFY2(!run.err.isEmpty(), qPrintable(describeRun(run)));
}

void TestDsnctlCode::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("code") << QStringList { u"code"_s, u"--help"_s }
                          << QStringList { u"compose"_s, u"parse"_s };
    QTest::newRow("code compose") << QStringList { u"code"_s, u"compose"_s, u"--help"_s }
                                  << QStringList { u"--country"_s, u"--atu"_s, u"--entity"_s, u"--product"_s,
                                         u"--brand"_s, u"--grouped"_s };
    QTest::newRow("code parse") << QStringList { u"code"_s, u"parse"_s, u"--help"_s }
                                << QStringList { u"CODE"_s, u"--lang"_s, u"--json"_s };
    QTest::newRow("top level lists code") << QStringList { u"--help"_s } << QStringList { u"code"_s };
}

void TestDsnctlCode::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Run run = dsnctl(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(describeRun(run)));
    QVERIFY(run.out.startsWith(u"Usage:"_s));
    for (const QString &word : mentions)
        QVERIFY2(run.out.contains(word), qPrintable(word + u" not in\n"_s + run.out));
}

QTEST_GUILESS_MAIN(TestDsnctlCode)
#include "test_dsnctl_code.moc"
