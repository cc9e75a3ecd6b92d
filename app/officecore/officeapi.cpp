#include "officecore/officeapi.h"

#include "calendar/schedule.h"
#include "cases/applicationjson.h"
#include "cases/casenumber.h"
#include "reference/referencedata.h"
#include "base/csv.h"
#include "base/strictjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("dsn::OfficeApi", text);
}

constexpr int kMaxBatchItems = 500;

QString apiTime(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(kazakhstanTimeZone()).toString(Qt::ISODateWithMs) : QString();
}

ApiResponse json(const QJsonObject &object, int status = 200)
{
    return ApiResponse { status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json" };
}

ApiResponse badRequest(const QString &reason)
{
    return OfficeApi::error(400, u"bad_request"_s, reason);
}

// A store error as a response: the clerk's message as the reason, the detail only in the log.
ApiResponse storeError(const Error &e)
{
    switch (e.code) {
    case ErrorCode::NotFound:
        return OfficeApi::error(404, u"not_found"_s, e.message);
    case ErrorCode::Conflict:
        return OfficeApi::error(409, u"conflict"_s, e.message);
    case ErrorCode::InvalidInput:
        return OfficeApi::error(422, u"invalid"_s, e.message);
    case ErrorCode::PermissionDenied:
        return OfficeApi::error(403, u"forbidden"_s, e.message);
    case ErrorCode::Busy:
        return OfficeApi::error(503, u"busy"_s, e.message);
    default:
        qWarning("dsn-office: %s", qPrintable(e.detail));
        return OfficeApi::error(500, u"internal"_s, e.message);
    }
}

// The refusal of a workstation whose audit trail no longer extends its anchors: sync stays
// refused until an office administrator accepts the alert (the reason says what was found).
ApiResponse auditBroken(const QString &reason)
{
    return OfficeApi::error(409, kAuditChainBroken, reason);
}

// Every request body: valid JSON with no key twice in one object (base/strictjson.h).
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *reason)
{
    const StrictJson parsed = parseStrictJson(body);
    if (!parsed.ok()) {
        *reason = parsed.error;
        return std::nullopt;
    }
    const QJsonDocument &doc = parsed.document;
    if (!doc.isObject()) {
        *reason = translate("the body must be a JSON object");
        return std::nullopt;
    }
    return doc.object();
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

QJsonObject eventJson(const CaseEvent &e)
{
    return QJsonObject { { u"seq"_s, e.seq }, { u"case_uid"_s, e.caseUid },
        { u"case_number"_s, e.caseNumber }, { u"status"_s, statusKey(e.status) }, { u"at"_s, apiTime(e.at) },
        { u"lines"_s, e.lines } };
}

// The calling worker thread's connection and store.
struct ThreadStore
{
    std::unique_ptr<OfficeDatabase> db;
    std::unique_ptr<OfficeStore> store;
};
thread_local ThreadStore t_store;

} // namespace

OfficeApi::OfficeApi(OfficeLocation location)
    : m_location(std::move(location))
{
}

ApiResponse OfficeApi::error(int status, const QString &code, const QString &reason)
{
    return json(QJsonObject { { u"error"_s, code }, { u"reason"_s, reason } }, status);
}

OfficeStore *OfficeApi::threadStore(ApiResponse *failure)
{
    ThreadStore &local = t_store;
    if (local.store && local.db->connection().isOpen())
        return local.store.get();
    local.store.reset();
    local.db.reset();
    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(m_location, false);
    if (!db) {
        qWarning("dsn-office: %s (%s)", qPrintable(db.error().message), qPrintable(db.error().detail));
        *failure = error(503, u"unavailable"_s, db.error().message);
        return nullptr;
    }
    local.db = std::move(*db);
    local.store = std::make_unique<OfficeStore>(*local.db);
    return local.store.get();
}

ApiResponse OfficeApi::handle(const ApiRequest &request)
{
    ApiResponse response = route(request);
    // A server-side failure may mean a lost connection (a restarted PostgreSQL): the next
    // request of this thread opens a new one.
    if (response.status >= 500) {
        t_store.store.reset();
        t_store.db.reset();
    }
    return response;
}

std::optional<ApiResponse> OfficeApi::refuseUnauthenticated(const ApiRequest &head)
{
    if (head.path == u"/api/v1/health"_s && head.method == u"GET"_s)
        return std::nullopt;
    static const QString bearer = u"Bearer "_s;
    if (!head.authorization.startsWith(bearer))
        return error(401, u"unauthorized"_s, translate("a bearer token is required"));
    ApiResponse failure;
    OfficeStore *store = threadStore(&failure);
    if (!store)
        return failure;
    Result<std::optional<Workstation>> who
        = store->authenticate(head.authorization.mid(bearer.size()).trimmed());
    if (!who) {
        ApiResponse refused = storeError(who.error());
        if (refused.status >= 500) {
            t_store.store.reset();
            t_store.db.reset();
        }
        return refused;
    }
    if (!who->has_value())
        return error(401, u"unauthorized"_s, translate("unknown or revoked token"));
    return std::nullopt;
}

ApiResponse OfficeApi::route(const ApiRequest &request)
{
    static const QString prefix = u"/api/v1/"_s;
    if (!request.path.startsWith(prefix))
        return error(404, u"not_found"_s, translate("no such resource"));
    const QStringList parts = request.path.mid(prefix.size()).split(u'/');
    const bool get = request.method == u"GET"_s;
    const bool post = request.method == u"POST"_s;
    if (!get && !post)
        return error(405, u"method_not_allowed"_s, translate("use GET or POST"));

    ApiResponse failure;
    if (parts == QStringList { u"health"_s }) {
        if (!get)
            return error(405, u"method_not_allowed"_s, translate("use GET"));
        OfficeStore *store = threadStore(&failure);
        if (!store)
            return failure;
        return json(
            QJsonObject { { u"status"_s, u"ok"_s }, { u"schema"_s, store->database().schemaVersion() } });
    }

    // Which role the resource needs; unknown resources are 404 before authentication is looked at.
    QList<Role> roles;
    QString caseUid;
    enum class Route { Push, Updates, Anchors, Status, Decision, Import, Monitoring } route;
    if (parts == QStringList { u"applications"_s } && post) {
        route = Route::Push;
        roles = { Role::Operator };
    } else if (parts == QStringList { u"updates"_s } && get) {
        route = Route::Updates;
        roles = { Role::Operator };
    } else if (parts == QStringList { u"audit"_s, u"anchors"_s } && get) {
        route = Route::Anchors;
        roles = { Role::Operator };
    } else if (parts.size() == 3 && parts.at(0) == u"cases"_s && parts.at(2) == u"status"_s && post) {
        route = Route::Status;
        roles = { Role::Reviewer };
        caseUid = parts.at(1).toLower();
    } else if (parts.size() == 3 && parts.at(0) == u"cases"_s && parts.at(2) == u"decision"_s && post) {
        route = Route::Decision;
        roles = { Role::Reviewer };
        caseUid = parts.at(1).toLower();
    } else if (parts == QStringList { u"taxpayers"_s, u"import"_s } && post) {
        route = Route::Import;
        roles = { Role::Administrator };
    } else if (parts == QStringList { u"monitoring"_s, u"events"_s } && get) {
        route = Route::Monitoring;
        roles = { Role::Administrator, Role::Reviewer };
    } else {
        return error(404, u"not_found"_s, translate("no such resource"));
    }

    static const QString bearer = u"Bearer "_s;
    if (!request.authorization.startsWith(bearer))
        return error(401, u"unauthorized"_s, translate("a bearer token is required"));
    OfficeStore *store = threadStore(&failure);
    if (!store)
        return failure;
    Result<std::optional<Workstation>> who
        = store->authenticate(request.authorization.mid(bearer.size()).trimmed());
    if (!who)
        return storeError(who.error());
    if (!who->has_value())
        return error(401, u"unauthorized"_s, translate("unknown or revoked token"));
    const Workstation &workstation = **who;
    if (!roles.contains(workstation.role))
        return error(403, u"forbidden"_s, translate("this workstation's role may not use this resource"));

    switch (route) {
    case Route::Push:
        return push(*store, workstation, request);
    case Route::Updates:
        return updates(*store, workstation, request);
    case Route::Anchors:
        return anchors(*store, workstation);
    case Route::Status:
        return status(*store, workstation, caseUid, request);
    case Route::Decision:
        return decision(*store, workstation, caseUid, request);
    case Route::Import:
        return importTaxpayers(*store, request);
    case Route::Monitoring:
        return monitoring(*store, request);
    }
    return error(500, u"internal"_s, QString());
}

ApiResponse OfficeApi::push(OfficeStore &store, const Workstation &who, const ApiRequest &request)
{
    QString reason;
    const std::optional<QJsonObject> body = parseObject(request.body, &reason);
    if (!body)
        return badRequest(reason);
    const QJsonValue itemsValue = body->value(u"items"_s);
    if (!itemsValue.isArray())
        return badRequest(translate("\"items\" must be an array"));
    const QJsonArray items = itemsValue.toArray();
    if (items.size() > kMaxBatchItems)
        return badRequest(translate("at most %1 items in one batch").arg(kMaxBatchItems));

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
            return badRequest(translate("%1 is not an object").arg(where));
        Read r;
        r.item.caseUid = o.value(u"case_uid"_s).toString().toLower();
        r.item.caseNumber = o.value(u"case_number"_s).toString();
        r.item.contentHash = o.value(u"content_hash"_s).toString();
        if (!isUuid(r.item.caseUid))
            return badRequest(translate("%1.case_uid is not a UUID").arg(where));
        if (r.item.caseNumber.isEmpty() || r.item.caseNumber.size() > 64)
            return badRequest(translate("%1.case_number is missing").arg(where));
        if (!isHash(r.item.contentHash))
            return badRequest(translate("%1.content_hash is not 64 lower-case hex digits").arg(where));
        if (o.value(u"kind"_s).toString() != u"application"_s)
            return badRequest(translate("%1.kind must be \"application\"").arg(where));
        if (!o.value(u"application"_s).isObject())
            return badRequest(translate("%1.application is not an object").arg(where));
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
            return badRequest(translate("\"audit\" must be an object"));
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
        return badRequest(translate("after must be a sequence number"));
    const int limit = request.query.contains(u"limit"_s) ? request.query.value(u"limit"_s).toInt(&ok) : 100;
    if (!ok || limit < 1 || limit > 1000)
        return badRequest(translate("limit must be 1 to 1000"));
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
            translate("the request must carry the audit trail's hash at the office's last anchor, entry %1")
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

ApiResponse OfficeApi::status(
    OfficeStore &store, const Workstation &who, const QString &caseUid, const ApiRequest &request)
{
    QString reason;
    const std::optional<QJsonObject> body = parseObject(request.body, &reason);
    if (!body)
        return badRequest(reason);
    const QString inReview = statusKey(CaseStatus::InReview);
    if (body->value(u"status"_s).toString() != inReview)
        return badRequest(translate("the only status a reviewer sets is \"%1\"").arg(inReview));
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
        return badRequest(translate("\"lines\" must be an array"));
    QList<LineDecision> lines;
    for (const QJsonValue &v : body->value(u"lines"_s).toArray()) {
        const QJsonObject o = v.toObject();
        LineDecision d;
        d.lineNo = o.value(u"line_no"_s).toInt(0);
        const QString decisionKey = o.value(u"decision"_s).toString();
        if (!v.isObject() || d.lineNo < 1 || (decisionKey != u"issued"_s && decisionKey != u"refused"_s))
            return badRequest(translate("each line needs line_no and decision issued|refused"));
        d.issued = decisionKey == u"issued"_s;
        if (!d.issued) {
            d.refusalGround = refusalGroundFromNumber(o.value(u"refusal_ground"_s).toInt(0));
            if (!d.refusalGround)
                return badRequest(translate("a refused line needs refusal_ground 1 or 2"));
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
    return json(
        QJsonObject { { u"case_uid"_s, caseUid }, { u"status"_s, statusKey(decided->status) }, { u"lines"_s, out } });
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
        return badRequest(translate("format must be csv or json"));
    QDate from;
    QDate to;
    if (request.query.contains(u"from"_s)) {
        from = QDate::fromString(request.query.value(u"from"_s), Qt::ISODate);
        if (!from.isValid())
            return badRequest(translate("from must be YYYY-MM-DD"));
    }
    if (request.query.contains(u"to"_s)) {
        to = QDate::fromString(request.query.value(u"to"_s), Qt::ISODate);
        if (!to.isValid())
            return badRequest(translate("to must be YYYY-MM-DD"));
    }
    Result<QList<CaseEvent>> events = store.events(from, to);
    if (!events)
        return storeError(events.error());
    if (format == u"csv"_s) {
        QString text = csv::formatRow({ u"seq"_s, u"case_uid"_s, u"case_number"_s, u"workstation"_s,
            u"status"_s, u"at"_s, u"actor"_s, u"lines"_s });
        text += u"\r\n"_s;
        for (const CaseEvent &e : *events) {
            text += csv::formatRow(
                { QString::number(e.seq), e.caseUid, e.caseNumber, e.workstation, statusKey(e.status), apiTime(e.at),
                    e.actor, QString::fromUtf8(QJsonDocument(e.lines).toJson(QJsonDocument::Compact)) });
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
