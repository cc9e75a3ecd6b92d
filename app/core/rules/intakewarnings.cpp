#include "rules/intakewarnings.h"

#include "base/kazakhstantime.h"
#include "cases/casestore.h"
#include "rules/productname.h"
#include "identity/taxpayerid.h"
#include "sync/syncstore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::IntakeWarnings)
};

QString unsentText(int count, const QDateTime &oldest)
{
    const QString since = oldest.isValid() ? formatKazakhstanDateTime(oldest) : QString();
    if (since.isEmpty())
        return Text::tr("%n application(s) taken in here have not reached the office yet. They are not legally "
                        "final until the office has received them.",
            nullptr, count);
    return Text::tr("%n application(s) taken in here have not reached the office yet, the oldest since %1. They "
                    "are not legally final until the office has received them.",
        nullptr, count)
        .arg(since);
}

} // namespace

QString IntakeWarning::text() const
{
    switch (kind) {
    case IntakeWarningKind::OpenCase:
        return Text::tr("The subject already has an open case %1.").arg(caseNumber);
    case IntakeWarningKind::CodeAlreadyHeld:
        return Text::tr("The subject already holds DSN code %1 for \"%2\" (case %3): the revenue department may "
                        "refuse this line.")
            .arg(dsnCode, productName, caseNumber);
    case IntakeWarningKind::UnsentBacklog:
        return unsentText(count, since);
    }
    return {};
}

QList<IntakeWarning> intakeWarnings(const Application &application, const IntakeFacts &facts)
{
    QList<IntakeWarning> warnings;
    for (const QString &number : facts.openCases)
        warnings.append(IntakeWarning { IntakeWarningKind::OpenCase, number, {}, {}, 0, {} });
    for (const ProductLine &line : application.products) {
        const QString key = productNameKey(line.name);
        for (const IntakeFacts::HeldCode &code : facts.heldCodes) {
            if (code.productType == line.type && productNameKey(code.productName) == key) {
                warnings.append(IntakeWarning {
                    IntakeWarningKind::CodeAlreadyHeld, code.caseNumber, code.dsnCode, code.productName, 0, {} });
            }
        }
    }
    if (facts.unsentCount > 0) {
        warnings.append(
            IntakeWarning { IntakeWarningKind::UnsentBacklog, {}, {}, {}, facts.unsentCount, facts.oldestUnsent });
    }
    return warnings;
}

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
    QStringList texts;
    for (const IntakeWarning &w : intakeWarnings(application, *facts))
        texts.append(w.text());
    return texts;
}

} // namespace dsn
