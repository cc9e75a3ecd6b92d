#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The office service's wire format (API v1) as seen from the workstation: the batch of outbox
// items pushed to POST /api/v1/applications with its per-item results, and the decisions and
// status changes read from GET /api/v1/updates.
namespace dsn {

struct PushItem
{
    qint64 outboxId = 0;
    QString caseUid;
    QString caseNumber;
    QString contentHash;     // SHA-256 of the application's canonical JSON
    QJsonObject application; // the keys of `dsnctl case add`, with received_at
    // The clerk who took the application in (users.full_name and username), sent beside the
    // application as "received_by", so that the content hash stays the application's. Empty
    // name: not sent.
    QString receivedByName;
    QString receivedByLogin;
};

enum class PushResult {
    Stored,
    Duplicate, // already held with the same content: delivered as well
    Conflict,  // held with another content under the same uid: never merged
    Invalid,   // the application did not pass the office's checks: not stored
};

struct PushItemResult
{
    QString caseUid;
    PushResult result = PushResult::Stored;
    QDateTime registeredAt;
    QDateTime dueAt;
    QString reason;
};

struct UpdateLine
{
    int lineNo = 0;
    QString decision; // "issued" or "refused"
    QString dsnCode;
    std::optional<int> refusalGround;
    QString refusalText;
    QString heldCode; // ground 2: the code the subject already holds
};

struct UpdateEvent
{
    qint64 seq = 0;
    QString caseUid;
    QString caseNumber;
    QString status; // registered, in_review, issued, partly_issued, refused
    QDateTime at;
    QList<UpdateLine> lines;
    // For a decision: its number, time and reviewer (printed on the certificate and the letter).
    QString decisionNumber;
    QDateTime decidedAt;
    QString reviewerName;
};

struct UpdatesPage
{
    QList<UpdateEvent> events;
    qint64 lastSeq = 0;
};

// An office reply's JSON object, read strictly (base/strictjson.h: a key twice is refused);
// nullopt with *problem set (for the log) when the body is not one.
std::optional<QJsonObject> parseReplyObject(const QByteArray &body, QString *problem);
// A time of a reply (ISO 8601 with the offset); invalid when the value is not one.
QDateTime replyTime(const QJsonValue &value);

// The request body for a batch, with the workstation's audit head (sync/auditanchor.h) unless
// audit is empty.
QByteArray pushBatchBody(const QList<PushItem> &items, const QJsonObject &audit = {});

// The results of a batch reply; nullopt (with *problem set) when the reply is not one. A result
// word this version does not know is left out, so that its item is tried again later.
std::optional<QList<PushItemResult>> parsePushReply(const QByteArray &body, QString *problem);

// One page of updates; nullopt (with *problem set) when the reply is not one.
std::optional<UpdatesPage> parseUpdatesReply(const QByteArray &body, QString *problem);

// The office's last anchor of the workstation's audit trail, from a batch reply or an
// audit_anchor_required refusal ("anchored_seq"); nullopt when the reply names none.
std::optional<qint64> anchoredSeqOf(const QByteArray &body);

// The "error" code of an error reply ("audit_chain_broken", ...); empty when there is none.
QString errorReplyCode(const QByteArray &body);

// The "reason" (or "error") of an error reply, or the start of the body when it is not JSON.
QString errorReplyReason(const QByteArray &body);

} // namespace dsn
