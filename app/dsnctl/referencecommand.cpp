// dsnctl reference: the reference lists of the service as CSV, for support staff and scripts.
#include "commandregistry.h"
#include "legalreference.h"

#include "base/csv.h"
#include "base/language.h"
#include "reference/referencedata.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

// Help texts of the command, in the translation context "dsnctl::ReferenceCommand".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::ReferenceCommand)
};

// One output row: code, region name, name, historical flag.
struct Entry
{
    QString code;
    QString region;
    QString name;
    bool historical = false;
};

const QString kLangOption = u"lang"_s;
const QString kHistoricalOption = u"include-historical"_s;

QList<QCommandLineOption> listOptions()
{
    return {
        QCommandLineOption(
            kLangOption, Text::tr("Language of the names: kk (default), ru or en."), u"kk|ru|en"_s),
        QCommandLineOption(
            kHistoricalOption, Text::tr("Also list historical entries (renamed or abolished).")),
    };
}

QString regionName(const dsn::ReferenceData &data, const QString &id, dsn::Language lang)
{
    const dsn::Region *region = data.region(id);
    return region ? region->name.in(lang) : QString();
}

using EntryLister = QList<Entry> (*)(const dsn::ReferenceData &, dsn::Language);

QList<Entry> unitEntries(const dsn::ReferenceData &data, dsn::Language lang)
{
    QList<Entry> entries;
    for (const dsn::TerritorialUnit &u : data.territorialUnits())
        entries.append({ QString::number(u.code).rightJustified(3, u'0'), regionName(data, u.regionId, lang),
            u.name.in(lang), u.historical });
    return entries;
}

QList<Entry> countryEntries(const dsn::ReferenceData &data, dsn::Language lang)
{
    QList<Entry> entries;
    for (const dsn::Country &c : data.countries())
        entries.append({ QString::number(c.code), QString(), c.name.in(lang), false });
    return entries;
}

QList<Entry> departmentEntries(const dsn::ReferenceData &data, dsn::Language lang)
{
    QList<Entry> entries;
    for (const dsn::Department &d : data.departments())
        entries.append({ d.code, regionName(data, d.regionId, lang), d.name.in(lang), d.historical });
    return entries;
}

QList<Entry> productEntries(const dsn::ReferenceData &data, dsn::Language lang)
{
    QList<Entry> entries;
    for (const dsn::ProductType &p : data.productTypes())
        entries.append({ QString::number(p.code), QString(), p.name.in(lang), false });
    return entries;
}

int printList(dsnctl::Invocation &inv, EntryLister lister)
{
    QString langCode = u"kk"_s;
    if (inv.isSet(kLangOption)
        && !dsnctl::parseChoice(inv, kLangOption, { u"kk"_s, u"ru"_s, u"en"_s }, &langCode))
        return dsnctl::ExitUsage;
    const dsn::Language lang = dsn::languageFromCode(langCode).value_or(dsn::Language::Kazakh);
    const bool includeHistorical = inv.isSet(kHistoricalOption);

    // The reference lists are already sorted by code.
    QTextStream &out = inv.out();
    out << dsn::csv::formatRow({ u"code"_s, u"region"_s, u"name"_s, u"historical"_s }) << '\n';
    for (const Entry &e : lister(dsn::ReferenceData::embedded(), lang)) {
        if (e.historical && !includeHistorical)
            continue;
        out << dsn::csv::formatRow({ e.code, e.region, e.name, e.historical ? u"1"_s : u"0"_s }) << '\n';
    }
    out.flush();
    return dsnctl::ExitOk;
}

dsnctl::Command listCommand(const QString &name, const QString &summary, EntryLister lister)
{
    dsnctl::Command c;
    c.name = name;
    c.summary = summary;
    c.options = listOptions();
    c.run = [lister](dsnctl::Invocation &inv) {
        return printList(inv, lister);
    };
    return c;
}

dsnctl::Command referenceCommand()
{
    dsnctl::Command group;
    group.name = u"reference"_s;
    group.summary
        = Text::tr("Reference lists as CSV (code,region,name,historical), sorted by code, and the legal "
                   "references the printed decisions cite.");
    group.children = {
        listCommand(u"atu"_s, Text::tr("Administrative-territorial units 001-258 (facet 2)."), &unitEntries),
        listCommand(u"countries"_s, Text::tr("Producing countries 1-6 (facet 1)."), &countryEntries),
        listCommand(u"departments"_s,
            Text::tr("State Revenue Departments that applications are addressed to."), &departmentEntries),
        listCommand(u"products"_s, Text::tr("Types of petroleum product 1-4 (facet 4)."), &productEntries),
        dsnctl::legalReferenceCommand(),
    };
    return group;
}

const bool registered = dsnctl::registerCommand(&referenceCommand);

} // namespace
