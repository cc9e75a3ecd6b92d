#pragma once

#include "base/result.h"
#include "base/storetime.h"
#include "lifecycle/caselifecycle.h"
#include "session/actor.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// The one writer of a case's status. Every move of a case through the lifecycle, made at the
// counter, by a reviewer or by sync reporting the office's decision, is written here: the
// application's status, its status event, the audit entry and, when the office must hear of
// it, the outbox item. The caller has checked the move against the lifecycle table
// (lifecycle/caselifecycle.h) and holds the store's write transaction.
namespace dsn {

struct StatusChange
{
    qint64 applicationId = 0;
    QString caseNumber;
    QString caseUid;
    CaseStatus from = CaseStatus::Accepted;
    CaseStatus to = CaseStatus::Accepted;
    Actor actor;
    QString at;                 // when it happened, in store time (the office's time for a reported decision)
    QString comment;            // kept with the event and the audit entry; empty for none
    QJsonObject auditDetails;   // more for the audit entry (the source of a reported change)
    bool tellTheOffice = false; // queue a "status" item in the outbox
};

// Writes the change inside the caller's transaction. registered_at takes change.at when the case
// becomes registered; updated_at takes the clock's time.
Result<void> writeStatusChange(QSqlDatabase &db, const StatusChange &change, const Clock &clock);

// Queues an item for the office in the outbox (kind "application" or "status"), with the
// SHA-256 of its payload.
Result<void> addOutboxItem(const QSqlDatabase &db, qint64 applicationId, const QString &kind,
    const QJsonObject &payload, const QString &at);

} // namespace dsn
