#pragma once

#include "base/language.h"
#include "base/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dsn {

// Facet 1 of the DSN code: the producing country (1 countries outside the EAEU, 2..6 EAEU members).
struct Country
{
    int code = 0;
    LocalizedName name;
    bool eaeu = false;
};

// An oblast or a city of republican significance, as the headings of the territorial list group units.
struct Region
{
    QString id;
    LocalizedName name;
    bool historical = false;
};

// Facet 2: an administrative-territorial unit, 001..258. Historical units (renamed or abolished, or
// listed under a historical heading) still parse in old codes but are not offered for new applications.
struct TerritorialUnit
{
    int code = 0;
    QString regionId;
    LocalizedName name;
    bool historical = false;
};

// Facet 4: the type of petroleum product, 1..4.
struct ProductType
{
    int code = 0;
    LocalizedName name;
};

// A territorial State Revenue Department that an Appendix 1 application is addressed to.
struct Department
{
    QString code;
    QString regionId;
    LocalizedName name;
    bool historical = false;
};

// The reference lists of the service. Loaded from CSV files (UTF-8, RFC 4180, header row) and
// checked strictly: a file that does not pass is refused as a whole with file, line and reason.
class ReferenceData
{
public:
    // Ranges of the facet codes fixed by Appendix 3 of the Rules.
    static constexpr int kMaxCountryCode = 6;
    static constexpr int kMaxTerritorialUnitCode = 258;
    static constexpr int kMaxProductTypeCode = 4;

    // File names inside a reference folder (and inside the embedded ":/reference").
    static const QString kCountriesFile;
    static const QString kRegionsFile;
    static const QString kTerritorialUnitsFile;
    static const QString kProductTypesFile;
    static const QString kDepartmentsFile;
    static QStringList fileNames();

    // Loaded once from the embedded :/reference/*.csv files; thread-safe. Never empty: broken embedded
    // files are a build defect and end the program with the loader's message.
    static const ReferenceData &embedded();
    // The same files from a folder. The error's message reads "<file>:<line>: <reason>".
    static Result<ReferenceData> loadFromDirectory(const QString &dir);

    // Lists sorted by code (regions in the order of their file). Pointers are null for unknown codes.
    const QList<Country> &countries() const { return m_countries; }
    const Country *country(int code) const;
    const QList<Region> &regions() const { return m_regions; }
    const Region *region(const QString &id) const;
    const QList<TerritorialUnit> &territorialUnits() const { return m_units; }
    const TerritorialUnit *territorialUnit(int code) const;
    const QList<ProductType> &productTypes() const { return m_productTypes; }
    const ProductType *productType(int code) const;
    const QList<Department> &departments() const { return m_departments; }
    const Department *department(const QString &code) const;

private:
    friend class ReferenceLoader;

    QList<Country> m_countries;
    QList<Region> m_regions;
    QList<TerritorialUnit> m_units;
    QList<ProductType> m_productTypes;
    QList<Department> m_departments;
    QHash<QString, qsizetype> m_regionIndex;
    QHash<QString, qsizetype> m_departmentIndex;
};

} // namespace dsn
