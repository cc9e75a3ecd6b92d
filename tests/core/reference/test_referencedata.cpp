#include "reference/referencedata.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace Qt::Literals::StringLiterals;
using dsn::ReferenceData;

namespace {

// The annex of Appendix 3 copied verbatim from the seed (country and territorial code lists).
const QString kSeedAnnex = QStringLiteral(DSN_SOURCE_DIR "/tests/core/reference/seed_annex.txt");

// What the seed says about one territorial code: its name as printed, the heading above it.
struct SeedUnit
{
    QString name;
    bool starred = false;
    QString heading;
    bool headingStarred = false;
};

// Cleaning of a name as printed in the seed: Latin letters scanned inside Cyrillic words become
// their Cyrillic look-alikes, `*` markers go, runs of white space become one space.
QString cleanSeedName(QString text)
{
    static const QHash<QChar, QChar> lookalikes = {
        { u'a', u'а' },
        { u'c', u'с' },
        { u'e', u'е' },
        { u'o', u'о' },
        { u'p', u'р' },
        { u'x', u'х' },
        { u'y', u'у' },
        { u'i', u'і' },
        { u'A', u'А' },
        { u'B', u'В' },
        { u'C', u'С' },
        { u'E', u'Е' },
        { u'H', u'Н' },
        { u'K', u'К' },
        { u'M', u'М' },
        { u'O', u'О' },
        { u'P', u'Р' },
        { u'T', u'Т' },
        { u'X', u'Х' },
        { u'I', u'І' },
    };
    text.remove(u'*');
    QStringList words = text.simplified().split(u' ');
    for (QString &word : words) {
        const bool cyrillic = std::any_of(
            word.cbegin(), word.cend(), [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
        if (!cyrillic)
            continue;
        for (QChar &c : word)
            c = lookalikes.value(c, c);
    }
    return words.join(u' ');
}

QStringList seedLines()
{
    QFile file(kSeedAnnex);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the seed annex fixture %s", qUtf8Printable(kSeedAnnex));
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

// Territorial codes of the annex: every "NNN name" line after the heading of the list; any other
// non-empty line there is an oblast or city heading.
QHash<int, SeedUnit> seedUnits()
{
    static const QRegularExpression unitLine(u"^(\\d{3}) (.+)$"_s);
    QHash<int, SeedUnit> units;
    bool inList = false;
    QString heading;
    bool headingStarred = false;
    for (const QString &raw : seedLines()) {
        const QString line = raw.trimmed();
        if (line.startsWith(u"Әкімшілік-аумақтық бірліктердің кодтары"_s)) {
            inList = true;
            continue;
        }
        if (!inList || line.isEmpty() || line.startsWith(u"ДСН-код"_s) || line == u"1 2"_s)
            continue;
        const QRegularExpressionMatch m = unitLine.match(line);
        if (m.hasMatch()) {
            units.insert(m.captured(1).toInt(),
                { cleanSeedName(m.captured(2)), m.captured(2).contains(u'*'), heading, headingStarred });
        } else {
            heading = cleanSeedName(line);
            headingStarred = line.contains(u'*');
        }
    }
    return units;
}

// The country lines "N name" between the country heading and the territorial heading.
QHash<int, QString> seedCountries()
{
    static const QRegularExpression countryLine(u"^([1-9]) (\\S.+)$"_s);
    QHash<int, QString> countries;
    for (const QString &raw : seedLines()) {
        const QString line = raw.trimmed();
        if (line.startsWith(u"Әкімшілік-аумақтық бірліктердің кодтары"_s))
            break;
        const QRegularExpressionMatch m = countryLine.match(line);
        if (m.hasMatch())
            countries.insert(m.captured(1).toInt(), cleanSeedName(m.captured(2)));
    }
    return countries;
}

// Every name of every list, labelled for messages.
QList<QPair<QString, dsn::LocalizedName>> allNames(const ReferenceData &data)
{
    QList<QPair<QString, dsn::LocalizedName>> names;
    for (const auto &c : data.countries())
        names.append({ u"country %1"_s.arg(c.code), c.name });
    for (const auto &r : data.regions())
        names.append({ u"region %1"_s.arg(r.id), r.name });
    for (const auto &u : data.territorialUnits())
        names.append({ u"unit %1"_s.arg(u.code), u.name });
    for (const auto &p : data.productTypes())
        names.append({ u"product %1"_s.arg(p.code), p.name });
    for (const auto &d : data.departments())
        names.append({ u"department %1"_s.arg(d.code), d.name });
    return names;
}

// Writes the embedded files into `dir`, one of them replaced by `replacement` when given.
void writeReferenceCopy(
    const QString &dir, const QString &replacedFile = QString(), const QByteArray &replacement = QByteArray())
{
    for (const QString &name : ReferenceData::fileNames()) {
        QFile source(u":/reference/"_s + name);
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(name));
        QFile target(dir + u'/' + name);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(name == replacedFile ? replacement : source.readAll());
    }
}

QStringList embeddedLines(const QString &name)
{
    QFile file(u":/reference/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

} // namespace

class TestReferenceData : public QObject
{
    Q_OBJECT
private slots:
    void unitCodes_areExactly001To258();
    void countries_areTheSixOfFacet1();
    void productTypes_areTheFourOfFacet4();
    void lookups_unknownCodesGiveNull();
    void names_neverMixScriptsInAWord();
    void names_kkAndRuAreCyrillic_enIsLatin();
    void regions_resolve();
    void departments_oneCurrentPerRegionOfToday();
    void historicalFlag_data();
    void historicalFlag();
    void spotCheck_ordabasy();
    void seed_unitNamesRegionsAndFlagsMatch();
    void seed_countryNamesMatch();
    void load_acceptsAnIntactCopy();
    void load_refusesBrokenFile_data();
    void load_refusesBrokenFile();
    void load_refusesMissingFile();
};

void TestReferenceData::unitCodes_areExactly001To258()
{
    QList<int> codes;
    for (const dsn::TerritorialUnit &u : ReferenceData::embedded().territorialUnits())
        codes.append(u.code);
    QList<int> expected(258);
    std::iota(expected.begin(), expected.end(), 1);
    QCOMPARE(codes, expected);
    QVERIFY(ReferenceData::embedded().territorialUnit(1));
    QVERIFY(ReferenceData::embedded().territorialUnit(258));
}

void TestReferenceData::countries_areTheSixOfFacet1()
{
    const auto &data = ReferenceData::embedded();
    QCOMPARE(data.countries().size(), 6);
    // Appendix 3: 1 is every country outside the EAEU; 2..6 are its members.
    for (int code = 1; code <= 6; ++code) {
        const dsn::Country *c = data.country(code);
        QVERIFY2(c, qPrintable(QString::number(code)));
        QCOMPARE(c->code, code);
        QCOMPARE(c->eaeu, code != 1);
    }
    QCOMPARE(data.country(3)->name.ru, u"Республика Казахстан"_s);
    QCOMPARE(data.country(4)->name.en, u"Russian Federation"_s);
}

void TestReferenceData::productTypes_areTheFourOfFacet4()
{
    const auto &data = ReferenceData::embedded();
    QCOMPARE(data.productTypes().size(), 4);
    // Glossary of the domain brief: gasoline, diesel fuel, fuel oil, aviation fuel.
    const QStringList ru = { u"бензин"_s, u"дизельное топливо"_s, u"мазут"_s, u"авиационное топливо"_s };
    const QStringList kk = { u"бензин"_s, u"дизельдік отын"_s, u"мазут"_s, u"авиациялық отын"_s };
    for (int code = 1; code <= 4; ++code) {
        const dsn::ProductType *p = data.productType(code);
        QVERIFY(p);
        QCOMPARE(p->name.ru.toLower(), ru.at(code - 1));
        QCOMPARE(p->name.kk.toLower(), kk.at(code - 1));
        QVERIFY(!p->name.en.isEmpty());
    }
}

void TestReferenceData::lookups_unknownCodesGiveNull()
{
    const auto &data = ReferenceData::embedded();
    QVERIFY(!data.territorialUnit(0));
    QVERIFY(!data.territorialUnit(259));
    QVERIFY(!data.country(0));
    QVERIFY(!data.country(7));
    QVERIFY(!data.productType(5));
    QVERIFY(!data.region(u"atlantis"_s));
    QVERIFY(!data.department(u"99"_s));
    QCOMPARE(data.territorialUnit(215)->code, 215);
}

void TestReferenceData::names_neverMixScriptsInAWord()
{
    for (const auto &[label, name] : allNames(ReferenceData::embedded())) {
        for (const QString &text : { name.kk, name.ru, name.en }) {
            const QStringList words = text.split(QRegularExpression(u"[^\\p{L}]+"_s), Qt::SkipEmptyParts);
            for (const QString &word : words) {
                const bool latin = std::any_of(
                    word.cbegin(), word.cend(), [](QChar c) { return c.script() == QChar::Script_Latin; });
                const bool cyrillic = std::any_of(
                    word.cbegin(), word.cend(), [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
                QVERIFY2(!(latin && cyrillic), qPrintable(label + u": "_s + word));
            }
        }
    }
}

void TestReferenceData::names_kkAndRuAreCyrillic_enIsLatin()
{
    auto onlyScript = [](const QString &text, QChar::Script script) {
        return std::all_of(text.cbegin(), text.cend(), [script](QChar c) {
            if (c.isLetter())
                return c.script() == script;
            return c.isDigit() || c == u' ' || c.isPunct();
        });
    };
    for (const auto &[label, name] : allNames(ReferenceData::embedded())) {
        QVERIFY2(!name.kk.isEmpty() && !name.ru.isEmpty() && !name.en.isEmpty(), qPrintable(label));
        QVERIFY2(onlyScript(name.kk, QChar::Script_Cyrillic), qPrintable(label + u": "_s + name.kk));
        QVERIFY2(onlyScript(name.ru, QChar::Script_Cyrillic), qPrintable(label + u": "_s + name.ru));
        QVERIFY2(onlyScript(name.en, QChar::Script_Latin), qPrintable(label + u": "_s + name.en));
    }
}

void TestReferenceData::regions_resolve()
{
    const auto &data = ReferenceData::embedded();
    for (const dsn::TerritorialUnit &u : data.territorialUnits())
        QVERIFY2(data.region(u.regionId), qPrintable(u.regionId));
    for (const dsn::Department &d : data.departments())
        QVERIFY2(data.region(d.regionId), qPrintable(d.regionId));
    // Regions created in 2022 are current even though no code of the seed lies in them.
    for (const QString &id : { u"abai"_s, u"zhetisu"_s, u"ulytau"_s }) {
        QVERIFY2(data.region(id), qPrintable(id));
        QVERIFY(!data.region(id)->historical);
    }
}

void TestReferenceData::departments_oneCurrentPerRegionOfToday()
{
    const auto &data = ReferenceData::embedded();
    // 17 oblasts and 3 cities of republican significance today, plus South Kazakhstan oblast (historical).
    QList<const dsn::Department *> current;
    QList<const dsn::Department *> historical;
    QSet<QString> regions;
    for (const dsn::Department &d : data.departments()) {
        (d.historical ? historical : current).append(&d);
        if (!d.historical) {
            QVERIFY2(!regions.contains(d.regionId), qPrintable(d.regionId));
            regions.insert(d.regionId);
            QVERIFY2(!data.region(d.regionId)->historical, qPrintable(d.code));
        }
        QVERIFY2(d.name.kk.endsWith(u"Мемлекеттік кірістер департаменті"_s), qPrintable(d.name.kk));
        QVERIFY2(d.name.ru.startsWith(u"Департамент государственных доходов по "_s), qPrintable(d.name.ru));
        QVERIFY2(d.name.en.startsWith(u"State Revenue Department for "_s), qPrintable(d.name.en));
    }
    QCOMPARE(current.size(), 20);
    QCOMPARE(historical.size(), 1);
    QCOMPARE(historical.constFirst()->regionId, u"south-kazakhstan"_s);
    QVERIFY(data.region(u"south-kazakhstan"_s)->historical);
    const dsn::Department *astana = nullptr;
    for (const dsn::Department *d : std::as_const(current))
        if (d->name.kk == u"Астана қаласы бойынша Мемлекеттік кірістер департаменті"_s)
            astana = d;
    QVERIFY(astana);
    QCOMPARE(data.department(astana->code), astana);
    QCOMPARE(astana->name.ru, u"Департамент государственных доходов по городу Астане"_s);
    QCOMPARE(astana->name.en, u"State Revenue Department for Astana city"_s);
}

void TestReferenceData::historicalFlag_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("historical");
    // Marked `*` in the seed.
    for (int code : { 19, 21, 65, 69, 95, 104, 164, 165, 236 })
        QTest::addRow("%03d starred", code) << code << true;
    // Under the historical headings "Оңтүстік Қазақстан облысы*" and "Астана қаласы*".
    for (int code : { 185, 202, 211, 215, 218, 219, 246 })
        QTest::addRow("%03d under a starred heading", code) << code << true;
    // Turkestan oblast (2018) and the Nur-Sultan heading are current.
    for (int code = 221; code <= 235; ++code)
        QTest::addRow("%03d Turkestan oblast", code) << code << false;
    for (int code = 248; code <= 253; ++code)
        QTest::addRow("%03d Nur-Sultan", code) << code << false;
    for (int code : { 1, 20, 216, 217, 220, 237, 258 })
        QTest::addRow("%03d current", code) << code << false;
}

void TestReferenceData::historicalFlag()
{
    QFETCH(int, code);
    QFETCH(bool, historical);
    const dsn::TerritorialUnit *u = ReferenceData::embedded().territorialUnit(code);
    QVERIFY(u);
    QCOMPARE(u->historical, historical);
}

void TestReferenceData::spotCheck_ordabasy()
{
    const auto &data = ReferenceData::embedded();
    const dsn::TerritorialUnit *u = data.territorialUnit(187);
    QVERIFY(u);
    // Printed "Оpдабасы" with a Latin p; not starred itself but under the starred South Kazakhstan heading.
    QCOMPARE(u->name.kk, u"Ордабасы ауданы"_s);
    QCOMPARE(u->name.ru, u"Ордабасинский район"_s);
    QVERIFY(u->historical);
    QCOMPARE(data.region(u->regionId)->name.kk, u"Оңтүстік Қазақстан облысы"_s);
    QVERIFY(data.region(u->regionId)->historical);
    // The same district again under Turkestan oblast, current.
    QCOMPARE(data.territorialUnit(224)->name.kk, u"Ордабасы ауданы"_s);
    QVERIFY(!data.territorialUnit(224)->historical);
    QCOMPARE(data.region(data.territorialUnit(224)->regionId)->name.kk, u"Түркестан облысы"_s);
    // A heading that returns later: 216 under North Kazakhstan, like 172-184.
    QCOMPARE(data.territorialUnit(216)->regionId, data.territorialUnit(172)->regionId);
    QCOMPARE(data.territorialUnit(1)->name.ru, u"город Кокшетау"_s);
    QCOMPARE(data.territorialUnit(2)->name.en, u"Akkol district"_s);
}

void TestReferenceData::seed_unitNamesRegionsAndFlagsMatch()
{
    const QHash<int, SeedUnit> seed = seedUnits();
    QCOMPARE(seed.size(), 258);
    const auto &data = ReferenceData::embedded();
    for (auto it = seed.cbegin(); it != seed.cend(); ++it) {
        const QString where = u"code %1"_s.arg(QString::number(it.key()).rightJustified(3, u'0'));
        const dsn::TerritorialUnit *u = data.territorialUnit(it.key());
        QVERIFY2(u, qPrintable(where));
        QCOMPARE(u->name.kk, it->name);
        const dsn::Region *region = data.region(u->regionId);
        QVERIFY2(region, qPrintable(where));
        QVERIFY2(region->name.kk == it->heading, qPrintable(where + u": "_s + region->name.kk));
        QVERIFY2(region->historical == it->headingStarred, qPrintable(where));
        QVERIFY2(u->historical == (it->starred || it->headingStarred), qPrintable(where));
    }
}

void TestReferenceData::seed_countryNamesMatch()
{
    const QHash<int, QString> seed = seedCountries();
    QCOMPARE(seed.size(), 6);
    for (auto it = seed.cbegin(); it != seed.cend(); ++it)
        QCOMPARE(ReferenceData::embedded().country(it.key())->name.kk, it.value());
}

void TestReferenceData::load_acceptsAnIntactCopy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeReferenceCopy(dir.path());
    if (QTest::currentTestFailed())
        return;
    const dsn::Result<ReferenceData> loaded = ReferenceData::loadFromDirectory(dir.path());
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded->territorialUnits().size(), 258);
    QCOMPARE(loaded->departments().size(), ReferenceData::embedded().departments().size());
}

void TestReferenceData::load_refusesBrokenFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line"); // 1-based line to replace
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a word of the expected reason

    const QString units = ReferenceData::kTerritorialUnitsFile;
    QTest::newRow("bad header") << units << 1 << u"code,region,name_kk,name_ru,name_en,hist"_s << u"header"_s;
    QTest::newRow("duplicate code") << units << 3
                                    << u"001,akmola,Ақкөл ауданы,Аккольский район,Akkol district,0"_s
                                    << u"duplicate"_s;
    QTest::newRow("unknown region") << units << 2
                                    << u"001,atlantis,Көкшетау қаласы,город Кокшетау,Kokshetau,0"_s
                                    << u"unknown region"_s;
    QTest::newRow("bad flag") << units << 2 << u"001,akmola,Көкшетау қаласы,город Кокшетау,Kokshetau,yes"_s
                              << u"0 or 1"_s;
    QTest::newRow("code out of range")
        << units << 2 << u"259,akmola,Көкшетау қаласы,город Кокшетау,Kokshetau,0"_s << u"code"_s;
    QTest::newRow("code not 3 digits")
        << units << 2 << u"1,akmola,Көкшетау қаласы,город Кокшетау,Kokshetau,0"_s << u"code"_s;
    QTest::newRow("current unit in historical region")
        << units << 188 << u"187,south-kazakhstan,Ордабасы ауданы,Ордабасинский район,Ordabasy district,0"_s
        << u"historical"_s;
    QTest::newRow("missing column") << ReferenceData::kDepartmentsFile << 2
                                    << u"10,abai,Абай облысы бойынша,по области Абай"_s << u"columns"_s;
    QTest::newRow("department in unknown region")
        << ReferenceData::kDepartmentsFile << 3 << u"11,atlantis,Ақмола,Акмола,Akmola,0"_s
        << u"unknown region"_s;
    QTest::newRow("country flag 2") << ReferenceData::kCountriesFile << 3
                                    << u"2,2,Беларусь Республикасы,Республика Беларусь,Belarus"_s
                                    << u"0 or 1"_s;
    QTest::newRow("country code 7") << ReferenceData::kCountriesFile << 3
                                    << u"7,1,Беларусь Республикасы,Республика Беларусь,Belarus"_s
                                    << u"code"_s;
    QTest::newRow("empty kk name") << ReferenceData::kRegionsFile << 2
                                   << u"akmola,,Акмолинская область,Akmola region,0"_s << u"empty"_s;
    QTest::newRow("empty ru name") << ReferenceData::kProductTypesFile << 2 << u"1,Бензин,,Gasoline"_s
                                   << u"empty"_s;
    QTest::newRow("bad region id") << ReferenceData::kRegionsFile << 2
                                   << u"Akmola Oblast,Ақмола облысы,Акмолинская область,Akmola region,0"_s
                                   << u"region id"_s;
    QTest::newRow("unterminated quote")
        << ReferenceData::kProductTypesFile << 2 << u"1,\"Бензин,Бензин,Gasoline"_s << u"CSV"_s;
}

void TestReferenceData::load_refusesBrokenFile()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, text);
    QFETCH(QString, reason);

    QStringList lines = embeddedLines(file);
    QVERIFY(lines.size() > line);
    lines[line - 1] = text;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeReferenceCopy(dir.path(), file, lines.join(u'\n').toUtf8());
    if (QTest::currentTestFailed())
        return;

    const dsn::Result<ReferenceData> loaded = ReferenceData::loadFromDirectory(dir.path());
    QVERIFY(!loaded);
    const QString error = loaded.error().message;
    const QString location = u"%1:%2:"_s.arg(file).arg(line);
    QVERIFY2(error.startsWith(location), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestReferenceData::load_refusesMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeReferenceCopy(dir.path());
    QVERIFY(QFile::remove(dir.filePath(ReferenceData::kDepartmentsFile)));
    dsn::Result<ReferenceData> loaded = ReferenceData::loadFromDirectory(dir.path());
    QVERIFY(!loaded);
    QString error = loaded.error().message;
    QVERIFY2(error.startsWith(ReferenceData::kDepartmentsFile), qPrintable(error));

    // An empty file has no header.
    writeReferenceCopy(dir.path(), ReferenceData::kCountriesFile, QByteArray());
    loaded = ReferenceData::loadFromDirectory(dir.path());
    QVERIFY(!loaded);
    error = loaded.error().message;
    QVERIFY2(
        error.startsWith(ReferenceData::kCountriesFile) && error.contains(u"header"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestReferenceData)
#include "test_referencedata.moc"
