// The anchors of the counter workstations' audit trails. Every push carries the workstation's
// audit head and the hash its chain has now at the office's last anchor (sync/auditanchor.h).
// The office keeps the heads it was shown and checks that the chain still extends them: the
// hash at the last anchor must be the one anchored, the chain must not have become shorter. A
// chain that does not is flagged (audit_alerts) and the workstation is refused from sync until
// an office administrator has looked and accepted the alert; its next head then starts a new
// epoch of anchors.
#include "base/kazakhstantime.h"
#include "officecore/officestore.h"
#include "officecore/officestoresupport.h"

#include "calendar/schedule.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

// The workstation's current epoch: one more for each accepted alert.
Result<int> currentEpoch(const QSqlDatabase &db, const QString &workstation)
{
    Result<QVariant> accepted
        = scalar(db, u"SELECT COUNT(*) FROM audit_alerts WHERE workstation = ? AND accepted_at IS NOT NULL"_s,
            { workstation });
    if (!accepted)
        return accepted.error();
    return accepted->toInt();
}

const QString kAlertColumns = u"SELECT workstation, epoch, raised_at, reason, reported_seq, reported_hash, "
                              u"accepted_at, accepted_by, note FROM audit_alerts "_s;

Result<QList<AuditAlert>> readAlerts(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = run(db, sql, values);
    if (!query)
        return query.error();
    QList<AuditAlert> alerts;
    while (query->next()) {
        AuditAlert a;
        a.workstation = query->value(0).toString();
        a.epoch = query->value(1).toInt();
        a.raisedAt = storedTime(query->value(2));
        a.reason = query->value(3).toString();
        if (!query->value(4).isNull())
            a.reportedSeq = query->value(4).toLongLong();
        a.reportedHash = query->value(5).toString();
        if (!query->value(6).isNull())
            a.acceptedAt = storedTime(query->value(6));
        a.acceptedBy = query->value(7).toString();
        a.note = query->value(8).toString();
        alerts.append(a);
    }
    return alerts;
}

Result<std::optional<AuditAlert>> readOpenAlert(const QSqlDatabase &db, const QString &workstation)
{
    Result<QList<AuditAlert>> open
        = readAlerts(db, kAlertColumns + u"WHERE workstation = ? AND accepted_at IS NULL"_s, { workstation });
    if (!open)
        return open.error();
    if (open->isEmpty())
        return std::optional<AuditAlert>();
    return std::optional<AuditAlert>(open->constFirst());
}

// Why the report does not extend the last anchor; empty when it does.
QString breakOf(const AuditReport &report, const AuditAnchor &last)
{
    if (report.headSeq < last.seq) {
        return localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                             "The audit trail ends at entry %1, but the office anchored it at entry %2: "
                             "entries were removed."))
            .arg(report.headSeq)
            .arg(last.seq);
    }
    if (report.anchorHash.isEmpty()) {
        return localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                             "The audit trail has no entry %1 any more, which the office anchored: "
                             "entries were removed or renumbered."))
            .arg(last.seq);
    }
    if (report.anchorHash != last.hash || (report.headSeq == last.seq && report.headHash != last.hash)) {
        return localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                             "Entry %1 of the audit trail no longer has the hash the office anchored on %2: "
                             "entries up to it were changed, removed or re-chained."))
            .arg(last.seq)
            .arg(kazakhstanIsoText(last.at));
    }
    return {};
}

} // namespace

Result<AuditCheckResult> OfficeStore::checkAuditHead(
    const Workstation &counter, const std::optional<AuditReport> &report)
{
    const QString now = toStoreTime(m_clock());
    AuditCheckResult result;
    Result<void> done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        result = AuditCheckResult {};
        Result<int> epoch = currentEpoch(db, counter.name);
        if (!epoch)
            return epoch.error();
        Result<std::optional<AuditAlert>> open = readOpenAlert(db, counter.name);
        if (!open)
            return open.error();
        if (open->has_value()) {
            result.outcome = AuditCheck::Broken;
            result.reason = (*open)->reason;
            return {};
        }
        Result<QSqlQuery> lastRow = run(db,
            u"SELECT seq, hash, anchored_at FROM audit_anchors WHERE workstation = ? AND epoch = ? "
            u"ORDER BY seq DESC LIMIT 1"_s,
            { counter.name, *epoch });
        if (!lastRow)
            return lastRow.error();
        std::optional<AuditAnchor> last;
        if (lastRow->next()) {
            last = AuditAnchor { lastRow->value(0).toLongLong(), lastRow->value(1).toString(),
                storedTime(lastRow->value(2)) };
        }
        lastRow->finish();
        result.anchoredSeq = last ? last->seq : 0;
        if (!report) {
            // A push without a report is taken only until the first anchor.
            result.outcome = last ? AuditCheck::AnchorRequired : AuditCheck::Anchored;
            return {};
        }

        QString broken;
        if (!report->intact) {
            broken
                = localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                                "The workstation's own check found its audit trail broken at entry %1: %2"))
                      .arg(report->brokenAt)
                      .arg(report->problem);
        } else if (last) {
            if (report->anchorSeq != last->seq) {
                result.outcome = AuditCheck::AnchorRequired;
                return {};
            }
            broken = breakOf(*report, *last);
        }
        if (!broken.isEmpty()) {
            result.outcome = AuditCheck::Broken;
            result.reason = broken;
            return exec(db,
                u"INSERT INTO audit_alerts (workstation, epoch, raised_at, reason, reported_seq, "
                u"reported_hash) VALUES (?, ?, ?, ?, ?, ?)"_s,
                { counter.name, *epoch, now, broken, report->headSeq, report->headHash });
        }
        result.outcome = AuditCheck::Anchored;
        if (last && report->headSeq == last->seq)
            return {};
        result.anchoredSeq = report->headSeq;
        return exec(db,
            u"INSERT INTO audit_anchors (workstation, epoch, seq, hash, anchored_at) VALUES (?, ?, ?, ?, ?)"_s,
            { counter.name, *epoch, report->headSeq, report->headHash, now });
    });
    if (!done)
        return done.error();
    return result;
}

Result<std::optional<AuditAlert>> OfficeStore::openAuditAlert(const QString &workstation)
{
    return readOpenAlert(m_db.connection(), workstation);
}

Result<QList<AuditAnchor>> OfficeStore::auditAnchors(const QString &workstation)
{
    QList<AuditAnchor> anchors;
    Result<void> done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        anchors.clear();
        Result<int> epoch = currentEpoch(db, workstation);
        if (!epoch)
            return epoch.error();
        Result<QSqlQuery> rows = run(db,
            u"SELECT seq, hash, anchored_at FROM audit_anchors WHERE workstation = ? AND epoch = ? "
            u"ORDER BY seq"_s,
            { workstation, *epoch });
        if (!rows)
            return rows.error();
        while (rows->next()) {
            anchors.append(AuditAnchor {
                rows->value(0).toLongLong(), rows->value(1).toString(), storedTime(rows->value(2)) });
        }
        return {};
    });
    if (!done)
        return done.error();
    return anchors;
}

Result<QList<AuditAlert>> OfficeStore::auditAlerts(bool includeAccepted)
{
    return readAlerts(m_db.connection(),
        kAlertColumns + (includeAccepted ? QString() : u"WHERE accepted_at IS NULL "_s)
            + u"ORDER BY raised_at DESC, workstation"_s,
        {});
}

Result<void> OfficeStore::acceptAuditAlert(
    const QString &workstation, const QString &acceptedBy, const QString &note)
{
    const QString name = workstation.trimmed();
    const QString now = toStoreTime(m_clock());
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        Result<std::optional<AuditAlert>> open = readOpenAlert(db, name);
        if (!open)
            return open.error();
        if (!open->has_value()) {
            return makeError(ErrorCode::NotFound,
                localized(QT_TRANSLATE_NOOP(
                    "dsn::OfficeStore", "No audit alert is open for a workstation of this name.")));
        }
        return exec(db,
            u"UPDATE audit_alerts SET accepted_at = ?, accepted_by = ?, note = ? "
            u"WHERE workstation = ? AND accepted_at IS NULL"_s,
            { now, acceptedBy, note, name });
    });
}

} // namespace dsn::office
