#include "referencedata.h"

#include "base/csv.h"
#include "base/digits.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

const QString ReferenceData::kCountriesFile = u"countries.csv"_s;
const QString ReferenceData::kRegionsFile = u"regions.csv"_s;
const QString ReferenceData::kTerritorialUnitsFile = u"territorial_units.csv"_s;
const QString ReferenceData::kProductTypesFile = u"product_types.csv"_s;
const QString ReferenceData::kDepartmentsFile = u"departments.csv"_s;

QStringList ReferenceData::fileNames()
{
    return { kCountriesFile, kRegionsFile, kTerritorialUnitsFile, kProductTypesFile, kDepartmentsFile };
}

namespace {

struct Record
{
    int line = 0;
    QStringList fields;
};

// Lower-case Latin letters, digits and inner hyphens: a stable identifier such as "north-kazakhstan".
bool isSlug(const QString &text)
{
    if (text.isEmpty() || text.startsWith(u'-') || text.endsWith(u'-'))
        return false;
    return std::all_of(text.cbegin(), text.cend(),
        [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'; });
}

bool isDepartmentCode(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'-';
    });
}

} // namespace

// Reads the reference files of one folder and checks every record; the first problem found ends
// the load with "<file>:<line>: <reason>".
class ReferenceLoader
{
    Q_DECLARE_TR_FUNCTIONS(dsn::ReferenceLoader)

public:
    explicit ReferenceLoader(QString dir)
        : m_dir(std::move(dir))
    {
    }

    std::optional<ReferenceData> load(QString *error)
    {
        ReferenceData data;
        const bool ok = loadCountries(data) && loadRegions(data) && loadUnits(data) && loadProductTypes(data)
            && loadDepartments(data);
        if (!ok) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return data;
    }

private:
    bool fail(int line, const QString &reason)
    {
        m_error
            = line > 0 ? u"%1:%2: %3"_s.arg(m_file).arg(line).arg(reason) : u"%1: %2"_s.arg(m_file, reason);
        return false;
    }

    // Reads a file whose first row must be exactly the given header. Each record is one line.
    bool readTable(const QString &fileName, const QStringList &header, QList<Record> *records)
    {
        m_file = fileName;
        records->clear();
        QFile file(m_dir + u'/' + fileName);
        if (!file.open(QIODevice::ReadOnly))
            return fail(0, tr("cannot read the file: %1").arg(file.errorString()));
        QStringDecoder decoder(QStringConverter::Utf8);
        const QString text = decoder.decode(file.readAll());
        if (decoder.hasError())
            return fail(0, tr("the file is not valid UTF-8 text"));

        const QStringList lines = text.split(u'\n');
        bool headerSeen = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const int lineNumber = int(i + 1);
            QString line = lines.at(i);
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (line.trimmed().isEmpty())
                continue;
            const csv::ParseResult parsed = csv::parse(line);
            if (!parsed.ok())
                return fail(lineNumber, tr("malformed CSV: %1").arg(parsed.error));
            if (parsed.rows.size() != 1)
                return fail(lineNumber, tr("malformed CSV: one record per line expected"));
            const QStringList &fields = parsed.rows.constFirst();
            if (!headerSeen) {
                if (fields != header) {
                    return fail(lineNumber,
                        tr("expected the header \"%1\", found \"%2\"")
                            .arg(header.join(u','), fields.join(u',')));
                }
                headerSeen = true;
                continue;
            }
            if (fields.size() != header.size()) {
                return fail(
                    lineNumber, tr("expected %1 columns, found %2").arg(header.size()).arg(fields.size()));
            }
            records->append({ lineNumber, fields });
        }
        if (!headerSeen)
            return fail(0, tr("the file is empty; expected the header \"%1\"").arg(header.join(u',')));
        if (records->isEmpty())
            return fail(0, tr("the file has no entries"));
        return true;
    }

    // A code written with exactly `digits` digits, from 1 to `max`.
    bool parseCode(const Record &r, int column, int digits, int max, int *code)
    {
        const QString &text = r.fields.at(column);
        bool ok = text.size() == digits && isAllDigits(text);
        const int value = ok ? text.toInt() : 0;
        if (!ok || value < 1 || value > max) {
            const QString from = u"1"_s.rightJustified(digits, u'0');
            const QString to = QString::number(max).rightJustified(digits, u'0');
            return fail(r.line, tr("code \"%1\" is not a code from %2 to %3").arg(text, from, to));
        }
        *code = value;
        return true;
    }

    bool parseFlag(const Record &r, int column, const QString &name, bool *flag)
    {
        const QString &text = r.fields.at(column);
        if (text != u"0"_s && text != u"1"_s)
            return fail(r.line, tr("%1 must be 0 or 1, found \"%2\"").arg(name, text));
        *flag = text == u"1"_s;
        return true;
    }

    // Three name columns kk, ru, en starting at `column`; kk and ru are required.
    bool parseName(const Record &r, int column, LocalizedName *name)
    {
        static const char *const columns[] = { "name_kk", "name_ru", "name_en" };
        for (int i = 0; i < 3; ++i) {
            const QString &text = r.fields.at(column + i);
            if (i < 2 && text.isEmpty())
                return fail(r.line, tr("%1 is empty").arg(QLatin1StringView(columns[i])));
            if (text != text.trimmed() || text.contains(u"  "_s))
                return fail(
                    r.line, tr("%1 has stray spaces: \"%2\"").arg(QLatin1StringView(columns[i]), text));
            if (std::any_of(
                    text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
                return fail(r.line, tr("%1 holds a control character").arg(QLatin1StringView(columns[i])));
        }
        *name = { r.fields.at(column), r.fields.at(column + 1), r.fields.at(column + 2) };
        return true;
    }

    bool checkUnique(QSet<QString> *seen, const Record &r, const QString &key)
    {
        if (seen->contains(key))
            return fail(r.line, tr("duplicate code \"%1\"").arg(key));
        seen->insert(key);
        return true;
    }

    bool checkRegion(const ReferenceData &data, const Record &r, const QString &regionId)
    {
        if (!data.region(regionId))
            return fail(
                r.line, tr("unknown region \"%1\" (not in %2)").arg(regionId, ReferenceData::kRegionsFile));
        return true;
    }

    bool loadCountries(ReferenceData &data)
    {
        QList<Record> records;
        if (!readTable(ReferenceData::kCountriesFile,
                { u"code"_s, u"eaeu"_s, u"name_kk"_s, u"name_ru"_s, u"name_en"_s }, &records))
            return false;
        QSet<QString> seen;
        for (const Record &r : std::as_const(records)) {
            Country c;
            if (!parseCode(r, 0, 1, ReferenceData::kMaxCountryCode, &c.code)
                || !checkUnique(&seen, r, r.fields.at(0)) || !parseFlag(r, 1, u"eaeu"_s, &c.eaeu)
                || !parseName(r, 2, &c.name))
                return false;
            data.m_countries.append(c);
        }
        std::sort(data.m_countries.begin(), data.m_countries.end(),
            [](const Country &a, const Country &b) { return a.code < b.code; });
        return true;
    }

    bool loadRegions(ReferenceData &data)
    {
        QList<Record> records;
        if (!readTable(ReferenceData::kRegionsFile,
                { u"id"_s, u"name_kk"_s, u"name_ru"_s, u"name_en"_s, u"historical"_s }, &records))
            return false;
        QSet<QString> seen;
        for (const Record &r : std::as_const(records)) {
            Region region;
            region.id = r.fields.at(0);
            if (!isSlug(region.id)) {
                return fail(r.line,
                    tr("region id \"%1\" must be lower-case Latin letters, digits and hyphens")
                        .arg(region.id));
            }
            if (!checkUnique(&seen, r, region.id) || !parseName(r, 1, &region.name)
                || !parseFlag(r, 4, u"historical"_s, &region.historical))
                return false;
            data.m_regionIndex.insert(region.id, data.m_regions.size());
            data.m_regions.append(region);
        }
        return true;
    }

    bool loadUnits(ReferenceData &data)
    {
        QList<Record> records;
        if (!readTable(ReferenceData::kTerritorialUnitsFile,
                { u"code"_s, u"region"_s, u"name_kk"_s, u"name_ru"_s, u"name_en"_s, u"historical"_s },
                &records))
            return false;
        QSet<QString> seen;
        for (const Record &r : std::as_const(records)) {
            TerritorialUnit u;
            u.regionId = r.fields.at(1);
            if (!parseCode(r, 0, 3, ReferenceData::kMaxTerritorialUnitCode, &u.code)
                || !checkUnique(&seen, r, r.fields.at(0)) || !checkRegion(data, r, u.regionId)
                || !parseName(r, 2, &u.name) || !parseFlag(r, 5, u"historical"_s, &u.historical))
                return false;
            // A unit listed under a historical heading is historical itself.
            if (data.region(u.regionId)->historical && !u.historical) {
                return fail(r.line,
                    tr("unit %1 lies in the historical region \"%2\" and must be historical")
                        .arg(r.fields.at(0), u.regionId));
            }
            data.m_units.append(u);
        }
        std::sort(data.m_units.begin(), data.m_units.end(),
            [](const TerritorialUnit &a, const TerritorialUnit &b) { return a.code < b.code; });
        return true;
    }

    bool loadProductTypes(ReferenceData &data)
    {
        QList<Record> records;
        if (!readTable(ReferenceData::kProductTypesFile,
                { u"code"_s, u"name_kk"_s, u"name_ru"_s, u"name_en"_s }, &records))
            return false;
        QSet<QString> seen;
        for (const Record &r : std::as_const(records)) {
            ProductType p;
            if (!parseCode(r, 0, 1, ReferenceData::kMaxProductTypeCode, &p.code)
                || !checkUnique(&seen, r, r.fields.at(0)) || !parseName(r, 1, &p.name))
                return false;
            data.m_productTypes.append(p);
        }
        std::sort(data.m_productTypes.begin(), data.m_productTypes.end(),
            [](const ProductType &a, const ProductType &b) { return a.code < b.code; });
        return true;
    }

    bool loadDepartments(ReferenceData &data)
    {
        QList<Record> records;
        if (!readTable(ReferenceData::kDepartmentsFile,
                { u"code"_s, u"region"_s, u"name_kk"_s, u"name_ru"_s, u"name_en"_s, u"historical"_s },
                &records))
            return false;
        QSet<QString> seen;
        for (const Record &r : std::as_const(records)) {
            Department d;
            d.code = r.fields.at(0);
            d.regionId = r.fields.at(1);
            if (!isDepartmentCode(d.code)) {
                return fail(r.line,
                    tr("department code \"%1\" must be Latin letters, digits and hyphens").arg(d.code));
            }
            if (!checkUnique(&seen, r, d.code) || !checkRegion(data, r, d.regionId)
                || !parseName(r, 2, &d.name) || !parseFlag(r, 5, u"historical"_s, &d.historical))
                return false;
            data.m_departments.append(d);
        }
        std::sort(data.m_departments.begin(), data.m_departments.end(),
            [](const Department &a, const Department &b) { return a.code < b.code; });
        for (qsizetype i = 0; i < data.m_departments.size(); ++i)
            data.m_departmentIndex.insert(data.m_departments.at(i).code, i);
        return true;
    }

    QString m_dir;
    QString m_file;
    QString m_error;
};

const ReferenceData &ReferenceData::embedded()
{
    static const ReferenceData data = [] {
        QString error;
        std::optional<ReferenceData> loaded = ReferenceLoader(u":/reference"_s).load(&error);
        if (!loaded)
            qFatal("Embedded reference data is broken (a build defect): %s", qUtf8Printable(error));
        return std::move(*loaded);
    }();
    return data;
}

Result<ReferenceData> ReferenceData::loadFromDirectory(const QString &dir)
{
    QString error;
    std::optional<ReferenceData> loaded = ReferenceLoader(dir).load(&error);
    if (!loaded)
        return makeError(ErrorCode::Damaged, error);
    return std::move(*loaded);
}

namespace {

// Lists are sorted by code; a binary search finds an entry or returns null.
template <typename T> const T *findByCode(const QList<T> &list, int code)
{
    const auto it = std::lower_bound(
        list.cbegin(), list.cend(), code, [](const T &entry, int c) { return entry.code < c; });
    return it != list.cend() && it->code == code ? &*it : nullptr;
}

} // namespace

const Country *ReferenceData::country(int code) const
{
    return findByCode(m_countries, code);
}

const Region *ReferenceData::region(const QString &id) const
{
    const auto it = m_regionIndex.constFind(id);
    return it == m_regionIndex.cend() ? nullptr : &m_regions.at(it.value());
}

const TerritorialUnit *ReferenceData::territorialUnit(int code) const
{
    return findByCode(m_units, code);
}

const ProductType *ReferenceData::productType(int code) const
{
    return findByCode(m_productTypes, code);
}

const Department *ReferenceData::department(const QString &code) const
{
    const auto it = m_departmentIndex.constFind(code);
    return it == m_departmentIndex.cend() ? nullptr : &m_departments.at(it.value());
}

} // namespace dsn
