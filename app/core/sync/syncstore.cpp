#include "sync/syncstore.h"

#include "cases/caserows.h"

#include "cases/statuschange.h"
#include "lifecycle/caselifecycle.h"
#include "settings/settings.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/synctokenfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::SyncStore)
};

QDateTime storeTimeOrInvalid(const QVariant &v)
{
    if (v.isNull())
        return {};
    return fromStoreTime(v.toString()).value_or(QDateTime());
}

// One step of a case's status made by sync (the system), through the one status writer.
Result<void> moveCase(QSqlDatabase &db, qint64 appId, const QString &caseNumber, CaseStatus from,
    CaseStatus to, const QString &at, const QString &comment, const QJsonObject &extra, const Clock &clock)
{
    StatusChange change;
    change.applicationId = appId;
    change.caseNumber = caseNumber;
    change.from = from;
    change.to = to;
    change.actor = Actor::system();
    change.at = at;
    change.comment = comment;
    change.auditDetails = extra;
    return writeStatusChange(db, change, clock);
}

Result<void> markRetry(QSqlDatabase &db, const PushItem &item, const QString &error, const QDateTime &now,
    const RetryPolicy &policy, const RandomSource &random)
{
    Result<QVariant> attempts = sqlScalar(db,
        u"UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ? RETURNING attempts"_s,
        { error, item.outboxId });
    if (!attempts)
        return attempts.error();
    const QDateTime next = policy.nextAttempt(now, std::max(1, attempts->toInt()), random);
    return sqlExec(
        db, u"UPDATE outbox SET next_attempt_at = ? WHERE id = ?"_s, { toStoreTime(next), item.outboxId });
}

Result<void> markFailed(
    QSqlDatabase &db, const PushItem &item, const QString &failure, const QString &reason, const QString &at)
{
    return sqlExec(db,
        u"UPDATE outbox SET attempts = attempts + 1, failed_at = ?, failure = ?, last_error = ?,"
        u" next_attempt_at = NULL WHERE id = ?"_s,
        { at, failure, reason, item.outboxId });
}

} // namespace

SyncStore::SyncStore(Database &database, Clock clock)
    : m_db(database)
    , m_clock(clock ? std::move(clock) : database.clock())
{
}

QDateTime SyncStore::now() const
{
    return m_clock().toUTC();
}

Result<QString> SyncStore::storeFile() const
{
    QString file;
    Result<void> r = m_db.read([&](QSqlDatabase &db) -> Result<void> {
        Result<QString> path = SyncTokenFile::storeFilePath(db);
        if (!path)
            return path.error();
        file = *path;
        return {};
    });
    if (!r)
        return r.error();
    return file;
}

Result<QString> SyncStore::tokenFilePath() const
{
    Result<QString> file = storeFile();
    if (!file)
        return file.error();
    return file->isEmpty() ? QString() : SyncTokenFile::pathFor(*file);
}

Result<SyncSettings> SyncStore::settings() const
{
    SyncSettings s;
    QString file;
    Result<void> r = m_db.read([&](QSqlDatabase &db) -> Result<void> {
        Result<QString> url = readSetting(db, Setting::SyncOfficeUrl);
        if (!url)
            return url.error();
        s.officeUrl = *url;
        Result<QString> path = SyncTokenFile::storeFilePath(db);
        if (!path)
            return path.error();
        file = *path;
        return {};
    });
    if (!r)
        return r.error();
    Result<QString> token = SyncTokenFile::read(file);
    if (!token)
        return token.error();
    s.token = *token;
    return s;
}

Result<void> SyncStore::saveSettings(const SyncSettings &settings, const Actor &actor)
{
    if (!settings.isComplete())
        return makeError(
            ErrorCode::InvalidInput, Text::tr("Sync needs both the office's address and a token."));
    // The token first, outside the store: the store never holds it.
    Result<QString> file = storeFile();
    if (!file)
        return file.error();
    if (Result<void> r = SyncTokenFile::write(*file, settings.token); !r)
        return r;
    return m_db.write([&](QSqlDatabase &db) -> Result<void> {
        return writeSettings(db, { { Setting::SyncOfficeUrl, settings.officeUrl } }, actor, m_clock,
            u"sync"_s, QJsonObject { { u"token"_s, u"changed"_s } });
    });
}

Result<QList<PushItem>> SyncStore::dueItems(qint64 afterOutboxId, int limit, SyncTrigger trigger) const
{
    QList<PushItem> items;
    const QString nowText = toStoreTime(now());
    const bool waitForBackoff = trigger == SyncTrigger::Schedule;
    Result<void> r = m_db.read([&](QSqlDatabase &db) -> Result<void> {
        Result<QSqlQuery> q = sqlRun(db,
            u"SELECT o.id, a.uid, a.case_number, a.content_hash, o.payload, u.full_name, u.username"
            u" FROM outbox o JOIN applications a ON a.id = o.application_id"
            u" LEFT JOIN users u ON u.id = a.received_by"
            u" WHERE o.kind = 'application' AND o.acknowledged_at IS NULL AND o.failed_at IS NULL"
            u" AND (NOT ? OR o.next_attempt_at IS NULL OR o.next_attempt_at <= ?) AND o.id > ?"
            u" ORDER BY o.id LIMIT ?"_s,
            { waitForBackoff, nowText, afterOutboxId, limit });
        if (!q)
            return q.error();
        while (q->next()) {
            const QJsonObject payload = QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object();
            PushItem item;
            item.outboxId = q->value(0).toLongLong();
            item.caseUid = q->value(1).toString();
            item.caseNumber = q->value(2).toString();
            item.contentHash = payload.value(u"content_hash"_s).toString(q->value(3).toString());
            item.application = payload.value(u"application"_s).toObject();
            // The clerk who took it in, by full name and user name; none for a case taken in
            // without a user (dsnctl, on behalf of the counter).
            item.receivedByName = q->value(5).toString();
            item.receivedByLogin = q->value(6).toString();
            items.append(item);
        }
        return {};
    });
    if (!r)
        return r.error();
    return items;
}

Result<BatchRecord> SyncStore::recordReply(const QList<PushItem> &batch, const QList<PushItemResult> &results,
    const RetryPolicy &policy, const RandomSource &random)
{
    QHash<QString, PushItemResult> byUid;
    for (const PushItemResult &r : results)
        byUid.insert(r.caseUid, r);
    const QDateTime at = now();
    const QString atText = toStoreTime(at);
    BatchRecord record;
    Result<void> written = m_db.write([&](QSqlDatabase &db) -> Result<void> {
        record = {};
        for (const PushItem &item : batch) {
            const auto found = byUid.constFind(item.caseUid);
            if (found == byUid.constEnd()) {
                ++record.unanswered;
                if (Result<void> r = markRetry(db, item,
                        Text::tr("The office's answer left this case out; it is sent again later."), at,
                        policy, random);
                    !r)
                    return r;
                continue;
            }
            if (found->result == PushResult::Invalid) {
                ++record.invalid;
                if (Result<void> r = markFailed(db, item, u"rejected"_s, found->reason, atText); !r)
                    return r;
                continue;
            }
            if (found->result == PushResult::Conflict) {
                ++record.conflicts;
                const QString reason = found->reason.isEmpty()
                    ? Text::tr("The office holds another content for this case.")
                    : found->reason;
                if (Result<void> r = markFailed(db, item, u"conflict"_s, reason, atText); !r)
                    return r;
                continue;
            }
            ++record.acknowledged;
            if (Result<void> r = sqlExec(db,
                    u"UPDATE outbox SET attempts = attempts + 1, acknowledged_at = ?, last_error = NULL,"
                    u" next_attempt_at = NULL WHERE id = ?"_s,
                    { atText, item.outboxId });
                !r)
                return r;
            // Delivered: an accepted case is now sent to the revenue department.
            Result<QSqlQuery> q
                = sqlRun(db, u"SELECT id, status FROM applications WHERE uid = ?"_s, { item.caseUid });
            if (!q)
                return q.error();
            if (!q->next())
                continue;
            const qint64 appId = q->value(0).toLongLong();
            const QString status = q->value(1).toString();
            q->finish();
            if (status != statusKey(CaseStatus::Accepted))
                continue;
            const QString comment = found->result == PushResult::Stored
                ? u"delivered to the office"_s
                : u"delivered to the office (already held)"_s;
            if (Result<void> r = moveCase(db, appId, item.caseNumber, CaseStatus::Accepted, CaseStatus::Sent,
                    atText, comment, QJsonObject { { u"source"_s, u"sync"_s } }, m_clock);
                !r)
                return r;
        }
        return {};
    });
    if (!written)
        return written.error();
    return record;
}

Result<void> SyncStore::recordRetry(
    const QList<PushItem> &batch, const QString &error, const RetryPolicy &policy, const RandomSource &random)
{
    const QDateTime at = now();
    return m_db.write([&](QSqlDatabase &db) -> Result<void> {
        for (const PushItem &item : batch) {
            if (Result<void> r = markRetry(db, item, error, at, policy, random); !r)
                return r;
        }
        return {};
    });
}

Result<void> SyncStore::recordRejected(const QList<PushItem> &batch, const QString &error)
{
    const QString atText = toStoreTime(now());
    return m_db.write([&](QSqlDatabase &db) -> Result<void> {
        for (const PushItem &item : batch) {
            if (Result<void> r = markFailed(db, item, u"rejected"_s, error, atText); !r)
                return r;
        }
        return {};
    });
}

Result<qint64> SyncStore::lastSeq() const
{
    qint64 seq = 0;
    Result<void> r = m_db.read([&](QSqlDatabase &db) -> Result<void> {
        Result<QVariant> v = sqlScalar(db, u"SELECT last_seq FROM sync_state WHERE singleton = 1"_s);
        if (!v)
            return v.error();
        seq = v->toLongLong();
        return {};
    });
    if (!r)
        return r.error();
    return seq;
}

Result<int> SyncStore::applyUpdates(const UpdatesPage &page)
{
    int applied = 0;
    const QString nowText = toStoreTime(now());
    Result<void> written = m_db.write([&](QSqlDatabase &db) -> Result<void> {
        applied = 0;
        Result<QVariant> stored = sqlScalar(db, u"SELECT last_seq FROM sync_state WHERE singleton = 1"_s);
        if (!stored)
            return stored.error();
        const qint64 after = stored->toLongLong();
        for (const UpdateEvent &e : page.events) {
            if (e.seq <= after)
                continue;
            Result<QSqlQuery> q = sqlRun(
                db, u"SELECT id, case_number, status FROM applications WHERE uid = ?"_s, { e.caseUid });
            if (!q)
                return q.error();
            if (!q->next())
                continue; // not a case of this workstation's store
            const qint64 appId = q->value(0).toLongLong();
            const QString caseNumber = q->value(1).toString();
            const std::optional<CaseStatus> current = statusFromKey(q->value(2).toString());
            q->finish();
            bool changed = false;
            const QString at = e.at.isValid() ? toStoreTime(e.at) : nowText;
            const QString comment = u"reported by the office (update %1)"_s.arg(e.seq);
            const QJsonObject extra { { u"source"_s, u"office"_s }, { u"seq"_s, e.seq } };

            int linesChanged = 0;
            for (const UpdateLine &line : e.lines) {
                CaseLine outcome;
                outcome.lineNo = line.lineNo;
                outcome.decision = line.decision;
                outcome.dsnCode = line.dsnCode;
                outcome.refusalGround = line.refusalGround;
                outcome.refusalText = line.refusalText;
                outcome.heldCode = line.heldCode;
                Result<bool> lineWritten = writeLineOutcome(db, appId, outcome);
                if (!lineWritten)
                    return lineWritten.error();
                linesChanged += *lineWritten ? 1 : 0;
            }

            // The decision's number, time and reviewer, for the documents the counter hands over.
            if (!e.decisionNumber.isEmpty()) {
                const QString decidedAt = e.decidedAt.isValid() ? toStoreTime(e.decidedAt) : at;
                Result<QSqlQuery> d = sqlRun(db,
                    u"UPDATE applications SET decision_number = ?, decided_at = ?, decided_by_name = ?"
                    u" WHERE id = ? AND (decision_number IS NOT ? OR decided_at IS NOT ? OR decided_by_name IS NOT ?)"_s,
                    { e.decisionNumber, decidedAt, sqlNullable(e.reviewerName), appId, e.decisionNumber,
                        decidedAt, sqlNullable(e.reviewerName) });
                if (!d)
                    return d.error();
                linesChanged += std::max(0, d->numRowsAffected());
            }

            const std::optional<CaseStatus> target = statusFromKey(e.status);
            if (current && target && *current != *target) {
                CaseStatus from = *current;
                // The office may report a status several steps ahead (sent, registered, in review
                // unseen here): follow the table's shortest way, by transitions sync (the system)
                // or the revenue department (a reviewer, whose decisions the office reports) make.
                for (CaseStatus step : lifecyclePath(*current, *target, { Role::System, Role::Reviewer })) {
                    if (Result<void> r
                        = moveCase(db, appId, caseNumber, from, step, at, comment, extra, m_clock);
                        !r)
                        return r;
                    from = step;
                    changed = true;
                }
            }
            if (linesChanged > 0) {
                changed = true;
                QJsonObject details = extra;
                details.insert(u"decisions"_s, linesChanged);
                Result<qint64> audited = AuditTrail::append(
                    db, Actor::system(), AuditEvent::CaseStatus, u"case"_s, caseNumber, details, m_clock);
                if (!audited)
                    return audited.error();
                if (Result<void> r = sqlExec(
                        db, u"UPDATE applications SET updated_at = ? WHERE id = ?"_s, { nowText, appId });
                    !r)
                    return r;
            }
            if (changed)
                ++applied;
        }
        return sqlExec(
            db, u"UPDATE sync_state SET last_seq = max(last_seq, ?) WHERE singleton = 1"_s, { page.lastSeq });
    });
    if (!written)
        return written.error();
    return applied;
}

Result<void> SyncStore::recordRunEnd(const QString &error)
{
    const QString nowText = toStoreTime(now());
    return m_db.write([&](QSqlDatabase &db) -> Result<void> {
        if (error.isEmpty()) {
            return sqlExec(db,
                u"UPDATE sync_state SET last_attempt_at = ?, last_success_at = ?, last_error = NULL,"
                u" last_error_at = NULL WHERE singleton = 1"_s,
                { nowText, nowText });
        }
        return sqlExec(db,
            u"UPDATE sync_state SET last_attempt_at = ?, last_error = ?, last_error_at = ? WHERE singleton = 1"_s,
            { nowText, error, nowText });
    });
}

Result<SyncStatus> SyncStore::status() const
{
    SyncStatus s;
    Result<void> r = m_db.read([&](QSqlDatabase &db) -> Result<void> {
        Result<QSqlQuery> q = sqlRun(db,
            u"SELECT count(*) FILTER (WHERE o.failed_at IS NULL),"
            u" min(a.received_at) FILTER (WHERE o.failed_at IS NULL),"
            u" count(*) FILTER (WHERE o.failure = 'conflict'), count(*) FILTER (WHERE o.failure = 'rejected')"
            u" FROM outbox o JOIN applications a ON a.id = o.application_id"
            u" WHERE o.kind = 'application' AND o.acknowledged_at IS NULL"_s);
        if (!q)
            return q.error();
        if (q->next()) {
            s.pending = q->value(0).toInt();
            s.oldestPending = storeTimeOrInvalid(q->value(1));
            s.conflicts = q->value(2).toInt();
            s.rejected = q->value(3).toInt();
        }
        q->finish();
        Result<QSqlQuery> st = sqlRun(db,
            u"SELECT last_seq, last_attempt_at, last_success_at, last_error, last_error_at FROM sync_state"
            u" WHERE singleton = 1"_s);
        if (!st)
            return st.error();
        if (st->next()) {
            s.lastSeq = st->value(0).toLongLong();
            s.lastAttempt = storeTimeOrInvalid(st->value(1));
            s.lastSuccess = storeTimeOrInvalid(st->value(2));
            s.lastError = st->value(3).toString();
            s.lastErrorAt = storeTimeOrInvalid(st->value(4));
        }
        return {};
    });
    if (!r)
        return r.error();
    return s;
}

Result<QList<FailedPush>> SyncStore::failedPushes() const
{
    QList<FailedPush> failed;
    Result<void> r = m_db.read([&](QSqlDatabase &db) -> Result<void> {
        Result<QSqlQuery> q = sqlRun(db,
            u"SELECT a.case_number, o.failure, o.last_error, o.failed_at FROM outbox o"
            u" JOIN applications a ON a.id = o.application_id"
            u" WHERE o.failed_at IS NOT NULL AND o.acknowledged_at IS NULL ORDER BY o.id"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            failed.append(FailedPush { q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                storeTimeOrInvalid(q->value(3)) });
        }
        return {};
    });
    if (!r)
        return r.error();
    return failed;
}

Result<QStringList> SyncStore::unsentOlderThan(qint64 seconds) const
{
    QStringList numbers;
    const QString limit = toStoreTime(now().addSecs(-seconds));
    Result<void> r = m_db.read([&](QSqlDatabase &db) -> Result<void> {
        Result<QSqlQuery> q = sqlRun(db,
            u"SELECT a.case_number FROM outbox o JOIN applications a ON a.id = o.application_id"
            u" WHERE o.kind = 'application' AND o.acknowledged_at IS NULL AND a.received_at < ?"
            u" ORDER BY a.received_at, o.id"_s,
            { limit });
        if (!q)
            return q.error();
        while (q->next())
            numbers.append(q->value(0).toString());
        return {};
    });
    if (!r)
        return r.error();
    return numbers;
}

} // namespace dsn
