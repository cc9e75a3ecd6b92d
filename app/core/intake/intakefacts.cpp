#include "intake/intakefacts.h"

#include "cases/casestore.h"
#include "identity/taxpayerid.h"
#include "sync/syncstore.h"

namespace dsn {

Result<IntakeFacts> readIntakeFacts(const CaseStore &cases, Database &database,
    const Application &application, std::chrono::seconds unsentLimit)
{
    IntakeFacts facts;
    const auto parsed = TaxpayerId::parse(application.taxpayerId);
    if (parsed.isValid()) {
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
            return page.error();
        for (const CaseSummary &summary : page->cases) {
            if (summary.taxpayerId == id)
                facts.openCases.append(summary.caseNumber);
        }
        const Result<QList<CaseStore::HeldCode>> held = cases.heldCodes(id);
        if (!held)
            return held.error();
        for (const CaseStore::HeldCode &code : *held)
            facts.heldCodes.append({ code.dsnCode, code.productType, code.productName, code.caseNumber });
    }
    const Result<QStringList> unsent = SyncStore(database).unsentOlderThan(unsentLimit.count());
    if (!unsent)
        return unsent.error();
    facts.unsentCount = int(unsent->size());
    if (facts.unsentCount > 0) {
        // The oldest waiting application's intake is the store's oldest pending item.
        if (const Result<SyncStatus> status = SyncStore(database).status())
            facts.oldestUnsent = status->oldestPending;
    }
    return facts;
}

QStringList intakeWarningTexts(const CaseStore &cases, Database &database, const Application &application,
    std::chrono::seconds unsentLimit)
{
    const Result<IntakeFacts> facts = readIntakeFacts(cases, database, application, unsentLimit);
    if (!facts)
        return {};
    QList<IntakeLine> lines;
    for (const ProductLine &line : application.products)
        lines.append({ line.type, line.name });
    QStringList texts;
    for (const IntakeWarning &w : intakeWarnings(lines, *facts))
        texts.append(w.text());
    return texts;
}

} // namespace dsn
