#include "intake/opencasewarning.h"

#include "cases/casestore.h"
#include "identity/taxpayerid.h"
#include "rules/productname.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

QStringList openCaseWarnings(const CaseStore &cases, const Application &application)
{
    const auto parsed = TaxpayerId::parse(application.taxpayerId);
    if (!parsed.isValid())
        return {};
    const QString &id = parsed.id->digits();
    CaseQuery query;
    query.text = id;
    for (CaseStatus status : allCaseStatuses()) {
        if (!isFinal(status))
            query.statuses.append(status);
    }
    query.limit = 5;
    const Result<CasePage> page = cases.search(query);
    if (!page)
        return {};
    QStringList warnings;
    for (const CaseSummary &summary : page->cases) {
        if (summary.taxpayerId == id)
            warnings.append(QCoreApplication::translate("dsn::gui::OpenCaseWarning",
                                                        "The subject already has an open case %1.")
                                .arg(summary.caseNumber));
    }
    const Result<QList<CaseStore::HeldCode>> held = cases.heldCodes(id);
    if (!held)
        return warnings;
    // Names compare by the office's rule for ground 2 (rules/productname.h).
    for (const ProductLine &line : application.products) {
        const QString key = productNameKey(line.name);
        for (const CaseStore::HeldCode &code : *held) {
            if (code.productType == line.type && productNameKey(code.productName) == key) {
                warnings.append(QCoreApplication::translate("dsn::gui::OpenCaseWarning",
                                    "The subject already holds DSN code %1 for \"%2\" (case %3): the revenue "
                                    "department may refuse this line.")
                                    .arg(code.dsnCode, code.productName, code.caseNumber));
            }
        }
    }
    return warnings;
}

} // namespace dsn::gui
