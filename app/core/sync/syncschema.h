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

} // namespace dsn::migration
