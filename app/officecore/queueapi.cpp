// The review desk's reading endpoints: GET queue (the department's cases changed after a number,
// each as it is now, for a desk that mirrors them) and GET cases/{uid}/evidence (both refusal
// grounds' evidence, shown before the decision).
#include "officecore/officeapi.h"
#include "officecore/officeapisupport.h"

#include "base/enumtable.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

using namespace api;

namespace {

// How a code's name compares with the line's (rules/productname.h), as the evidence sends it.
constexpr EnumEntry<ProductNameMatch> kMatches[] = {
    { ProductNameMatch::Same, u"exact" },
    { ProductNameMatch::LookAlike, u"look_alike" },
    { ProductNameMatch::Different, u"other" },
};

QJsonObject queueCaseJson(const QueueCase &q)
{
    QJsonObject o { { u"seq"_s, q.seq }, { u"case_uid"_s, q.caseUid }, { u"case_number"_s, q.caseNumber },
        { u"department"_s, q.department }, { u"workstation"_s, q.workstation },
        { u"received_by"_s,
            q.receivedBy.name.isEmpty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(QJsonObject { { u"name"_s, q.receivedBy.name },
                                            { u"login"_s, q.receivedBy.login } }) },
        { u"status"_s, statusKey(q.status) }, { u"registered_at"_s, apiTime(q.registeredAt) },
        { u"due_at"_s, apiTime(q.dueAt) }, { u"taken_by"_s, holderJson(q.holder) },
        { u"application"_s, q.application }, { u"lines"_s, q.lines } };
    if (!q.decisionNumber.isEmpty()) {
        o.insert(u"decision_number"_s, q.decisionNumber);
        o.insert(u"decided_at"_s, apiTime(q.decidedAt));
        o.insert(u"decided_by"_s,
            QJsonObject { { u"reviewer"_s, q.decidedBy.name }, { u"login"_s, q.decidedBy.login } });
    }
    return o;
}

QJsonValue groundJson(const std::optional<RefusalGround> &ground)
{
    return ground ? QJsonValue(refusalGroundNumber(*ground)) : QJsonValue(QJsonValue::Null);
}

} // namespace

ApiResponse OfficeApi::queue(OfficeStore &store, const Workstation &who, const ApiRequest &request)
{
    bool ok = true;
    const qint64 after
        = request.query.contains(u"after"_s) ? request.query.value(u"after"_s).toLongLong(&ok) : 0;
    if (!ok || after < 0)
        return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "after must be a sequence number")));
    const int limit = request.query.contains(u"limit"_s) ? request.query.value(u"limit"_s).toInt(&ok) : 100;
    if (!ok || limit < 1 || limit > 1000)
        return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "limit must be 1 to 1000")));
    Result<QList<QueueCase>> cases = store.queue(who, after, limit);
    if (!cases)
        return storeError(cases.error());
    QJsonArray list;
    qint64 last = after;
    for (const QueueCase &q : *cases) {
        list.append(queueCaseJson(q));
        last = q.seq;
    }
    return json(
        QJsonObject { { u"department"_s, who.place }, { u"events"_s, list }, { u"last_seq"_s, last } });
}

ApiResponse OfficeApi::evidence(OfficeStore &store, const Workstation &who, const QString &caseUid)
{
    Result<CaseEvidence> found = store.evidence(who, caseUid);
    if (!found)
        return storeError(found.error());
    const CaseEvidence &e = *found;
    QJsonArray registrations;
    for (const TaxpayerRegistration &r : e.registrations) {
        QJsonObject o = registrationJson(r, e.day);
        o.insert(u"required_activity"_s, r.activity == e.requiredActivity);
        registrations.append(o);
    }
    QJsonArray lines;
    for (const LineEvidence &l : e.lines) {
        QJsonArray codes;
        for (const HeldCode &c : l.codes) {
            codes.append(QJsonObject { { u"dsn_code"_s, c.dsnCode }, { u"name"_s, c.name },
                { u"match"_s, enumKey(kMatches, c.match) } });
        }
        lines.append(QJsonObject { { u"line_no"_s, l.lineNo }, { u"product_type"_s, l.productType },
            { u"name"_s, l.name }, { u"codes"_s, codes }, { u"ground_2_holds"_s, l.groundTwoHolds },
            { u"ground_that_holds"_s, groundJson(l.groundThatHolds) } });
    }
    const QJsonObject groundOne { { u"holds"_s, e.groundOneHolds },
        { u"required_activity"_s, e.requiredActivity },
        { u"registry_imported_at"_s,
            e.registry.importedAt.isValid() ? QJsonValue(apiTime(e.registry.importedAt)) : QJsonValue() },
        { u"registrations"_s, registrations } };
    return json(QJsonObject { { u"case_uid"_s, e.caseUid }, { u"taxpayer_id"_s, e.taxpayerId },
        { u"subject_type"_s, e.subjectType }, { u"day"_s, dateText(e.day) }, { u"ground_1"_s, groundOne },
        { u"lines"_s, lines } });
}

} // namespace dsn::office
