#pragma once

#include "base/result.h"

#include <QSqlDatabase>
#include <QString>

// The workstation's sync token, kept outside the store so that a copy or a backup of the store
// never carries it. One file per store in the workstation's configuration folder
// (QStandardPaths::AppConfigLocation of the workstation, organization "DSN", application
// "dsn-workstation", whatever program asks: ~/.config/DSN/dsn-workstation/sync-tokens/), named
// after a hash of the store file's path as SQLite resolves it. The folder is 0700 and the file
// 0600 from its first byte; it is written whole or not at all.
namespace dsn {

class SyncTokenFile
{
public:
    // The folder of the token files.
    static QString folder();
    // The main file of the connection's store as SQLite resolves it (PRAGMA database_list);
    // empty for a store without a file.
    static Result<QString> storeFilePath(const QSqlDatabase &db);
    // The token file of the store at storeFile (a path as storeFilePath() gives it).
    static QString pathFor(const QString &storeFile);

    // The token kept for the store; empty when none is kept.
    static Result<QString> read(const QString &storeFile);
    // Keeps the token for the store, replacing the one kept before.
    static Result<void> write(const QString &storeFile, const QString &token);
};

} // namespace dsn
