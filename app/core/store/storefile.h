#pragma once

#include "base/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

// Looks at an existing store file without changing it: the SQLite header, the file size
// against the page count, a read-only connection (opened "immutable" when no write-ahead log
// is present, so that not even side files appear), the application id, the integrity check and
// the schema version. A file that fails any of these is refused and left as it was.
namespace dsn {

enum class IntegrityDepth {
    Quick, // PRAGMA quick_check: on every open
    Full,  // PRAGMA integrity_check: dsnctl db check, backup and restore
};

class StoreFile
{
public:
    // newestKnownVersion: a store with a higher schema version is refused (ErrorCode::NewerSchema).
    static Result<std::unique_ptr<StoreFile>> inspect(
        const QString &path, IntegrityDepth depth, int newestKnownVersion);
    ~StoreFile();
    StoreFile(const StoreFile &) = delete;
    StoreFile &operator=(const StoreFile &) = delete;

    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    // A read-only connection to the file, for further checks (the audit chain). Only for the
    // thread that called inspect(); gone with this object.
    QSqlDatabase connection() const;

private:
    StoreFile(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    int m_version = 0;
};

// The checks that need only the file's bytes (header, size against page count); used before
// SQLite ever opens the file, and refused for a store this process has open (reading the file
// would drop the locks of its connections).
Result<void> checkStoreHeader(const QString &path);

// The checks made through a connection: application id, integrity (quick or full), a schema
// version this build knows. Returns the schema version.
Result<int> inspectConnection(const QSqlDatabase &db, IntegrityDepth depth, int newestKnownVersion);

} // namespace dsn
