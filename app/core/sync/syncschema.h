#pragma once

#include "store/result.h"

#include <QSqlDatabase>

// The schema step of sync, listed in store/migrations.cpp.
namespace dsn::migration {

// Version 3: outbox items the office refused for good (a conflict, a rejected request) are
// marked failed with the kind of failure, so that they are shown and never retried silently;
// sync_state keeps the last pulled sequence number of the office's updates, the last
// successful sync and the last error.
Result<void> addSyncState(QSqlDatabase &db);

// Version 4: the workstation's sync token leaves the store. A token an older version kept in the
// settings (sync.token) is written to the store's token file (SyncTokenFile) and only then
// removed from the store, so that copies and backups of the store never carry it again. When
// the file cannot be written the step fails and the store keeps version 3 with its token.
Result<void> moveSyncTokenOutOfStore(QSqlDatabase &db);

} // namespace dsn::migration
