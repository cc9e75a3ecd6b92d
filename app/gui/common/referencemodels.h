#pragma once

#include "base/language.h"

#include <QString>
#include <QVariant>

class QComboBox;
class QObject;
class QStandardItemModel;

namespace dsn {
class ReferenceData;
}

// Fills selection widgets from the reference data in the interface language, names in the
// language's alphabetical order (departments; units within their region). Historical entries
// are never offered for new applications.
namespace dsn::gui {

// Every item keeps its code in Qt::UserRole, so QComboBox::currentData() gives it.
inline constexpr int kCodeRole = Qt::UserRole;

void fillDepartments(QComboBox *combo, const ReferenceData &reference, Language language);
void fillCountries(QComboBox *combo, const ReferenceData &reference, Language language);
void fillProductTypes(QComboBox *combo, const ReferenceData &reference, Language language);

// Territorial units grouped under their oblast or city headings (headings are not selectable).
void fillTerritorialUnits(QComboBox *combo, const ReferenceData &reference, Language language);
// The same units as a flat list for type-ahead search by any part of the name, code or region.
QStandardItemModel *territorialUnitSearchModel(
    const ReferenceData &reference, Language language, QObject *parent);
QString territorialUnitText(const ReferenceData &reference, int code, Language language);

// Selects the entry whose code is `code` (string or number), or the empty entry.
void selectCode(QComboBox *combo, const QVariant &code);

} // namespace dsn::gui
