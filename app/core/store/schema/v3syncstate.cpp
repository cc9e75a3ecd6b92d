#include "store/schema/steps.h"

#include "store/sql.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn::migration {

Result<void> addSyncState(QSqlDatabase &db)
{
    return sqlExecAll(db,
        {
            u"ALTER TABLE outbox ADD COLUMN failed_at TEXT"_s,
            u"ALTER TABLE outbox ADD COLUMN failure TEXT CHECK (failure IN ('conflict', 'rejected'))"_s,
            u"CREATE TABLE sync_state ("
            u" singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
            u" last_seq INTEGER NOT NULL DEFAULT 0,"
            u" last_attempt_at TEXT,"
            u" last_success_at TEXT,"
            u" last_error TEXT,"
            u" last_error_at TEXT)"_s,
            u"INSERT INTO sync_state(singleton, last_seq) VALUES (1, 0)"_s,
            u"CREATE INDEX outbox_due ON outbox(kind, acknowledged_at, failed_at, next_attempt_at)"_s,
        });
}

} // namespace dsn::migration
