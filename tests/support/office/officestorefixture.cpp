#include "officestorefixture.h"

#include "cases/applicationjson.h"

#include <QTimeZone>
#include <QUuid>

namespace officetest {

using namespace dsn;
using namespace dsn::office;

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 20), QTime(15, 5), QTimeZone(5 * 3600)).toUTC();
}

Result<void> registerBoth(OfficeStore &store)
{
    Result<QString> a = store.registerWorkstation(u"AST01"_s, Role::Operator, kCounterPlace);
    if (!a)
        return a.error();
    Result<QString> b = store.registerWorkstation(u"DGD-11-review"_s, Role::Reviewer, kDepartment);
    if (!b)
        return b.error();
    return {};
}

TaxpayerRegistration producer(const QString &taxpayerId, const QString &name)
{
    return TaxpayerRegistration { taxpayerId, name, kPetroleumProduction.toString(), kDepartment,
        QDate(2001, 1, 1), QDate() };
}

Reviewer reviewerPerson()
{
    return Reviewer { u"Серікова Айгүл Маратқызы"_s, u"aigul"_s };
}

LineDecision issue(int lineNo)
{
    return LineDecision { lineNo, true, std::nullopt, QString() };
}

LineDecision refuse(int lineNo, RefusalGround ground, const QString &text)
{
    return LineDecision { lineNo, false, ground, text };
}

DecisionRequest decisionRequest(const QList<LineDecision> &lines, const QString &key)
{
    return DecisionRequest { key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key,
        reviewerPerson(), lines };
}

Result<DecisionResult> decide(
    OfficeStore &store, const Workstation &reviewer, const QString &caseUid, const QList<LineDecision> &lines)
{
    Result<DecisionOutcome> outcome = store.decide(reviewer, caseUid, decisionRequest(lines));
    if (!outcome)
        return outcome.error();
    if (!outcome->problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, outcome->problems.first().reason,
            decisionProblemKey(outcome->problems.first().kind));
    if (outcome->keyReused)
        return makeError(ErrorCode::InvalidInput, u"idempotency key reused"_s);
    if (outcome->heldByOther.isSet())
        return makeError(ErrorCode::Conflict, u"taken by "_s + outcome->heldByOther.workstation);
    if (!outcome->result)
        return makeError(ErrorCode::Internal, u"a replayed answer"_s);
    return *outcome->result;
}

std::unique_ptr<OfficeDatabase> OfficeStoreFixture::freshDatabase(OfficeLocation *location)
{
    QFETCH(QString, backend);
    const QString url = newDatabaseUrl(backend, m_dir);
    if (url.isEmpty())
        return nullptr;
    const Result<OfficeLocation> parsed = OfficeLocation::parse(url);
    if (!parsed)
        return nullptr;
    if (location)
        *location = *parsed;
    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(*parsed);
    if (!db) {
        qWarning("open: %s %s", qPrintable(db.error().message), qPrintable(db.error().detail));
        return nullptr;
    }
    return std::move(*db);
}

PushItem OfficeStoreFixture::item(const QJsonObject &json, const QString &caseNumber, QString uid)
{
    Application app;
    const ValidationProblems problems = applicationFromJson(json, &app);
    if (!problems.isEmpty())
        qWarning("application: %s", qPrintable(problems.first().message));
    app = normalizedApplication(app);
    if (uid.isEmpty())
        uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return PushItem { uid, caseNumber, applicationContentHash(app), app, {} };
}

} // namespace officetest
