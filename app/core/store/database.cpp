#include "store/database.h"

#include "store/sql.h"
#include "store/storefile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

QString nextConnectionName()
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

} // namespace

Database::Database(QString path, QString connectionName, Options options)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_clock(options.clock ? std::move(options.clock) : systemClock())
    , m_busyTimeoutMs(options.busyTimeoutMs)
{
}

Database::~Database()
{
    if (m_inTransaction)
        rollback();
    dropConnection(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
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
            std::unique_ptr<Database> fresh(new Database(temp, nextConnectionName(), options));
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, fresh->m_connectionName);
            db.setDatabaseName(temp);
            Result<void> made
                = db.open() ? fresh->configure() : Result<void>(cannotCreate(db.lastError().text()));
            if (made)
                made = migrate(db, steps, target, fresh->m_clock);
            db = QSqlDatabase();
            fresh.reset();
            if (!made) {
                QFile::remove(temp);
                QFile::remove(temp + u"-wal"_s);
                QFile::remove(temp + u"-shm"_s);
                return made.error();
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

    std::unique_ptr<Database> store(new Database(absolute, nextConnectionName(), options));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, store->m_connectionName);
        db.setDatabaseName(absolute);
        if (!db.open()) {
            return makeError(ErrorCode::Io,
                QCoreApplication::translate("dsn::Store", "The store file cannot be opened."),
                db.lastError().text());
        }
        if (Result<void> r = store->configure(); !r)
            return r.error();
        if (version < target) {
            if (Result<void> r = migrate(db, steps, target, store->m_clock); !r)
                return r.error();
        }
        Result<int> now = readSchemaVersion(db);
        if (!now)
            return now.error();
        store->m_version = *now;
    }
    return store;
}

Result<void> Database::configure()
{
    QSqlDatabase db = connection();
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
    if (m_inTransaction) {
        return makeError(ErrorCode::Internal, QString(), u"nested store transaction"_s);
    }
    QSqlDatabase db = connection();
    // SQLite's busy handler already waits; some lock conflicts return at once, so retry until
    // the same timeout has passed.
    QDeadlineTimer deadline(m_busyTimeoutMs);
    for (;;) {
        QSqlQuery q(db);
        if (q.exec(statement)) {
            m_inTransaction = true;
            return {};
        }
        if (!isBusyError(q.lastError()) || deadline.hasExpired())
            return sqlError(q.lastError(), statement);
        QThread::msleep(5);
    }
}

void Database::rollback()
{
    QSqlQuery q(connection());
    q.exec(u"ROLLBACK"_s);
    m_inTransaction = false;
}

Result<void> Database::write(const std::function<Result<void>(QSqlDatabase &)> &change)
{
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
    m_inTransaction = false;
    return {};
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
    if (m_inTransaction)
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
