// The counter workstations' endpoints: POST applications (a batch of outbox items), GET updates
// (the stages of their cases), and the audit anchors that every push and the first pull carry
// (GET audit/anchors).
#include "officecore/officeapi.h"
#include "officecore/officeapisupport.h"

#include "cases/applicationjson.h"
#include "cases/casenumber.h"
#include "reference/referencedata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

using namespace api;

namespace {

constexpr int kMaxBatchItems = 500;

// The refusal of a workstation whose audit trail no longer extends its anchors: sync stays
// refused until an office administrator accepts the alert (the reason says what was found).
ApiResponse auditBroken(const QString &reason)
{
    return OfficeApi::error(409, kAuditChainBroken, reason);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return pattern.match(text).hasMatch();
}

bool isHash(const QString &text)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{64}$"_s);
    return pattern.match(text).hasMatch();
}

// The counter clerk who took the application in: an item's optional "received_by", outside the
// application so that its content hash stays the application's. False when it is there but not
// {"name": 1-200 characters, "login": 0-200}, without control characters.
bool readReceivedBy(const QJsonObject &item, Reviewer *receivedBy)
{
    const QJsonValue value = item.value(u"received_by"_s);
    if (value.isUndefined() || value.isNull())
        return true;
    const QJsonObject o = value.toObject();
    if (!value.isObject() || !o.value(u"name"_s).isString()
        || !(o.value(u"login"_s).isString() || o.value(u"login"_s).isUndefined()))
        return false;
    receivedBy->name = o.value(u"name"_s).toString().simplified();
    receivedBy->login = o.value(u"login"_s).toString().trimmed();
    return !receivedBy->name.isEmpty() && receivedBy->name.size() <= 200 && receivedBy->login.size() <= 200
        && !hasControlCharacters(receivedBy->name) && !hasControlCharacters(receivedBy->login);
}

} // namespace

ApiResponse OfficeApi::push(OfficeStore &store, const Workstation &who, const ApiRequest &request)
{
    QString reason;
    const std::optional<QJsonObject> body = parseObject(request.body, &reason);
    if (!body)
        return badRequest(reason);
    const QJsonValue itemsValue = body->value(u"items"_s);
    if (!itemsValue.isArray())
        return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "\"items\" must be an array")));
    const QJsonArray items = itemsValue.toArray();
    if (items.size() > kMaxBatchItems)
        return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "at most %1 items in one batch"))
                              .arg(kMaxBatchItems));

    // Every item is read first: a structural problem anywhere refuses the whole batch unchanged.
    struct Read
    {
        PushItem item;
        ValidationProblems problems;
    };
    QList<Read> read;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const QString where = u"items[%1]"_s.arg(i);
        if (!items.at(i).isObject())
            return badRequest(
                localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "%1 is not an object")).arg(where));
        Read r;
        r.item.caseUid = o.value(u"case_uid"_s).toString().toLower();
        r.item.caseNumber = o.value(u"case_number"_s).toString();
        r.item.contentHash = o.value(u"content_hash"_s).toString();
        if (!isUuid(r.item.caseUid))
            return badRequest(
                localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "%1.case_uid is not a UUID")).arg(where));
        if (r.item.caseNumber.isEmpty() || r.item.caseNumber.size() > 64)
            return badRequest(
                localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "%1.case_number is missing")).arg(where));
        if (!isHash(r.item.contentHash))
            return badRequest(localized(
                QT_TRANSLATE_NOOP("dsn::OfficeApi", "%1.content_hash is not 64 lower-case hex digits"))
                                  .arg(where));
        if (o.value(u"kind"_s).toString() != u"application"_s)
            return badRequest(
                localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "%1.kind must be \"application\"")).arg(where));
        if (!o.value(u"application"_s).isObject())
            return badRequest(
                localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "%1.application is not an object")).arg(where));
        if (!readReceivedBy(o, &r.item.receivedBy))
            return badRequest(localized(
                QT_TRANSLATE_NOOP("dsn::OfficeApi",
                    "%1.received_by must be {\"name\": the full name, 1 to 200 characters, \"login\"}"))
                                  .arg(where));
        // One workstation cannot speak for another: only its own case numbers (casenumber.h).
        if (const QString refusal = caseNumberRefusal(r.item.caseNumber, who.name); !refusal.isEmpty())
            r.problems.append(ValidationProblem { u"case_number"_s, refusal });
        Application app;
        if (r.problems.isEmpty())
            r.problems = applicationFromJson(o.value(u"application"_s).toObject(), &app);
        if (r.problems.isEmpty())
            r.problems = validateApplication(app, ReferenceData::embedded(), QDateTime::currentDateTimeUtc());
        r.item.application = normalizedApplication(app);
        read.append(r);
    }

    // The audit head the push carries: the chain must extend what the office anchored before
    // anything of the batch is stored (auditanchors.cpp).
    std::optional<AuditReport> audit;
    if (body->contains(u"audit"_s)) {
        if (!body->value(u"audit"_s).isObject())
            return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "\"audit\" must be an object")));
        audit = auditReportFromJson(body->value(u"audit"_s).toObject(), &reason);
        if (!audit)
            return badRequest(reason);
    }
    qint64 anchoredSeq = 0;
    if (std::optional<ApiResponse> refused = checkAudit(store, who, audit, &anchoredSeq))
        return *refused;
    QJsonArray results;
    for (const Read &r : read) {
        if (!r.problems.isEmpty()) {
            // Not stored: the application itself is not valid (reported per item).
            QStringList reasons;
            for (const ValidationProblem &p : r.problems)
                reasons.append(p.field + u": "_s + p.message);
            results.append(QJsonObject { { u"case_uid"_s, r.item.caseUid }, { u"result"_s, u"invalid"_s },
                { u"reason"_s, reasons.join(u"; "_s) } });
            continue;
        }
        Result<PushResult> pushed = store.push(who, r.item);
        if (!pushed)
            return storeError(pushed.error());
        QJsonObject o { { u"case_uid"_s, pushed->caseUid },
            { u"result"_s, pushOutcomeKey(pushed->outcome) } };
        if (pushed->registeredAt.isValid()) {
            o.insert(u"registered_at"_s, apiTime(pushed->registeredAt));
            o.insert(u"due_at"_s, apiTime(pushed->dueAt));
        }
        if (!pushed->reason.isEmpty())
            o.insert(u"reason"_s, pushed->reason);
        results.append(o);
    }
    return json(QJsonObject {
        { u"results"_s, results }, { u"audit"_s, QJsonObject { { u"anchored_seq"_s, anchoredSeq } } } });
}

ApiResponse OfficeApi::updates(OfficeStore &store, const Workstation &who, const ApiRequest &request)
{
    bool ok = true;
    const qint64 after
        = request.query.contains(u"after"_s) ? request.query.value(u"after"_s).toLongLong(&ok) : 0;
    if (!ok || after < 0)
        return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "after must be a sequence number")));
    const int limit = request.query.contains(u"limit"_s) ? request.query.value(u"limit"_s).toInt(&ok) : 100;
    if (!ok || limit < 1 || limit > 1000)
        return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "limit must be 1 to 1000")));
    // A pull may carry the audit head too (the query item "audit", the same JSON as a push's):
    // then it is checked and anchored the same way. Without it, only an open alert refuses.
    qint64 anchoredSeq = 0;
    if (request.query.contains(u"audit"_s)) {
        QString reason;
        const std::optional<QJsonObject> object
            = parseObject(request.query.value(u"audit"_s).toUtf8(), &reason);
        const std::optional<AuditReport> audit
            = object ? auditReportFromJson(*object, &reason) : std::nullopt;
        if (!audit)
            return badRequest(u"audit: "_s + reason);
        if (std::optional<ApiResponse> refused = checkAudit(store, who, audit, &anchoredSeq))
            return *refused;
    } else {
        Result<std::optional<AuditAlert>> alert = store.openAuditAlert(who.name);
        if (!alert)
            return storeError(alert.error());
        if (alert->has_value())
            return auditBroken((*alert)->reason);
    }
    Result<QList<CaseEvent>> events = store.updates(who, after, limit);
    if (!events)
        return storeError(events.error());
    QJsonArray list;
    qint64 last = after;
    for (const CaseEvent &e : *events) {
        list.append(eventJson(e));
        last = e.seq;
    }
    QJsonObject o { { u"events"_s, list }, { u"last_seq"_s, last } };
    if (request.query.contains(u"audit"_s))
        o.insert(u"audit"_s, QJsonObject { { u"anchored_seq"_s, anchoredSeq } });
    return json(o);
}

std::optional<ApiResponse> OfficeApi::checkAudit(
    OfficeStore &store, const Workstation &who, const std::optional<AuditReport> &report, qint64 *anchoredSeq)
{
    Result<AuditCheckResult> anchored = store.checkAuditHead(who, report);
    if (!anchored)
        return storeError(anchored.error());
    *anchoredSeq = anchored->anchoredSeq;
    if (anchored->outcome == AuditCheck::Broken)
        return auditBroken(anchored->reason);
    if (anchored->outcome == AuditCheck::AnchorRequired) {
        ApiResponse r = error(409, kAuditAnchorRequired,
            localized(
                QT_TRANSLATE_NOOP("dsn::OfficeApi",
                    "the request must carry the audit trail's hash at the office's last anchor, entry %1"))
                .arg(anchored->anchoredSeq));
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        o.insert(u"anchored_seq"_s, anchored->anchoredSeq);
        return json(o, 409);
    }
    return std::nullopt;
}

ApiResponse OfficeApi::anchors(OfficeStore &store, const Workstation &who)
{
    Result<QList<AuditAnchor>> anchors = store.auditAnchors(who.name);
    if (!anchors)
        return storeError(anchors.error());
    Result<std::optional<AuditAlert>> alert = store.openAuditAlert(who.name);
    if (!alert)
        return storeError(alert.error());
    QJsonArray list;
    for (const AuditAnchor &a : *anchors)
        list.append(QJsonObject { { u"seq"_s, a.seq }, { u"hash"_s, a.hash }, { u"at"_s, apiTime(a.at) } });
    QJsonObject o { { u"workstation"_s, who.name }, { u"anchors"_s, list } };
    if (alert->has_value()) {
        o.insert(u"alert"_s,
            QJsonObject {
                { u"raised_at"_s, apiTime((*alert)->raisedAt) }, { u"reason"_s, (*alert)->reason } });
    }
    return json(o);
}

} // namespace dsn::office
