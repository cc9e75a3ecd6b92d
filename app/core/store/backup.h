#pragma once

#include "base/result.h"
#include "session/actor.h"
#include "store/database.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

// Backup and restore of the workstation's store. A backup is written online (VACUUM INTO) under
// a temporary name next to the target, checked like a store being restored (integrity check,
// known schema version, unbroken audit chain) and only then renamed into place. A restore
// refuses a file failing those checks and never leaves the live store half-replaced: the file
// is copied next to the live store, checked again, and swapped in by one rename; the store it
// replaces is kept beside it.
namespace dsn {

struct StoreCheckReport
{
    int schemaVersion = 0;
    qint64 auditEntries = 0;
};

// Further checks of a store's records (the cases' own, for example): the problems found,
// translated; none when the records agree.
using StoreContentCheck = std::function<QStringList(const QSqlDatabase &)>;

// The full check of a store file, without changing it: SQLite header and size, application id,
// PRAGMA integrity_check, a schema version this build knows, the audit chain, then extra. A
// broken audit chain is ErrorCode::AuditBroken, its message naming the first broken entry; a
// problem extra finds is ErrorCode::Damaged. A store this process has open is checked through
// its connection, never by reading the file.
Result<StoreCheckReport> checkStoreFile(const QString &path, const StoreContentCheck &extra = {});

struct BackupReport
{
    QString file;
    qint64 bytes = 0;
    QString sha256;
    StoreCheckReport check;
};

// Writes a verified copy of the open store to target, which must not exist yet. Records a
// "backup" audit entry in the live store afterwards.
Result<BackupReport> backupStore(Database &live, const QString &target, const Actor &by);

struct RestoreReport
{
    QString previousStoreKeptAt; // empty when there was no live store
    StoreCheckReport check;
};

// Replaces the store at livePath (which must not be open anywhere, this process included)
// with the backup. Records a "restore" audit entry in the restored store. A backup written by
// an older version is upgraded on the way.
Result<RestoreReport> restoreStore(
    const QString &livePath, const QString &backupFile, const Actor &by, const Clock &clock = systemClock());

} // namespace dsn
