#include "sync/queueprotocol.h"

#include "cases/applicationjson.h"
#include "sync/officeprotocol.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

// Each line's outcome; false when a line is not valid.
bool readLines(const QJsonArray &array, QList<CaseLine> *lines)
{
    for (const QJsonValue &lv : array) {
        const QJsonObject l = lv.toObject();
        CaseLine line;
        line.lineNo = l.value(u"line_no"_s).toInt();
        line.decision = l.value(u"decision"_s).toString();
        line.dsnCode = l.value(u"dsn_code"_s).toString();
        if (l.value(u"refusal_ground"_s).isDouble())
            line.refusalGround = l.value(u"refusal_ground"_s).toInt();
        line.refusalText = l.value(u"refusal_text"_s).toString();
        line.heldCode = l.value(u"held_code"_s).toString();
        if (line.lineNo < 1
            || (!line.decision.isEmpty() && line.decision != u"issued"_s && line.decision != u"refused"_s)
            || (line.decision == u"issued"_s && line.dsnCode.isEmpty()))
            return false;
        if (!line.decision.isEmpty())
            lines->append(line);
    }
    return true;
}

} // namespace

std::optional<QueuePage> parseQueueReply(const QByteArray &body, QString *problem)
{
    const std::optional<QJsonObject> root = parseReplyObject(body, problem);
    if (!root)
        return std::nullopt;
    if (!root->value(u"events"_s).isArray()) {
        *problem = u"the reply has no \"events\" list"_s;
        return std::nullopt;
    }
    QueuePage page;
    for (const QJsonValue &v : root->value(u"events"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const qint64 seq = o.value(u"seq"_s).toInteger(-1);
        MirroredCase m;
        m.uid = o.value(u"case_uid"_s).toString();
        m.caseNumber = o.value(u"case_number"_s).toString();
        const std::optional<CaseStatus> status = statusFromKey(o.value(u"status"_s).toString());
        if (seq < 1 || m.uid.isEmpty() || m.caseNumber.isEmpty() || !status) {
            *problem = u"a queue event without seq, case_uid, case_number or a known status"_s;
            return std::nullopt;
        }
        m.status = *status;
        // The counter that took it in: the first part of its case number, unless the office names it.
        m.workstation = o.value(u"workstation"_s).toString(m.caseNumber.section(u'-', 0, 0));
        // The counter clerk who took it in, when the counter said ({"name", "login"} or null);
        // else an empty name (not a null one: the store keeps a name, empty or not).
        m.receivedByName = o.value(u"received_by"_s).toObject().value(u"name"_s).toString(u""_s);
        m.contentHash = o.value(u"content_hash"_s).toString();
        m.registeredAt = replyTime(o.value(u"registered_at"_s));
        m.dueAt = replyTime(o.value(u"due_at"_s));
        if (!o.value(u"application"_s).isObject()) {
            *problem = u"queue event %1 has no application"_s.arg(seq);
            return std::nullopt;
        }
        if (const ValidationProblems p
            = applicationFromJson(o.value(u"application"_s).toObject(), &m.application);
            !p.isEmpty()) {
            *problem = u"the application of queue event %1 cannot be read: %2 %3"_s.arg(seq).arg(
                p.first().field, p.first().message);
            return std::nullopt;
        }
        const QJsonObject holder = o.value(u"taken_by"_s).toObject();
        m.takenByName = holder.value(u"reviewer"_s).toString();
        m.takenByLogin = holder.value(u"login"_s).toString();
        m.takenAt = replyTime(holder.value(u"since"_s));
        m.decisionNumber = o.value(u"decision_number"_s).toString();
        m.decidedAt = replyTime(o.value(u"decided_at"_s));
        m.decidedByName = o.value(u"decided_by"_s).toObject().value(u"reviewer"_s).toString();
        if (!readLines(o.value(u"lines"_s).toArray(), &m.lines)) {
            *problem = u"a line of queue event %1 is not valid"_s.arg(seq);
            return std::nullopt;
        }
        page.cases.append(m);
        page.seqs.append(seq);
        page.lastSeq = std::max(page.lastSeq, seq);
    }
    if (page.cases.isEmpty())
        page.lastSeq = std::max<qint64>(0, root->value(u"last_seq"_s).toInteger(0));
    return page;
}

std::optional<MirroredCase> parseDecisionReply(
    const QByteArray &body, const MirroredCase &before, QString *problem)
{
    const std::optional<QJsonObject> root = parseReplyObject(body, problem);
    if (!root)
        return std::nullopt;
    if (root->value(u"case_uid"_s).toString() != before.uid) {
        *problem = u"the decision reply names another case"_s;
        return std::nullopt;
    }
    const std::optional<CaseStatus> status = statusFromKey(root->value(u"status"_s).toString());
    if (!status || !isDecided(*status)) {
        *problem = u"the decision reply has no decided status"_s;
        return std::nullopt;
    }
    MirroredCase m = before;
    m.status = *status;
    m.decisionNumber = root->value(u"decision_number"_s).toString();
    m.decidedAt = replyTime(root->value(u"decided_at"_s));
    // The reviewer as the office recorded the decision's ("reviewer": {name, login}).
    m.decidedByName = root->value(u"reviewer"_s).toObject().value(u"name"_s).toString(before.takenByName);
    m.lines.clear();
    if (!readLines(root->value(u"lines"_s).toArray(), &m.lines)
        || m.lines.size() != before.application.products.size() || m.decisionNumber.isEmpty()) {
        *problem = u"the decision reply does not decide every line with a number"_s;
        return std::nullopt;
    }
    return m;
}

} // namespace dsn
