#include "intake/opencasewarning.h"

#include "cases/casestore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

QStringList openCaseWarnings(const CaseStore &cases, const Application &application)
{
    QString id;
    for (const QChar c : application.taxpayerId) {
        if (c.isDigit())
            id.append(c);
    }
    if (id.size() != 12)
        return {};
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
    return warnings;
}

} // namespace dsn::gui
