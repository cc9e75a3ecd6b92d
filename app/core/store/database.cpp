#include "store/database.h"

#include "store/sql.h"
#include "store/storefile.h"
#include "store/storelog.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QThread>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

QString nextConnectionBase()
{
    static QAtomicInteger<quint64> counter;
    return u"dsn-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Error cannotCreate(const QString &detail)
{
    return makeError(ErrorCode::Io,
        QCoreApplication::translate("dsn::Store", "The store file cannot be created."), detail);
}

void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The file's identity, the same under every name of it (a symbolic or hard link, "..", a
// relative path): device and inode where the system has them. Only stat(), never open().
QString fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return u"%1:%2"_s.arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
    return {};
#else
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QString() : canonical.toCaseFolded();
#endif
}

// The stores open in this process, by file identity.
struct Registry
{
    QMutex mutex;
    QHash<QString, Database *> open;
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

Database::Database(QString path, QString connectionBase, Options options)
    : m_path(std::move(path))
    , m_connectionBase(std::move(connectionBase))
    , m_clock(options.clock ? std::move(options.clock) : systemClock())
    , m_busyTimeoutMs(options.busyTimeoutMs)
{
}

Database::~Database()
{
    QList<ThreadConnection> left;
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &[thread, c] : m_connections)
            left.append(c);
        m_connections.clear();
    }
    for (const ThreadConnection &c : std::as_const(left)) {
        if (c.inTransaction) {
            QSqlQuery q(QSqlDatabase::database(c.name, false));
            q.exec(u"ROLLBACK"_s);
        }
        dropConnection(c.name);
    }
    if (!m_identity.isEmpty()) {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        if (r.open.value(m_identity) == this)
            r.open.remove(m_identity);
    }
}

Database *Database::openInThisProcess(const QString &path)
{
    const QString identity = fileIdentity(QFileInfo(path).absoluteFilePath());
    if (identity.isEmpty())
        return nullptr;
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.open.value(identity);
}

bool Database::isInUseByThisProcess(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList candidates { absolute };
    for (const QLatin1StringView suffix : { "-wal"_L1, "-shm"_L1, "-journal"_L1 }) {
        if (absolute.endsWith(suffix))
            candidates.append(absolute.chopped(suffix.size()));
    }
    for (const QString &candidate : std::as_const(candidates)) {
        const QString identity = fileIdentity(candidate);
        if (identity.isEmpty())
            continue;
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        if (const Database *d = r.open.value(identity); d && d->m_connected.load())
            return true;
    }
    return false;
}

Result<Database::ThreadConnection *> Database::threadConnection() const
{
    QThread *thread = QThread::currentThread();
    {
        QString stale;
        {
            QMutexLocker lock(&m_mutex);
            auto it = m_connections.find(thread);
            if (it != m_connections.end()) {
                if (it->second.thread == thread)
                    return &it->second;
                // A thread that ended without releasing its connection, and a new one at its
                // address.
                stale = it->second.name;
                m_connections.erase(it);
            }
        }
        if (!stale.isEmpty())
            QSqlDatabase::removeDatabase(stale);
    }
    static QAtomicInteger<quint64> counter;
    const QString name = m_connectionBase + u"-t"_s + QString::number(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    m_connected.store(true);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("dsn::Store", "The store file cannot be opened."), detail);
    }
    if (Result<void> r = configure(db); !r) {
        db = QSqlDatabase();
        dropConnection(name);
        return r.error();
    }
    QMutexLocker lock(&m_mutex);
    auto it = m_connections.insert_or_assign(thread, ThreadConnection { name, thread, false }).first;
    return &it->second;
}

QSqlDatabase Database::connection() const
{
    Result<ThreadConnection *> c = threadConnection();
    if (!c)
        return QSqlDatabase();
    return QSqlDatabase::database((*c)->name, false);
}

void Database::releaseThreadConnection()
{
    ThreadConnection released;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_connections.find(QThread::currentThread());
        if (it == m_connections.end())
            return;
        released = it->second;
        m_connections.erase(it);
    }
    if (released.inTransaction) {
        QSqlQuery q(QSqlDatabase::database(released.name, false));
        q.exec(u"ROLLBACK"_s);
    }
    dropConnection(released.name);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, Options());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QList<MigrationStep> &steps = options.steps ? *options.steps : migrationSteps();
    const int newest = latestSchemaVersion(steps);
    const int target = options.targetVersion.value_or(newest);
    if (target < 1 || target > newest)
        return makeError(ErrorCode::Internal, QString(), u"unknown target version %1"_s.arg(target));
    const QString absolute = QFileInfo(path).absoluteFilePath();

    if (!QFileInfo::exists(absolute)) {
        if (!options.createIfMissing) {
            return makeError(ErrorCode::NotFound,
                QCoreApplication::translate("dsn::Store", "There is no store at this path."), absolute);
        }
        // Build the new store under a temporary name: a crash half-way leaves no half store
        // at the real path.
        if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
            return cannotCreate(QFileInfo(absolute).absolutePath());
        const QString temp = absolute + u".new-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            std::unique_ptr<Database> fresh(new Database(temp, nextConnectionBase(), options));
            Result<ThreadConnection *> made = fresh->threadConnection();
            QSqlDatabase db = fresh->connection();
            Result<void> migrated = made ? migrate(db, steps, target, fresh->m_clock)
                                         : Result<void>(cannotCreate(made.error().detail));
            db = QSqlDatabase();
            fresh.reset();
            if (!migrated) {
                QFile::remove(temp);
                QFile::remove(temp + u"-wal"_s);
                QFile::remove(temp + u"-shm"_s);
                return migrated.error();
            }
        }
        // Another process may have created the store meanwhile; then that one is opened.
        // The store holds personal data: readable by the workstation's own account only.
        QFile::setPermissions(temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!QFile::rename(temp, absolute)) {
            QFile::remove(temp);
            if (!QFileInfo::exists(absolute))
                return cannotCreate(u"rename %1"_s.arg(temp));
        }
    }

    // Claim the store in this process before its file is read: reading it would drop the locks
    // of a connection the process already has, and two threads opening it at once must not both
    // read it.
    const QString identity = fileIdentity(absolute);
    if (identity.isEmpty()) {
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("dsn::Store", "There is no store at this path."), absolute);
    }
    std::unique_ptr<Database> store(new Database(absolute, nextConnectionBase(), options));
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        if (r.open.contains(identity)) {
            return makeError(ErrorCode::Busy,
                QCoreApplication::translate("dsn::Store", "The store is already open in this program."),
                absolute);
        }
        r.open.insert(identity, store.get());
        store->m_identity = identity;
    }

    int version = 0;
    {
        Result<std::unique_ptr<StoreFile>> file = StoreFile::inspect(absolute, IntegrityDepth::Quick, newest);
        if (!file)
            return file.error();
        version = (*file)->schemaVersion();
    }
    if (version > target) {
        return makeError(ErrorCode::NewerSchema,
            QCoreApplication::translate("dsn::Store",
                "The store was written by a newer version of the "
                "workstation (schema version %1; this version knows up "
                "to %2). It was left unchanged.")
                .arg(version)
                .arg(target));
    }

    if (Result<ThreadConnection *> c = store->threadConnection(); !c)
        return c.error();
    QSqlDatabase db = store->connection();
    if (version < target) {
        if (Result<void> r = migrate(db, steps, target, store->m_clock); !r)
            return r.error();
    }
    Result<int> now = readSchemaVersion(db);
    if (!now)
        return now.error();
    store->m_version = *now;
    return store;
}

Result<void> Database::configure(QSqlDatabase db) const
{
    Result<QVariant> mode = sqlScalar(db, u"PRAGMA journal_mode = WAL"_s);
    if (!mode)
        return mode.error();
    if (mode->toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate(
                "dsn::Store", "The store cannot use a write-ahead log in this folder."),
            u"journal_mode is %1"_s.arg(mode->toString()));
    }
    return sqlExecAll(db,
        {
            u"PRAGMA synchronous = FULL"_s,
            u"PRAGMA foreign_keys = ON"_s,
            u"PRAGMA busy_timeout = %1"_s.arg(m_busyTimeoutMs),
        });
}

Result<void> Database::begin(const QString &statement)
{
    Result<ThreadConnection *> c = threadConnection();
    if (!c)
        return c.error();
    if ((*c)->inTransaction) {
        return makeError(ErrorCode::Internal, QString(), u"nested store transaction"_s);
    }
    QSqlDatabase db = QSqlDatabase::database((*c)->name, false);
    // SQLite's busy handler already waits; some lock conflicts return at once, so retry until
    // the same timeout has passed.
    QDeadlineTimer deadline(m_busyTimeoutMs);
    for (;;) {
        QSqlQuery q(db);
        if (q.exec(statement)) {
            (*c)->inTransaction = true;
            return {};
        }
        if (!isBusyError(q.lastError()) || deadline.hasExpired())
            return sqlError(q.lastError(), statement);
        QThread::msleep(5);
    }
}

void Database::rollback()
{
    Result<ThreadConnection *> c = threadConnection();
    if (!c)
        return;
    QSqlQuery q(QSqlDatabase::database((*c)->name, false));
    q.exec(u"ROLLBACK"_s);
    (*c)->inTransaction = false;
}

Result<void> Database::logStillAttached() const
{
    if (!thisProcessLostItsLog(m_path))
        return {};
    return makeError(ErrorCode::Io,
        QCoreApplication::translate("dsn::Store",
            "Another program removed the store's log file while this workstation had the store "
            "open. To keep cases from being lost, nothing more is saved: close the workstation, "
            "open it again and check the last applications."),
        u"write-ahead log of %1 deleted while open"_s.arg(m_path));
}

Result<void> Database::write(const std::function<Result<void>(QSqlDatabase &)> &change)
{
    if (Result<void> r = logStillAttached(); !r)
        return r;
    if (Result<void> r = begin(u"BEGIN IMMEDIATE"_s); !r)
        return r;
    QSqlDatabase db = connection();
    Result<void> result;
    try {
        result = change(db);
    } catch (const std::exception &e) {
        result = makeError(ErrorCode::Internal, QString(), QString::fromLocal8Bit(e.what()));
    } catch (...) {
        result = makeError(ErrorCode::Internal, QString(), u"exception in a store change"_s);
    }
    if (!result) {
        rollback();
        return result;
    }
    QSqlQuery commit(db);
    if (!commit.exec(u"COMMIT"_s)) {
        const Error e = sqlError(commit.lastError(), u"commit"_s);
        rollback();
        return e;
    }
    if (Result<ThreadConnection *> c = threadConnection())
        (*c)->inTransaction = false;
    // The log may have gone while the change was written: then the change went into a file
    // nobody else sees and will be lost, so the caller must not report it saved.
    return logStillAttached();
}

Result<void> Database::read(const std::function<Result<void>(QSqlDatabase &)> &reads)
{
    if (Result<void> r = begin(u"BEGIN"_s); !r)
        return r;
    QSqlDatabase db = connection();
    Result<void> result;
    try {
        result = reads(db);
    } catch (...) {
        result = makeError(ErrorCode::Internal, QString(), u"exception in a store read"_s);
    }
    rollback();
    return result;
}

Result<void> Database::checkpoint()
{
    Result<ThreadConnection *> c = threadConnection();
    if (!c)
        return c.error();
    if ((*c)->inTransaction)
        return makeError(ErrorCode::Internal, QString(), u"checkpoint inside a transaction"_s);
    Result<QSqlQuery> q = sqlRun(connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (!q)
        return q.error();
    bool blocked = false;
    if (q->next())
        blocked = q->value(0).toInt() != 0;
    q->finish();
    if (blocked) {
        return makeError(ErrorCode::Busy,
            QCoreApplication::translate("dsn::Store", "The store is in use by another program."),
            u"wal_checkpoint blocked"_s);
    }
    return {};
}

} // namespace dsn
