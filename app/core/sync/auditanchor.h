#pragma once

#include "base/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The audit head that every push carries (API v1, "audit" of POST /api/v1/applications), so that
// the office can anchor the workstation's audit trail: someone who can edit the store file can
// rewrite the chain consistently, but not the anchors the office already holds. The hashes are
// the chain's recomputed ones (AuditTrail::chainHashes), so an entry changed in place counts as
// much as a removed or re-chained one.
namespace dsn {

class Database;

struct AuditReport
{
    qint64 headSeq = 0;              // the last entry's id (0: no entries)
    QString headHash;                // the chain's hash there (64 zeros for none)
    std::optional<qint64> anchorSeq; // the office's last anchor as the workstation knows it
    QString anchorHash;              // the chain's hash at anchorSeq; empty when there is no such entry
    bool intact = true;              // the workstation's own walk of its chain
    qint64 brokenAt = 0;             // the first broken entry when not intact
    QString problem;                 // the workstation's words for it

    friend bool operator==(const AuditReport &, const AuditReport &) = default;
};

// The report of the store's chain now, with the hash at anchorSeq when given; in one read
// transaction.
Result<AuditReport> auditReportOf(Database &database, std::optional<qint64> anchorSeq);

QJsonObject auditReportJson(const AuditReport &report);
// nullopt (with *problem set, in English for the request's reason) when the object is not one.
std::optional<AuditReport> auditReportFromJson(const QJsonObject &object, QString *problem);

// The anchors the office holds for this workstation (GET /api/v1/audit/anchors), and its open
// alert when it found the chain rewritten.
struct OfficeAnchor
{
    qint64 seq = 0;
    QString hash;
    QDateTime at;
};

struct OfficeAnchors
{
    QString workstation;
    QList<OfficeAnchor> anchors;
    QString alertReason; // empty when no alert is open
    QDateTime alertRaisedAt;
};

std::optional<OfficeAnchors> parseAnchorsReply(const QByteArray &body, QString *problem);

// Checks the store's chain against the office's anchors: every anchored entry must be there with
// the chain's hash the office anchored. Returns what is wrong (translated), one line per anchor;
// empty when the chain extends them all. In one read transaction.
Result<QStringList> anchorProblems(Database &database, const QList<OfficeAnchor> &anchors);

// The error codes of the office's refusals (HTTP 409).
inline constexpr QLatin1StringView kAuditChainBroken { "audit_chain_broken" };
inline constexpr QLatin1StringView kAuditAnchorRequired { "audit_anchor_required" };

} // namespace dsn
