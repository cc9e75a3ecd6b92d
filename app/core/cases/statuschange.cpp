#include "cases/statuschange.h"

#include "base/hashing.h"
#include "store/audittrail.h"
#include "store/sql.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

Result<void> writeStatusChange(QSqlDatabase &db, const StatusChange &change, const Clock &clock)
{
    const QString fromKey = statusKey(change.from);
    const QString toKey = statusKey(change.to);
    const QString note = change.comment.trimmed();
    if (Result<void> r = sqlExec(db,
            u"UPDATE applications SET status = ?, updated_at = ?,"
            u" registered_at = CASE WHEN ? THEN ? ELSE registered_at END WHERE id = ?"_s,
            { toKey, toStoreTime(clock()), change.to == CaseStatus::Registered, change.at,
                change.applicationId });
        !r)
        return r;
    if (Result<void> r = sqlExec(db,
            u"INSERT INTO status_events(application_id, from_status, to_status, actor_user_id,"
            u" actor_name, actor_role, at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { change.applicationId, fromKey, toKey, sqlNullable(change.actor.userId), change.actor.name,
                roleKey(change.actor.role), change.at, sqlNullable(note) });
        !r)
        return r;
    QJsonObject details = change.auditDetails;
    details.insert(u"from"_s, fromKey);
    details.insert(u"to"_s, toKey);
    if (!note.isEmpty())
        details.insert(u"comment"_s, note);
    Result<qint64> audited = AuditTrail::append(
        db, change.actor, AuditEvent::CaseStatus, u"case"_s, change.caseNumber, details, clock);
    if (!audited)
        return audited.error();
    if (!change.tellTheOffice)
        return {};
    return addOutboxItem(db, change.applicationId, u"status"_s,
        QJsonObject { { u"case_number"_s, change.caseNumber }, { u"uid"_s, change.caseUid },
            { u"from"_s, fromKey }, { u"to"_s, toKey }, { u"actor"_s, change.actor.name },
            { u"actor_role"_s, roleKey(change.actor.role) }, { u"at"_s, change.at }, { u"comment"_s, note } },
        change.at);
}

Result<void> addOutboxItem(const QSqlDatabase &db, qint64 applicationId, const QString &kind,
    const QJsonObject &payload, const QString &at)
{
    const QByteArray bytes = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return sqlExec(db,
        u"INSERT INTO outbox(application_id, kind, payload, content_hash, created_at)"
        u" VALUES (?, ?, ?, ?, ?)"_s,
        { applicationId, kind, QString::fromUtf8(bytes), sha256Hex(bytes), at });
}

} // namespace dsn
