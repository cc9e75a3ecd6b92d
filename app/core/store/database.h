#pragma once

#include "store/migrations.h"
#include "store/result.h"
#include "store/storetime.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// The workstation's store: one SQLite file in write-ahead-log mode with synchronous=FULL.
// Opening checks the file first (see StoreFile) and refuses, without writing a byte, a file that
// is not a store, is damaged or truncated, or carries a newer schema version; a missing file
// is created (built under a temporary name and renamed into place once its schema is complete).
// Older stores are upgraded step by step.
//
// One Database is one connection and belongs to the thread that opened it; other threads open
// their own. Writes go through write(), which holds BEGIN IMMEDIATE for the whole change so
// that concurrent writers queue instead of failing half-way.
namespace dsn {

class Database
{
public:
    struct Options
    {
        // Upgrade only up to this version (tests of later upgrade steps); default: the newest.
        std::optional<int> targetVersion;
        // Use these steps instead of migrationSteps() (tests of the upgrade machinery).
        const QList<MigrationStep> *steps = nullptr;
        // Create the store when the file does not exist; otherwise ErrorCode::NotFound.
        bool createIfMissing = true;
        // How long a writer waits for another connection's write lock.
        int busyTimeoutMs = 5000;
        Clock clock = systemClock();
    };

    static Result<std::unique_ptr<Database>> open(const QString &path);
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    const Clock &clock() const { return m_clock; }

    // The connection, for reads outside write(). Use it only on the opening thread.
    QSqlDatabase connection() const;

    // Runs change inside BEGIN IMMEDIATE ... COMMIT. An error returned by change, an exception
    // or a failing COMMIT rolls everything back. Waiting for the write lock is bounded by the
    // busy timeout. Calls do not nest.
    Result<void> write(const std::function<Result<void>(QSqlDatabase &)> &change);
    // Runs reads inside one read transaction, so that they see one consistent state.
    Result<void> read(const std::function<Result<void>(QSqlDatabase &)> &reads);

    // Writes committed pages back into the main file and empties the write-ahead log (before
    // copying the file by other means).
    Result<void> checkpoint();

private:
    Database(QString path, QString connectionName, Options options);
    Result<void> configure();
    Result<void> begin(const QString &statement);
    void rollback();

    QString m_path;
    QString m_connectionName;
    Clock m_clock;
    int m_busyTimeoutMs = 5000;
    int m_version = 0;
    bool m_inTransaction = false;
};

} // namespace dsn
