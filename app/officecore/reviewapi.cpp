// The reviewers' and administrators' endpoints: POST cases/{uid}/status and cases/{uid}/decision
// (review), POST taxpayers/import (admin), GET monitoring/events (admin, review).
#include "officecore/officeapi.h"
#include "officecore/officeapisupport.h"

#include "base/csv.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

using namespace api;

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

ApiResponse OfficeApi::decision(
    OfficeStore &store, const Workstation &who, const QString &caseUid, const ApiRequest &request)
{
    QString reason;
    const std::optional<QJsonObject> body = parseObject(request.body, &reason);
    if (!body)
        return badRequest(reason);
    if (!body->value(u"lines"_s).isArray())
        return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "\"lines\" must be an array")));
    QList<LineDecision> lines;
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
            d.refusalText = o.value(u"refusal_text"_s).toString();
        }
        lines.append(d);
    }
    Result<DecisionResult> decided = store.decide(who, caseUid, lines);
    if (!decided)
        return storeError(decided.error());
    QJsonArray out;
    for (const DecidedLine &l : decided->lines) {
        QJsonObject o { { u"line_no"_s, l.lineNo }, { u"decision"_s, l.decision } };
        if (!l.dsnCode.isEmpty())
            o.insert(u"dsn_code"_s, l.dsnCode);
        if (l.refusalGround) {
            o.insert(u"refusal_ground"_s, refusalGroundNumber(*l.refusalGround));
            o.insert(u"refusal_text"_s, l.refusalText);
        }
        out.append(o);
    }
    return json(QJsonObject {
        { u"case_uid"_s, caseUid }, { u"status"_s, statusKey(decided->status) }, { u"lines"_s, out } });
}

ApiResponse OfficeApi::importTaxpayers(OfficeStore &store, const ApiRequest &request)
{
    const TaxpayerCsv csv = parseTaxpayerCsv(QString::fromUtf8(request.body));
    if (!csv.ok()) {
        ApiResponse r = error(422, u"invalid"_s, csv.problems.first());
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        o.insert(u"problems"_s, QJsonArray::fromStringList(csv.problems));
        return json(o, 422);
    }
    Result<int> imported = store.importTaxpayers(csv.rows);
    if (!imported)
        return storeError(imported.error());
    return json(QJsonObject { { u"imported"_s, *imported } });
}

ApiResponse OfficeApi::monitoring(OfficeStore &store, const ApiRequest &request)
{
    const QString format = request.query.value(u"format"_s, u"json"_s);
    if (format != u"json"_s && format != u"csv"_s)
        return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "format must be csv or json")));
    QDate from;
    QDate to;
    if (request.query.contains(u"from"_s)) {
        from = QDate::fromString(request.query.value(u"from"_s), Qt::ISODate);
        if (!from.isValid())
            return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "from must be YYYY-MM-DD")));
    }
    if (request.query.contains(u"to"_s)) {
        to = QDate::fromString(request.query.value(u"to"_s), Qt::ISODate);
        if (!to.isValid())
            return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "to must be YYYY-MM-DD")));
    }
    Result<QList<CaseEvent>> events = store.events(from, to);
    if (!events)
        return storeError(events.error());
    if (format == u"csv"_s) {
        QString text = csv::formatRow({ u"seq"_s, u"case_uid"_s, u"case_number"_s, u"workstation"_s,
            u"status"_s, u"at"_s, u"actor"_s, u"lines"_s });
        text += u"\r\n"_s;
        for (const CaseEvent &e : *events) {
            text += csv::formatRow({ QString::number(e.seq), e.caseUid, e.caseNumber, e.workstation,
                statusKey(e.status), apiTime(e.at), e.actor,
                QString::fromUtf8(QJsonDocument(e.lines).toJson(QJsonDocument::Compact)) });
            text += u"\r\n"_s;
        }
        return ApiResponse { 200, text.toUtf8(), "text/csv; charset=utf-8" };
    }
    QJsonArray list;
    for (const CaseEvent &e : *events) {
        QJsonObject o = eventJson(e);
        o.insert(u"workstation"_s, e.workstation);
        o.insert(u"actor"_s, e.actor);
        list.append(o);
    }
    return json(QJsonObject { { u"events"_s, list } });
}

} // namespace dsn::office
