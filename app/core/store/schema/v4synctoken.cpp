#include "store/schema/steps.h"

#include "store/sql.h"
#include "store/synctokenfile.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn::migration {

namespace {
// The settings key under which versions 1 to 3 kept the token.
constexpr QLatin1StringView kOldTokenKey { "sync.token" };
} // namespace

Result<void> moveSyncTokenOutOfStore(QSqlDatabase &db)
{
    Result<QVariant> token
        = sqlScalar(db, u"SELECT value FROM settings WHERE key = ?"_s, { QString(kOldTokenKey) });
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
    Result<void> deleted = sqlExec(db, u"DELETE FROM settings WHERE key = ?"_s, { QString(kOldTokenKey) });
    if (Result<void> r = sqlExec(db, u"PRAGMA secure_delete = %1"_s.arg(secure->toInt())); !r && deleted)
        return r;
    return deleted;
}

} // namespace dsn::migration
