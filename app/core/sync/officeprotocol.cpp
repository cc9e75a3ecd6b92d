#include "sync/officeprotocol.h"

#include "base/enumtable.h"
#include "base/strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

// The words of the push reply's "result", as the office sends them (officecore/officestore.h).
constexpr EnumEntry<PushResult> kPushResults[] = {
    { PushResult::Stored, u"stored" },
    { PushResult::Duplicate, u"duplicate" },
    { PushResult::Conflict, u"conflict" },
    { PushResult::Invalid, u"invalid" },
};

} // namespace

std::optional<QJsonObject> parseReplyObject(const QByteArray &body, QString *problem)
{
    const StrictJson parsed = parseStrictJson(body);
    if (!parsed.ok() || !parsed.document.isObject()) {
        *problem = u"the reply is not a JSON object"_s;
        if (!parsed.ok())
            *problem += u": "_s + parsed.error;
        return std::nullopt;
    }
    return parsed.document.object();
}

QDateTime replyTime(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

QByteArray pushBatchBody(const QList<PushItem> &items, const QJsonObject &audit)
{
    QJsonArray array;
    for (const PushItem &item : items) {
        QJsonObject o {
            { u"case_uid"_s, item.caseUid },
            { u"case_number"_s, item.caseNumber },
            { u"content_hash"_s, item.contentHash },
            { u"kind"_s, u"application"_s },
            { u"application"_s, item.application },
        };
        if (!item.receivedByName.isEmpty())
            o.insert(u"received_by"_s,
                QJsonObject { { u"name"_s, item.receivedByName }, { u"login"_s, item.receivedByLogin } });
        array.append(o);
    }
    QJsonObject root { { u"items"_s, array } };
    if (!audit.isEmpty())
        root.insert(u"audit"_s, audit);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<QList<PushItemResult>> parsePushReply(const QByteArray &body, QString *problem)
{
    const std::optional<QJsonObject> root = parseReplyObject(body, problem);
    if (!root)
        return std::nullopt;
    if (!root->value(u"results"_s).isArray()) {
        *problem = u"the reply has no \"results\" list"_s;
        return std::nullopt;
    }
    QList<PushItemResult> results;
    for (const QJsonValue &v : root->value(u"results"_s).toArray()) {
        const QJsonObject o = v.toObject();
        PushItemResult r;
        r.caseUid = o.value(u"case_uid"_s).toString();
        const std::optional<PushResult> result = enumFromKey(kPushResults, o.value(u"result"_s).toString());
        if (!result)
            continue;
        r.result = *result;
        if (r.caseUid.isEmpty()) {
            *problem = u"a result without case_uid"_s;
            return std::nullopt;
        }
        r.registeredAt = replyTime(o.value(u"registered_at"_s));
        r.dueAt = replyTime(o.value(u"due_at"_s));
        r.reason = o.value(u"reason"_s).toString();
        results.append(r);
    }
    return results;
}

std::optional<UpdatesPage> parseUpdatesReply(const QByteArray &body, QString *problem)
{
    const std::optional<QJsonObject> root = parseReplyObject(body, problem);
    if (!root)
        return std::nullopt;
    if (!root->value(u"events"_s).isArray()) {
        *problem = u"the reply has no \"events\" list"_s;
        return std::nullopt;
    }
    UpdatesPage page;
    for (const QJsonValue &v : root->value(u"events"_s).toArray()) {
        const QJsonObject o = v.toObject();
        UpdateEvent e;
        e.seq = o.value(u"seq"_s).toInteger(-1);
        e.caseUid = o.value(u"case_uid"_s).toString();
        e.caseNumber = o.value(u"case_number"_s).toString();
        e.status = o.value(u"status"_s).toString();
        e.at = replyTime(o.value(u"at"_s));
        e.decisionNumber = o.value(u"decision_number"_s).toString();
        e.decidedAt = replyTime(o.value(u"decided_at"_s));
        e.reviewerName = o.value(u"reviewer"_s).toObject().value(u"name"_s).toString();
        if (e.seq < 1 || e.caseUid.isEmpty()) {
            *problem = u"an event without seq or case_uid"_s;
            return std::nullopt;
        }
        for (const QJsonValue &lv : o.value(u"lines"_s).toArray()) {
            const QJsonObject l = lv.toObject();
            UpdateLine line;
            line.lineNo = l.value(u"line_no"_s).toInt();
            line.decision = l.value(u"decision"_s).toString();
            line.dsnCode = l.value(u"dsn_code"_s).toString();
            if (l.value(u"refusal_ground"_s).isDouble())
                line.refusalGround = l.value(u"refusal_ground"_s).toInt();
            line.refusalText = l.value(u"refusal_text"_s).toString();
            line.heldCode = l.value(u"held_code"_s).toString();
            if (line.lineNo < 1
                || (!line.decision.isEmpty() && line.decision != u"issued" && line.decision != u"refused")) {
                *problem = u"a line of event %1 is not valid"_s.arg(e.seq);
                return std::nullopt;
            }
            e.lines.append(line);
        }
        page.lastSeq = std::max(page.lastSeq, e.seq);
        page.events.append(e);
    }
    // With events, the last of them is where the next page starts (a last_seq beyond them could
    // skip events a limit left out); without, the office's own last_seq.
    if (page.events.isEmpty())
        page.lastSeq = std::max<qint64>(0, root->value(u"last_seq"_s).toInteger(0));
    return page;
}

std::optional<qint64> anchoredSeqOf(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue v = o.contains(u"anchored_seq"_s)
        ? o.value(u"anchored_seq"_s)
        : o.value(u"audit"_s).toObject().value(u"anchored_seq"_s);
    const qint64 seq = v.toInteger(-1);
    if (!v.isDouble() || seq < 0)
        return std::nullopt;
    return seq;
}

QString errorReplyCode(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"error"_s).toString();
}

QString errorReplyReason(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString reason = o.value(u"reason"_s).toString();
    if (!reason.isEmpty())
        return reason;
    const QString code = o.value(u"error"_s).toString();
    if (!code.isEmpty())
        return code;
    return QString::fromUtf8(body.left(200)).simplified();
}

} // namespace dsn
