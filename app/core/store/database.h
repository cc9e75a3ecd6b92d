#pragma once

#include "base/result.h"
#include "base/storetime.h"
#include "store/migrations.h"

#include <QMutex>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

// The workstation's store: one SQLite file in write-ahead-log mode with synchronous=FULL.
// Opening checks the file first (see StoreFile) and refuses, without writing a byte, a file that
// is not a store, is damaged or truncated, or carries a newer schema version; a missing file
// is created (built under a temporary name and renamed into place once its schema is complete).
// Older stores are upgraded step by step.
//
// One Database per store per process. SQLite keeps its POSIX locks per process and file:
// closing any other descriptor of the store file (or its -wal or -shm) in this process drops
// every lock the process holds on it, another program then takes itself for the store's last
// user and deletes the live write-ahead log. So the file is read outside SQLite only before the
// first connection, a second open() of the same store in the process is refused, and the
// window and the sync worker share this object: each thread gets a connection of its own
// through it, opened on first use and closed by releaseThreadConnection() (or with the
// Database). Writes go through write(), which holds BEGIN IMMEDIATE for the whole change so
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
    // Destroy it on the thread that opened it, after the other threads have released their
    // connections.
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The store this process has open at path (the same file under any name), or nullptr.
    static Database *openInThisProcess(const QString &path);
    // True when path names a store this process has a connection to, or one of its -wal, -shm
    // or -journal files: nothing but SQLite may open, replace or delete such a file.
    static bool isInUseByThisProcess(const QString &path);

    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    const Clock &clock() const { return m_clock; }

    // The calling thread's connection, opened and configured on its first use; an invalid
    // QSqlDatabase when it cannot be opened (every statement on it then fails).
    QSqlDatabase connection() const;
    // Closes the calling thread's connection. A thread other than the opening one calls it
    // before it ends; its next use opens a new one.
    void releaseThreadConnection();

    // Runs change inside BEGIN IMMEDIATE ... COMMIT on the calling thread's connection. An error
    // returned by change, an exception or a failing COMMIT rolls everything back. Waiting for
    // the write lock is bounded by the busy timeout. Calls do not nest. A write is refused, and
    // one that committed is reported failed, when the store's write-ahead log was removed from
    // under this process (see storelog.h): what it wrote would be lost when the process ends.
    Result<void> write(const std::function<Result<void>(QSqlDatabase &)> &change);
    // Runs reads inside one read transaction, so that they see one consistent state.
    Result<void> read(const std::function<Result<void>(QSqlDatabase &)> &reads);

    // Writes committed pages back into the main file and empties the write-ahead log (before
    // copying the file by other means).
    Result<void> checkpoint();

private:
    struct ThreadConnection
    {
        QString name;
        QPointer<QThread> thread; // null once the thread that opened it is gone
        bool inTransaction = false;
    };

    Database(QString path, QString connectionBase, Options options);
    // The calling thread's connection record, opening the connection when there is none.
    Result<ThreadConnection *> threadConnection() const;
    Result<void> configure(QSqlDatabase db) const;
    Result<void> begin(const QString &statement);
    void rollback();
    Result<void> logStillAttached() const;

    QString m_path;
    QString m_identity; // the file's identity in the registry of open stores
    QString m_connectionBase;
    Clock m_clock;
    int m_busyTimeoutMs = 5000;
    int m_version = 0;
    mutable std::atomic<bool> m_connected { false }; // a connection was ever opened
    mutable QMutex m_mutex;                          // guards m_connections
    // Node-based: a thread's record stays where it is while others are added.
    mutable std::unordered_map<QThread *, ThreadConnection> m_connections;
};

} // namespace dsn
