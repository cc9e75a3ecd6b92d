#include "referencemodels.h"

#include "base/collation.h"
#include "reference/referencedata.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QStandardItemModel>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

namespace {

void addPlaceholder(QComboBox *combo)
{
    combo->addItem(QCoreApplication::translate("dsn::gui::ReferenceModels", "— choose —"), QVariant());
}

// Units by name in the language's alphabet (QCollator), as a clerk looks a name up.
void sortUnits(QList<const TerritorialUnit *> &units, Language language)
{
    const NameOrder order(language);
    std::stable_sort(units.begin(), units.end(), [&](const TerritorialUnit *a, const TerritorialUnit *b) {
        return order(a->name.in(language), b->name.in(language));
    });
}

} // namespace

void fillDepartments(QComboBox *combo, const ReferenceData &reference, Language language)
{
    combo->clear();
    addPlaceholder(combo);
    QList<const Department *> current;
    for (const Department &d : reference.departments())
        if (!d.historical)
            current.append(&d);
    const NameOrder order(language);
    std::stable_sort(current.begin(), current.end(), [&](const Department *a, const Department *b) {
        return order(a->name.in(language), b->name.in(language));
    });
    for (const Department *d : std::as_const(current))
        combo->addItem(d->name.in(language), d->code);
}

void fillCountries(QComboBox *combo, const ReferenceData &reference, Language language)
{
    combo->clear();
    addPlaceholder(combo);
    for (const Country &c : reference.countries())
        combo->addItem(u"%1 — %2"_s.arg(c.code).arg(c.name.in(language)), c.code);
}

void fillProductTypes(QComboBox *combo, const ReferenceData &reference, Language language)
{
    combo->clear();
    for (const ProductType &p : reference.productTypes())
        combo->addItem(u"%1 — %2"_s.arg(p.code).arg(p.name.in(language)), p.code);
}

QString territorialUnitText(const ReferenceData &reference, int code, Language language)
{
    const TerritorialUnit *unit = reference.territorialUnit(code);
    if (!unit)
        return {};
    const Region *region = reference.region(unit->regionId);
    const QString regionName = region ? region->name.in(language) : QString();
    return u"%1 %2 (%3)"_s.arg(code, 3, 10, QChar(u'0')).arg(unit->name.in(language), regionName);
}

void fillTerritorialUnits(QComboBox *combo, const ReferenceData &reference, Language language)
{
    combo->clear();
    auto *model = new QStandardItemModel(combo);
    auto *placeholder = new QStandardItem(
        QCoreApplication::translate("dsn::gui::ReferenceModels", "— type a name or code —"));
    model->appendRow(placeholder);
    // Group by region in the order of the regions list; the seed's headings repeat, the
    // grouping here does not.
    for (const Region &region : reference.regions()) {
        QList<const TerritorialUnit *> units;
        for (const TerritorialUnit &u : reference.territorialUnits())
            if (u.regionId == region.id && !u.historical)
                units.append(&u);
        if (units.isEmpty())
            continue;
        sortUnits(units, language);
        auto *heading = new QStandardItem(region.name.in(language));
        heading->setFlags(Qt::NoItemFlags);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        model->appendRow(heading);
        for (const TerritorialUnit *u : units) {
            auto *item = new QStandardItem(territorialUnitText(reference, u->code, language));
            item->setData(u->code, kCodeRole);
            model->appendRow(item);
        }
    }
    combo->setModel(model);
}

QStandardItemModel *territorialUnitSearchModel(
    const ReferenceData &reference, Language language, QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    QList<const TerritorialUnit *> units;
    for (const TerritorialUnit &u : reference.territorialUnits())
        if (!u.historical)
            units.append(&u);
    sortUnits(units, language);
    for (const TerritorialUnit *u : std::as_const(units)) {
        auto *item = new QStandardItem(territorialUnitText(reference, u->code, language));
        item->setData(u->code, kCodeRole);
        model->appendRow(item);
    }
    return model;
}

void selectCode(QComboBox *combo, const QVariant &code)
{
    for (int i = 0; i < combo->count(); ++i) {
        const QVariant data = combo->itemData(i, kCodeRole);
        if (code.isValid() && data.isValid() && data.toString() == code.toString()) {
            combo->setCurrentIndex(i);
            return;
        }
    }
    combo->setCurrentIndex(0);
}

} // namespace dsn::gui
