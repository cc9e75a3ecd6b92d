#include "store/audittrail.h"

#include "base/hashing.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

void addField(QByteArray &out, const QString *value)
{
    if (!value) {
        out += "N;";
        return;
    }
    const QByteArray utf8 = value->toUtf8();
    out += 'S' + QByteArray::number(utf8.size()) + ':' + utf8 + ';';
}

QString nullable(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

Result<qint64> appendRow(QSqlDatabase &db, std::optional<qint64> userId, const QString &name,
    const QString &role, const QString &event, const QString &objectType, const QString &objectId,
    const QJsonObject &details, const Clock &clock)
{
    // Outside a write transaction two appends could both read the same head and fork the chain.
    if (sqlInTransaction(db) != std::optional<bool>(true)) {
        return makeError(
            ErrorCode::Internal, QString(), u"audit entry appended outside a write transaction"_s);
    }
    Result<QSqlQuery> head = sqlRun(db, u"SELECT last_hash FROM audit_head WHERE singleton = 1"_s);
    if (!head)
        return head.error();
    if (!head->next()) {
        return makeError(ErrorCode::AuditBroken,
            QCoreApplication::translate("dsn::Store", "The audit trail of the store is damaged."),
            u"audit_head has no row"_s);
    }
    const QString prevHash = head->value(0).toString();
    head->finish();

    Result<QVariant> maxId = sqlScalar(db, u"SELECT coalesce(max(id), 0) FROM audit_log"_s);
    if (!maxId)
        return maxId.error();
    const qint64 id = maxId->toLongLong() + 1;
    const QString at = toStoreTime(clock ? clock() : QDateTime::currentDateTimeUtc());
    const QString &eventText = event;
    const QString detailText = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    const QString hash = AuditTrail::entryHash(
        id, at, userId, name, role, eventText, objectType, objectId, detailText, prevHash);

    if (Result<void> r = sqlExec(db,
            u"INSERT INTO audit_log(id, at, actor_user_id, actor_name, actor_role, event, "
            u"object_type, object_id, details, prev_hash, hash) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { id, at, userId ? QVariant(*userId) : QVariant(QMetaType::fromType<qint64>()), name, role,
                eventText, orNull(objectType), orNull(objectId), detailText, prevHash, hash });
        !r) {
        return r.error();
    }
    if (Result<void> r = sqlExec(db,
            u"UPDATE audit_head SET last_id = ?, last_hash = ?, entries = entries + 1 "
            u"WHERE singleton = 1"_s,
            { id, hash });
        !r) {
        return r.error();
    }
    return id;
}

AuditVerification broken(qint64 entries, qint64 id, const QString &problem)
{
    return AuditVerification { false, entries, id, problem };
}

} // namespace

QString AuditTrail::genesisHash()
{
    return QString(64, u'0');
}

QString AuditTrail::entryHash(qint64 id, const QString &at, std::optional<qint64> actorUserId,
    const QString &actorName, const QString &actorRole, const QString &event, const QString &objectType,
    const QString &objectId, const QString &details, const QString &prevHash)
{
    QByteArray canonical = "dsn-audit-v1;";
    const QString idText = QString::number(id);
    const QString userText = actorUserId ? QString::number(*actorUserId) : QString();
    addField(canonical, &prevHash);
    addField(canonical, &idText);
    addField(canonical, &at);
    addField(canonical, actorUserId ? &userText : nullptr);
    addField(canonical, &actorName);
    addField(canonical, &actorRole);
    addField(canonical, &event);
    addField(canonical, objectType.isEmpty() ? nullptr : &objectType);
    addField(canonical, objectId.isEmpty() ? nullptr : &objectId);
    addField(canonical, &details);
    return sha256Hex(canonical);
}

Result<qint64> AuditTrail::append(QSqlDatabase &db, const Actor &actor, const QString &event,
    const QString &objectType, const QString &objectId, const QJsonObject &details, const Clock &clock)
{
    return appendRow(
        db, actor.userId, actor.name, roleKey(actor.role), event, objectType, objectId, details, clock);
}

Result<qint64> AuditTrail::appendAnonymous(QSqlDatabase &db, const QString &claimedName, const QString &event,
    const QJsonObject &details, const Clock &clock)
{
    return appendRow(
        db, std::nullopt, claimedName, u"anonymous"_s, event, QString(), QString(), details, clock);
}

Result<AuditVerification> AuditTrail::verify(const QSqlDatabase &db)
{
    Result<AuditChainHashes> walked = chainHashes(db, {});
    if (!walked)
        return walked.error();
    return walked->verification;
}

Result<AuditChainHashes> AuditTrail::chainHashes(const QSqlDatabase &db, const QList<qint64> &ids)
{
    AuditChainHashes out;
    out.lastHash = genesisHash();
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    if (wanted.contains(0))
        out.at.insert(0, genesisHash());
    std::optional<AuditVerification> firstBreak;
    const auto breakAt = [&](qint64 count, qint64 id, const QString &problem) {
        if (!firstBreak)
            firstBreak = broken(count, id, problem);
    };

    Result<QSqlQuery> head
        = sqlRun(db, u"SELECT last_id, last_hash, entries FROM audit_head WHERE singleton = 1"_s);
    if (!head)
        return head.error();
    const bool hasHead = head->next();
    const qint64 headId = hasHead ? head->value(0).toLongLong() : 0;
    const QString headHash = hasHead ? head->value(1).toString() : QString();
    const qint64 headCount = hasHead ? head->value(2).toLongLong() : 0;
    head->finish();
    if (!hasHead) {
        breakAt(0, 0,
            QCoreApplication::translate("dsn::Store", "The record of the trail's last entry is missing."));
    }

    Result<QSqlQuery> rows = sqlRun(db,
        u"SELECT id, at, actor_user_id, actor_name, actor_role, event, object_type, "
        u"object_id, details, prev_hash, hash FROM audit_log ORDER BY id"_s);
    if (!rows)
        return rows.error();
    // The walk goes on after the first break: the recomputed hashes are needed to the end.
    QString expectedPrev = genesisHash();
    QString recomputedPrev = genesisHash();
    qint64 lastId = 0;
    qint64 count = 0;
    QSqlQuery &q = *rows;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QVariant user = q.value(2);
        const QString at = q.value(1).toString();
        const std::optional<qint64> userId
            = user.isNull() ? std::nullopt : std::optional<qint64>(user.toLongLong());
        const QString name = q.value(3).toString();
        const QString role = q.value(4).toString();
        const QString event = q.value(5).toString();
        const QString objectType = nullable(q.value(6));
        const QString objectId = nullable(q.value(7));
        const QString details = q.value(8).toString();
        const QString prevHash = q.value(9).toString();
        const QString hash = q.value(10).toString();
        if (id != lastId + 1) {
            breakAt(count, lastId + 1,
                id > lastId + 1
                    ? QCoreApplication::translate(
                        "dsn::Store", "The entry is missing: it was removed from the trail.")
                    : QCoreApplication::translate("dsn::Store", "The entry's number is out of order."));
        }
        if (prevHash != expectedPrev) {
            breakAt(count, id,
                QCoreApplication::translate("dsn::Store",
                    "The entry does not follow the entry before it: an entry "
                    "was inserted, replaced or removed here."));
        }
        const QString computed
            = entryHash(id, at, userId, name, role, event, objectType, objectId, details, prevHash);
        if (computed != hash) {
            breakAt(count, id,
                QCoreApplication::translate("dsn::Store", "The entry was changed after it was written."));
        }
        // While the stored links hold, the recomputed chain is the stored one.
        const QString recomputed = prevHash == recomputedPrev
            ? computed
            : entryHash(id, at, userId, name, role, event, objectType, objectId, details, recomputedPrev);
        if (wanted.contains(id))
            out.at.insert(id, recomputed);
        recomputedPrev = recomputed;
        expectedPrev = hash;
        lastId = id;
        if (!firstBreak)
            ++count;
    }
    q.finish();
    out.lastId = lastId;
    out.lastHash = recomputedPrev;

    if (firstBreak) {
        out.verification = *firstBreak;
        return out;
    }
    if (headId > lastId) {
        breakAt(count, lastId + 1,
            QCoreApplication::translate("dsn::Store",
                "The last entries were removed: the trail ends at entry %1 "
                "but had %2 entries.")
                .arg(lastId)
                .arg(headId));
    } else if (headId < lastId) {
        breakAt(count, headId + 1,
            QCoreApplication::translate("dsn::Store", "The entry was added outside the audit trail."));
    } else if (headHash != expectedPrev || headCount != count) {
        breakAt(count, lastId,
            QCoreApplication::translate("dsn::Store",
                "The last entry was replaced or the trail's record of it "
                "was changed."));
    }
    out.verification = firstBreak.value_or(AuditVerification { true, count, std::nullopt, QString() });
    return out;
}

Result<QList<AuditEntry>> AuditTrail::entries(
    const QSqlDatabase &db, int limit, std::optional<qint64> beforeId)
{
    Result<QSqlQuery> rows = sqlRun(db,
        u"SELECT id, at, actor_user_id, actor_name, actor_role, event, object_type, "
        u"object_id, details, prev_hash, hash FROM audit_log WHERE id < ? "
        u"ORDER BY id DESC LIMIT ?"_s,
        { beforeId.value_or(std::numeric_limits<qint64>::max()), limit });
    if (!rows)
        return rows.error();
    QList<AuditEntry> list;
    QSqlQuery &q = *rows;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = fromStoreTime(q.value(1).toString()).value_or(QDateTime());
        if (!q.value(2).isNull())
            e.actorUserId = q.value(2).toLongLong();
        e.actorName = q.value(3).toString();
        e.actorRole = q.value(4).toString();
        e.event = q.value(5).toString();
        e.objectType = nullable(q.value(6));
        e.objectId = nullable(q.value(7));
        e.details = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        e.prevHash = q.value(9).toString();
        e.hash = q.value(10).toString();
        list.append(e);
    }
    q.finish();
    return list;
}

} // namespace dsn
