#include "sync/syncschema.h"

#include "store/sql.h"
#include "sync/syncstore.h"
#include "sync/synctokenfile.h"

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

Result<void> moveSyncTokenOutOfStore(QSqlDatabase &db)
{
    Result<QVariant> token
        = sqlScalar(db, u"SELECT value FROM settings WHERE key = ?"_s, { QString(kSyncTokenKey) });
    if (!token)
        return token.error();
    if (!token->isNull() && !token->toString().isEmpty()) {
        Result<QString> file = SyncTokenFile::storeFilePath(db);
        if (!file)
            return file.error();
        if (Result<void> r = SyncTokenFile::write(*file, token->toString()); !r)
            return r;
    }
    // Overwritten, not only unlinked: the token's bytes do not stay behind in the store file.
    Result<QVariant> secure = sqlScalar(db, u"PRAGMA secure_delete"_s);
    if (!secure)
        return secure.error();
    if (Result<void> r = sqlExec(db, u"PRAGMA secure_delete = ON"_s); !r)
        return r;
    Result<void> deleted = sqlExec(db, u"DELETE FROM settings WHERE key = ?"_s, { QString(kSyncTokenKey) });
    if (Result<void> r = sqlExec(db, u"PRAGMA secure_delete = %1"_s.arg(secure->toInt())); !r && deleted)
        return r;
    return deleted;
}

} // namespace dsn::migration
