// The review desk's endpoints on one case: POST cases/{uid}/status, take and decision (review),
// and release (review, admin). A review workstation reaches only the cases of its department: any
// other answers 403 and nothing changes (officestore.h).
#include "officecore/officeapi.h"
#include "officecore/officeapisupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

using namespace api;

namespace {

// 409 "taken": another reviewer has the case; the answer says who.
ApiResponse takenByOther(const CaseHolder &holder)
{
    QJsonObject o { { u"error"_s, u"taken"_s },
        { u"reason"_s,
            localized(
                QT_TRANSLATE_NOOP("dsn::OfficeApi", "the case is taken by %1 (%2) at the workstation %3"))
                .arg(holder.reviewer.name, holder.reviewer.login, holder.workstation) },
        { u"taken_by"_s, holderJson(holder) } };
    return json(o, 409);
}

ApiResponse takeAnswer(const QString &caseUid, const TakeResult &r)
{
    return json(QJsonObject { { u"case_uid"_s, caseUid }, { u"status"_s, statusKey(r.status) },
        { u"taken_by"_s, holderJson(r.holder) } });
}

// The decision's key: the Idempotency-Key header or the body's "idempotency_key" (the same when
// both are given), a UUID; empty and *reason otherwise.
QString idempotencyKeyOf(const ApiRequest &request, const QJsonObject &body, QString *reason)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    const QString header = request.idempotencyKey.trimmed();
    const QString field = body.value(u"idempotency_key"_s).toString().trimmed();
    if (!header.isEmpty() && !field.isEmpty() && header.compare(field, Qt::CaseInsensitive) != 0) {
        *reason = localized(QT_TRANSLATE_NOOP(
            "dsn::OfficeApi", "the Idempotency-Key header and the body's idempotency_key differ"));
        return {};
    }
    const QString key = header.isEmpty() ? field : header;
    if (!uuid.match(key).hasMatch()) {
        *reason = localized(QT_TRANSLATE_NOOP("dsn::OfficeApi",
            "a decision needs an idempotency key, a UUID (the Idempotency-Key header or "
            "\"idempotency_key\")"));
        return {};
    }
    return key.toLower();
}

ApiResponse problemsAnswer(const QList<DecisionProblem> &problems)
{
    QJsonArray list;
    for (const DecisionProblem &p : problems) {
        QJsonObject o { { u"error"_s, decisionProblemKey(p.kind) }, { u"line_no"_s, p.lineNo },
            { u"reason"_s, p.reason } };
        if (p.ground)
            o.insert(u"refusal_ground"_s, refusalGroundNumber(*p.ground));
        if (!p.heldCode.isEmpty())
            o.insert(u"held_code"_s, p.heldCode);
        list.append(o);
    }
    QJsonObject answer = list.first().toObject();
    answer.insert(u"problems"_s, list);
    return json(answer, 422);
}

} // namespace

ApiResponse OfficeApi::status(
    OfficeStore &store, const Workstation &who, const QString &caseUid, const ApiRequest &request)
{
    QString reason;
    const std::optional<QJsonObject> body = parseObject(request.body, &reason);
    if (!body)
        return badRequest(reason);
    const QString inReview = statusKey(CaseStatus::InReview);
    if (body->value(u"status"_s).toString() != inReview)
        return badRequest(
            localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "the only status a reviewer sets is \"%1\""))
                .arg(inReview));
    if (Result<void> r = store.startReview(who, caseUid); !r)
        return storeError(r.error());
    return json(QJsonObject { { u"case_uid"_s, caseUid }, { u"status"_s, inReview } });
}

ApiResponse OfficeApi::take(
    OfficeStore &store, const Workstation &who, const QString &caseUid, const ApiRequest &request)
{
    QString reason;
    const std::optional<QJsonObject> body = parseObject(request.body, &reason);
    if (!body)
        return badRequest(reason);
    const std::optional<Reviewer> person = reviewerOf(*body, &reason);
    if (!person)
        return badRequest(reason);
    Result<TakeResult> taken = store.take(who, caseUid, *person);
    if (!taken)
        return storeError(taken.error());
    if (taken->heldByOther)
        return takenByOther(taken->holder);
    return takeAnswer(caseUid, *taken);
}

ApiResponse OfficeApi::release(OfficeStore &store, const Workstation &who, const QString &caseUid)
{
    Result<TakeResult> released = store.release(who, caseUid);
    if (!released)
        return storeError(released.error());
    return takeAnswer(caseUid, *released);
}

ApiResponse OfficeApi::decision(
    OfficeStore &store, const Workstation &who, const QString &caseUid, const ApiRequest &request)
{
    QString reason;
    const std::optional<QJsonObject> body = parseObject(request.body, &reason);
    if (!body)
        return badRequest(reason);
    DecisionRequest decision;
    decision.idempotencyKey = idempotencyKeyOf(request, *body, &reason);
    if (decision.idempotencyKey.isEmpty())
        return badRequest(reason);
    const std::optional<Reviewer> person = reviewerOf(*body, &reason);
    if (!person)
        return badRequest(reason);
    decision.reviewer = *person;
    if (!body->value(u"lines"_s).isArray())
        return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "\"lines\" must be an array")));
    for (const QJsonValue &v : body->value(u"lines"_s).toArray()) {
        const QJsonObject o = v.toObject();
        LineDecision d;
        d.lineNo = o.value(u"line_no"_s).toInt(0);
        const QString decisionKey = o.value(u"decision"_s).toString();
        if (!v.isObject() || d.lineNo < 1 || (decisionKey != u"issued"_s && decisionKey != u"refused"_s))
            return badRequest(localized(
                QT_TRANSLATE_NOOP("dsn::OfficeApi", "each line needs line_no and decision issued|refused")));
        d.issued = decisionKey == u"issued"_s;
        if (!d.issued) {
            d.refusalGround = refusalGroundFromNumber(o.value(u"refusal_ground"_s).toInt(0));
            if (!d.refusalGround)
                return badRequest(localized(
                    QT_TRANSLATE_NOOP("dsn::OfficeApi", "a refused line needs refusal_ground 1 or 2")));
            if (o.contains(u"refusal_text"_s) && !o.value(u"refusal_text"_s).isString())
                return badRequest(
                    localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "refusal_text must be a string")));
            d.refusalText = o.value(u"refusal_text"_s).toString();
            if (d.refusalText.size() > 4000)
                return badRequest(localized(
                    QT_TRANSLATE_NOOP("dsn::OfficeApi", "refusal_text holds at most 4000 characters")));
        }
        decision.lines.append(d);
    }
    Result<DecisionOutcome> decided = store.decide(who, caseUid, decision);
    if (!decided)
        return storeError(decided.error());
    if (decided->keyReused)
        return error(422, u"idempotency_key_reused"_s,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeApi",
                "this idempotency key was used for another request; a new decision needs a new key")));
    if (decided->heldByOther.isSet())
        return takenByOther(decided->heldByOther);
    if (!decided->problems.isEmpty())
        return problemsAnswer(decided->problems);
    return ApiResponse { 200, decided->answer, "application/json", {} };
}

} // namespace dsn::office
