#include "officecore/officedatabase.h"
#include "officecore/messagelanguage.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

constexpr int kMaxAttempts = 60;
constexpr int kSqliteBusyTimeoutMs = 10000;
// The advisory lock that serialises schema changes between several dsn-office processes.
constexpr qint64 kMigrationLockKey = 0x44534E4F; // "DSNO"

QString localized(const char *text)
{
    return officeText("dsn::OfficeDatabase", text); // in the language of the request being answered
}

Error classify(const QSqlError &error, const QString &driver, const QString &what)
{
    const QString detail = what + u": "_s + error.text();
    const QString native = error.nativeErrorCode();
    bool retry = false;
    bool conflict = false;
    if (driver == u"QPSQL"_s) {
        // SQLSTATE: serialization failure, deadlock; a unique violation too, since every insert is
        // checked first in the same transaction: the key was taken by a concurrent one.
        retry = native == u"40001"_s || native == u"40P01"_s || native == u"23505"_s;
        conflict = native == u"23503"_s;
    } else {
        bool ok = false;
        const int code = native.toInt(&ok) & 0xff;
        retry = ok && (code == 5 || code == 6);
        conflict = ok && code == 19;
    }
    if (retry)
        return makeError(ErrorCode::Busy,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeDatabase", "The office database is busy. Try again.")),
            detail);
    if (conflict)
        return makeError(ErrorCode::Conflict,
            localized(QT_TRANSLATE_NOOP(
                "dsn::OfficeDatabase", "The record conflicts with one already in the office database.")),
            detail);
    return makeError(ErrorCode::Sql,
        localized(QT_TRANSLATE_NOOP(
            "dsn::OfficeDatabase", "The office database could not carry out the operation.")),
        detail);
}

// Makes the SQLite file readable and writable by its owner only, before the first connection of
// this process to it: a new file is created here with 0600 (SQLite then gives its -wal and -shm
// files the main file's permissions); an existing one, and side files left by an earlier build,
// lose their group and other bits. Nothing here opens an existing file: O_EXCL fails on it
// without opening it, and chmod() works on the name. So no descriptor of this process to the
// database is ever closed outside SQLite, which would drop the POSIX locks of its connections.
// Later opens in the same process (one per worker thread) do nothing here.
Result<void> prepareSqliteFile(const QString &path)
{
    static QMutex mutex;
    static QSet<QString> prepared;
    const QString key = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QMutexLocker lock(&mutex);
    if (prepared.contains(key))
        return {};
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd >= 0) {
        ::close(fd); // a new, empty file: SQLite takes it as a new database
    } else if (errno != EEXIST) {
        return makeError(ErrorCode::Io,
            localized(
                QT_TRANSLATE_NOOP("dsn::OfficeDatabase", "The office database file cannot be created.")),
            path + u": "_s + QString::fromLocal8Bit(std::strerror(errno)));
    } else {
        for (const QByteArray &file : { name, QByteArray(name + "-wal"), QByteArray(name + "-shm") }) {
            struct stat st = {};
            if (::stat(file.constData(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 077) != 0)
                (void)::chmod(file.constData(), st.st_mode & 0700);
        }
    }
    prepared.insert(key);
    return {};
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"dsn-office-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Result<OfficeLocation> OfficeLocation::parse(const QString &text)
{
    OfficeLocation location;
    if (text.startsWith(u"sqlite:"_s)) {
        location.dialect = Dialect::Sqlite;
        location.path = text.mid(7);
        if (location.path.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                localized(QT_TRANSLATE_NOOP("dsn::OfficeDatabase", "sqlite: needs a file path")));
        return location;
    }
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        location.dialect = Dialect::Postgres;
        location.host = url.host();
        location.port = url.port(5432);
        location.user = url.userName();
        location.password = url.password();
        location.database = url.path().mid(1);
        if (!url.isValid() || location.host.isEmpty() || location.database.isEmpty()
            || location.database.contains(u'/')) {
            return makeError(ErrorCode::InvalidInput,
                localized(
                    QT_TRANSLATE_NOOP("dsn::OfficeDatabase", "expected postgresql://USER@HOST:PORT/NAME")));
        }
        return location;
    }
    return makeError(ErrorCode::InvalidInput,
        localized(QT_TRANSLATE_NOOP(
            "dsn::OfficeDatabase", "expected postgresql://USER@HOST:PORT/NAME or sqlite:PATH")));
}

QString OfficeLocation::display() const
{
    if (dialect == Dialect::Sqlite)
        return u"sqlite:"_s + path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

int officeSchemaVersion()
{
    return 5;
}

OfficeDatabase::OfficeDatabase(OfficeLocation location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
{
}

OfficeDatabase::~OfficeDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase OfficeDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<OfficeDatabase>> OfficeDatabase::open(
    const OfficeLocation &location, bool migrateSchema)
{
    std::unique_ptr<OfficeDatabase> office(new OfficeDatabase(location, nextConnectionName()));
    {
        const bool pg = location.dialect == Dialect::Postgres;
        QSqlDatabase db = QSqlDatabase::addDatabase(pg ? u"QPSQL"_s : u"QSQLITE"_s, office->m_connectionName);
        if (!db.isValid())
            return makeError(ErrorCode::Internal,
                localized(QT_TRANSLATE_NOOP("dsn::OfficeDatabase", "The database driver is not installed.")),
                pg ? u"QPSQL"_s : u"QSQLITE"_s);
        if (pg) {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            if (!location.password.isEmpty())
                db.setPassword(location.password);
            db.setDatabaseName(location.database);
            db.setConnectOptions(u"connect_timeout=10"_s);
        } else {
            if (Result<void> r = prepareSqliteFile(location.path); !r)
                return r.error();
            db.setDatabaseName(location.path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kSqliteBusyTimeoutMs));
        }
        if (!db.open())
            return makeError(ErrorCode::Io,
                localized(QT_TRANSLATE_NOOP("dsn::OfficeDatabase", "The office database cannot be opened.")),
                location.display() + u": "_s + db.lastError().text());
    }
    if (Result<void> configured = office->configure(); !configured)
        return configured.error();
    if (migrateSchema) {
        if (Result<void> migrated = office->migrate(); !migrated)
            return migrated.error();
    }
    Result<int> version = office->readVersion();
    if (!version)
        return version.error();
    office->m_version = *version;
    if (*version > officeSchemaVersion())
        return makeError(ErrorCode::NewerSchema,
            localized(QT_TRANSLATE_NOOP(
                "dsn::OfficeDatabase", "The office database was written by a newer version of dsn-office.")),
            u"schema %1, this build knows %2"_s.arg(*version).arg(officeSchemaVersion()));
    if (*version < officeSchemaVersion())
        return makeError(ErrorCode::MigrationFailed,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeDatabase", "The office database has no current schema.")),
            u"schema %1"_s.arg(*version));
    return office;
}

Result<void> OfficeDatabase::configure()
{
    const QSqlDatabase db = connection();
    if (dialect() == Dialect::Postgres) {
        if (Result<void> r = exec(db, u"SET client_min_messages = warning"_s); !r)
            return r;
        return exec(db, u"SET TIME ZONE 'UTC'"_s);
    }
    // Write-ahead log: readers do not block the writer; FULL: a commit survives a power cut.
    // Turning a new file into a WAL database upgrades a read lock to a write lock, and SQLite does
    // not call the busy handler for that upgrade: while another process does the same on the same
    // new file, this fails at once with SQLITE_BUSY. So it is tried again here, up to the busy
    // timeout; once the file is in WAL mode the statement only reads.
    const QDeadlineTimer deadline(kSqliteBusyTimeoutMs);
    Result<QVariant> mode = scalar(db, u"PRAGMA journal_mode = WAL"_s);
    while (!mode && mode.error().code == ErrorCode::Busy && !deadline.hasExpired()) {
        QThread::usleep(QRandomGenerator::global()->bounded(500u, 5000u));
        mode = scalar(db, u"PRAGMA journal_mode = WAL"_s);
    }
    if (!mode)
        return mode.error();
    if (mode->toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Io,
            localized(QT_TRANSLATE_NOOP(
                "dsn::OfficeDatabase", "The office database cannot use a write-ahead log.")),
            location().display() + u": journal_mode "_s + mode->toString());
    if (Result<void> r = exec(db, u"PRAGMA synchronous = FULL"_s); !r)
        return r;
    return exec(db, u"PRAGMA foreign_keys = ON"_s);
}

Result<int> OfficeDatabase::readVersion()
{
    const QSqlDatabase db = connection();
    const QString exists = dialect() == Dialect::Postgres
        ? u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
          u"AND table_name = 'schema_version'"_s
        : u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s;
    Result<QVariant> count = scalar(db, exists);
    if (!count)
        return count.error();
    if (count->toInt() == 0)
        return 0;
    Result<QVariant> version = scalar(db, u"SELECT version FROM schema_version"_s);
    if (!version)
        return version.error();
    return version->isValid() ? version->toInt() : 0;
}

Result<void> OfficeDatabase::migrate()
{
    // On PostgreSQL a session lock, taken before the transaction begins: its snapshot must be
    // taken after the other process's schema is committed, not while waiting for the lock.
    const bool pg = dialect() == Dialect::Postgres;
    if (pg) {
        if (Result<void> r = exec(connection(), u"SELECT pg_advisory_lock(?)"_s, { kMigrationLockKey }); !r)
            return r;
    }
    Result<void> done = transaction([this](QSqlDatabase &db) -> Result<void> {
        Result<int> version = readVersion();
        if (!version)
            return version.error();
        for (int v = *version + 1; v <= officeSchemaVersion(); ++v) {
            for (const QString &statement : schemaStatements(dialect(), v)) {
                if (Result<void> r = exec(db, statement); !r)
                    return makeError(ErrorCode::MigrationFailed,
                        localized(QT_TRANSLATE_NOOP(
                            "dsn::OfficeDatabase", "The office database could not be upgraded.")),
                        r.error().detail);
            }
            if (Result<void> r = schemaDataStep(db, dialect(), v); !r)
                return makeError(ErrorCode::MigrationFailed,
                    localized(QT_TRANSLATE_NOOP(
                        "dsn::OfficeDatabase", "The office database could not be upgraded.")),
                    r.error().detail);
            if (v == 1) {
                if (Result<void> r = exec(db, u"INSERT INTO schema_version (version) VALUES (1)"_s); !r)
                    return r;
            } else if (Result<void> r = exec(db, u"UPDATE schema_version SET version = ?"_s, { v }); !r) {
                return r;
            }
        }
        return {};
    });
    if (pg)
        (void)exec(connection(), u"SELECT pg_advisory_unlock(?)"_s, { kMigrationLockKey });
    return done;
}

Result<void> OfficeDatabase::transaction(const std::function<Result<void>(QSqlDatabase &)> &work)
{
    QSqlDatabase db = connection();
    const QString begin
        = dialect() == Dialect::Postgres ? u"BEGIN ISOLATION LEVEL SERIALIZABLE"_s : u"BEGIN IMMEDIATE"_s;
    Error last;
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        if (attempt > 0) {
            ++m_retries;
            // Spread the contenders apart so that the same ones do not collide again at once.
            QThread::usleep(
                QRandomGenerator::global()->bounded(200u, 2000u + 500u * quint32(qMin(attempt, 20))));
        }
        if (Result<void> started = exec(db, begin); !started) {
            last = started.error();
            if (last.code == ErrorCode::Busy)
                continue;
            return last;
        }
        Result<void> done = work(db);
        if (done) {
            Result<void> committed = exec(db, u"COMMIT"_s);
            if (committed)
                return {};
            last = committed.error();
        } else {
            last = done.error();
        }
        (void)exec(db, u"ROLLBACK"_s);
        // Only lost races are run again; an answer of the work itself (a conflict, a missing
        // record, invalid input) is final.
        const bool lostRace = last.code == ErrorCode::Busy;
        if (!lostRace)
            return last;
    }
    return last;
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Statements without values run as they are: PostgreSQL cannot prepare BEGIN or COMMIT.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return classify(query.lastError(), db.driverName(), sql.left(60));
        return query;
    }
    if (!query.prepare(sql))
        return classify(query.lastError(), db.driverName(), sql.left(60));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return classify(query.lastError(), db.driverName(), sql.left(60));
    return query;
}

Result<void> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = run(db, sql, values);
    if (!query)
        return query.error();
    query->finish();
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = run(db, sql, values);
    if (!query)
        return query.error();
    QVariant value;
    if (query->next())
        value = query->value(0);
    query->finish();
    return value;
}

} // namespace dsn::office
