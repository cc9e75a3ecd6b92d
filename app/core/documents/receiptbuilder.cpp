#include "documents/receiptbuilder.h"

#include "calendar/deadlines.h"
#include "reference/referencedata.h"
#include "settings/settings.h"
#include "store/database.h"
#include "users/userrows.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn::receiptbuilder {

Result<ReceiptContext> context(const Database &database, const CaseRecord &record, Language language)
{
    const QSqlDatabase db = database.connection();
    ReceiptContext c;

    Result<QString> branch = readSetting(db, branchNameSetting(language));
    if (!branch)
        return branch.error();
    c.branchName = !branch->isEmpty() ? *branch : record.officeCode;
    if (c.branchName.isEmpty()) {
        // A case taken on behalf of the counter by the system names no office: the workstation.
        Result<QString> workstation = readSetting(db, Setting::WorkstationCode);
        if (!workstation)
            return workstation.error();
        c.branchName = *workstation;
    }

    Result<QString> collect = readSetting(db, collectAtSetting(language));
    if (!collect)
        return collect.error();
    c.collectAt = collect->isEmpty() ? c.branchName : *collect;

    if (record.receivedBy) {
        Result<std::optional<User>> user = userOnConnection(db, *record.receivedBy);
        if (!user)
            return user.error();
        if (user->has_value())
            c.operatorName = (*user)->fullName;
    }
    return c;
}

ReceiptData build(const CaseRecord &record, const ReferenceData &reference, const WorkingCalendar &calendar,
    Language language, const ReceiptContext &context)
{
    const Application &a = record.application;
    ReceiptData d;
    d.caseNumber = record.caseNumber;
    d.acceptedAt = a.receivedAt;
    d.operatorName = context.operatorName.isEmpty() ? record.receivedByDisplayName() : context.operatorName;
    d.branchName = context.branchName;
    d.collectAt = context.collectAt;
    d.taxpayerName = a.taxpayerName;
    d.taxpayerId = a.taxpayerId;
    if (const Department *department = reference.department(a.departmentCode))
        d.departmentName = department->name.in(language);
    else
        d.departmentName = a.departmentCode;
    for (const ProductLine &line : a.products) {
        const ProductType *type = reference.productType(line.type);
        d.products.append(ReceiptProduct {
            type ? type->name.in(language) : QString::number(line.type), line.name, line.spec });
    }
    d.dueAt = record.dueAt.isValid() ? record.dueAt
                                     : serviceTerm(calendar, a.receivedAt, Office::StateCorporation).due;
    return d;
}

PreparedDocument prepare(const Database &database, const CaseRecord &record, const ReferenceData &reference,
    const WorkingCalendar &calendar, Language language)
{
    Result<ReceiptContext> c = context(database, record, language);
    if (!c)
        return PreparedDocument::failure(QLatin1StringView(receipt::kind), language, c.error().message);
    return receipt::prepare(build(record, reference, calendar, language, *c), language);
}

} // namespace dsn::receiptbuilder
