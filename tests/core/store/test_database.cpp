#include "store/database.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "storefiles.h"

#include <QTemporaryDir>
#include <QtTest>

#include <QMutex>
#include <QThread>

#include <optional>
#include <stdexcept>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;

Q_DECLARE_METATYPE(dsn::ErrorCode)

class DatabaseTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsNewStoreWithSettings();
    void reopensExistingStore();
    void missingFileWithoutCreateIsNotFound();
    void refusesForeignOrDamagedFile_data();
    void refusesForeignOrDamagedFile();
    void refusesNewerSchemaVersion();
    void failingUpgradeStepKeepsOldVersion_data();
    void failingUpgradeStepKeepsOldVersion();
    void upgradeFromEarlierTargetVersionKeepsData();
    void writeCommitsOrRollsBack();
    void writeDoesNotNest();
    void writersOnTwoConnectionsQueue();
    void secondOpenInTheSameProcessIsRefused();
    void threadsShareTheStoreWithConnectionsOfTheirOwn();

private:
    QString storePath(const QString &name = u"store.sqlite"_s) const { return m_dir->filePath(name); }
    // A valid store of several pages, closed.
    QString makeFilledStore(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void DatabaseTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString DatabaseTest::makeFilledStore(const QString &name)
{
    const QString path = storePath(name);
    auto db = dsn::Database::open(path);
    if (!db)
        return {};
    const dsn::Result<void> r = (*db)->write([](QSqlDatabase &c) -> dsn::Result<void> {
        for (int i = 0; i < 300; ++i) {
            if (auto e = dsn::sqlExec(c, u"INSERT INTO settings(key, value) VALUES (?, ?)"_s,
                    { u"key%1"_s.arg(i), QString(200, QChar(u'a' + i % 26)) });
                !e)
                return e;
        }
        return {};
    });
    return r ? path : QString();
}

void DatabaseTest::createsNewStoreWithSettings()
{
    auto db = dsn::Database::open(storePath());
    QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
    QCOMPARE((*db)->schemaVersion(), dsn::latestSchemaVersion());
    QSqlDatabase c = (*db)->connection();
    QCOMPARE(dsn::sqlScalar(c, u"PRAGMA journal_mode"_s)->toString(), u"wal"_s);
    QCOMPARE(dsn::sqlScalar(c, u"PRAGMA synchronous"_s)->toInt(), 2); // FULL
    QCOMPARE(dsn::sqlScalar(c, u"PRAGMA foreign_keys"_s)->toInt(), 1);
    QCOMPARE(dsn::sqlScalar(c, u"PRAGMA application_id"_s)->toLongLong(), qint64(dsn::kStoreApplicationId));
    QCOMPARE(dsn::sqlScalar(c, u"SELECT version FROM schema_version"_s)->toInt(), dsn::latestSchemaVersion());
    for (const QString &table : { u"settings"_s, u"counters"_s, u"users"_s, u"subjects"_s, u"applications"_s,
             u"product_lines"_s, u"status_events"_s, u"printed_documents"_s, u"outbox"_s, u"audit_log"_s,
             u"audit_head"_s, u"reference_versions"_s, u"calendar_years"_s }) {
        QVERIFY2(dsn::sqlScalar(
                     c, u"SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?"_s, { table })
                     ->toInt()
                == 1,
            qPrintable(table));
    }
#ifdef Q_OS_UNIX
    // Personal data: nobody but the workstation's account may read the file.
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(storePath()) & others, QFileDevice::Permissions());
#endif
    // No temporary file of the creation is left behind.
    c = QSqlDatabase();
    db->reset(); // one Database per store in a process: the first goes before the reopen
    db = dsn::Database::open(storePath());
    QVERIFY(db);
    for (const QString &f : folderListing(m_dir->path()))
        QVERIFY2(!f.contains(u".new-"_s), qPrintable(f));
}

void DatabaseTest::reopensExistingStore()
{
    const QString path = makeFilledStore(u"filled.sqlite"_s);
    QVERIFY(!path.isEmpty());
    dsn::Database::Options options;
    options.createIfMissing = false;
    auto db = dsn::Database::open(path, options);
    QVERIFY(db);
    QCOMPARE(dsn::sqlScalar((*db)->connection(), u"SELECT count(*) FROM settings"_s)->toInt(), 300);
}

void DatabaseTest::missingFileWithoutCreateIsNotFound()
{
    dsn::Database::Options options;
    options.createIfMissing = false;
    auto db = dsn::Database::open(storePath(u"absent.sqlite"_s), options);
    QVERIFY(!db);
    QCOMPARE(db.error().code, dsn::ErrorCode::NotFound);
    QVERIFY(!QFile::exists(storePath(u"absent.sqlite"_s)));
}

void DatabaseTest::refusesForeignOrDamagedFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<dsn::ErrorCode>("expected");
    QTest::newRow("text file") << u"text"_s << dsn::ErrorCode::NotAStore;
    QTest::newRow("empty file") << u"empty"_s << dsn::ErrorCode::NotAStore;
    QTest::newRow("PNG header") << u"png"_s << dsn::ErrorCode::NotAStore;
    QTest::newRow("SQLite file of another application") << u"foreign"_s << dsn::ErrorCode::NotAStore;
    QTest::newRow("first half of a valid store") << u"half"_s << dsn::ErrorCode::Damaged;
    QTest::newRow("valid store cut inside a page") << u"cut"_s << dsn::ErrorCode::Damaged;
    QTest::newRow("store without its version table") << u"noversion"_s << dsn::ErrorCode::Damaged;
}

void DatabaseTest::refusesForeignOrDamagedFile()
{
    QFETCH(QString, kind);
    QFETCH(dsn::ErrorCode, expected);
    const QString path = storePath(u"subject.sqlite"_s);
    if (kind == u"text"_s) {
        QVERIFY(writeBytes(path, "case number;taxpayer\nAST01-2025-000001;Example LLP\n"));
    } else if (kind == u"empty"_s) {
        QVERIFY(writeBytes(path, QByteArray()));
    } else if (kind == u"png"_s) {
        QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
        png.append(4096, '\0');
        QVERIFY(writeBytes(path, png));
    } else if (kind == u"foreign"_s) {
        QCOMPARE(rawExec(path,
                     { u"CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)"_s,
                         u"INSERT INTO notes(text) VALUES ('shopping list')"_s }),
            QString());
    } else if (kind == u"half"_s || kind == u"cut"_s) {
        const QString full = makeFilledStore(u"full.sqlite"_s);
        QVERIFY(!full.isEmpty());
        const QByteArray bytes = fileBytes(full);
        QVERIFY(bytes.size() >= 8 * 4096);
        QVERIFY(writeBytes(
            path, kind == u"half"_s ? bytes.left(bytes.size() / 2) : bytes.left(bytes.size() - 100)));
    } else if (kind == u"noversion"_s) {
        QVERIFY(!makeFilledStore(u"subject.sqlite"_s).isEmpty());
        QCOMPARE(rawExec(path, { u"DROP TABLE schema_version"_s }), QString());
    }
    const QByteArray before = fileBytes(path);
    const QStringList listing = folderListing(m_dir->path());

    auto db = dsn::Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, expected);
    QVERIFY(!db.error().message.isEmpty());
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(folderListing(m_dir->path()), listing);
}

void DatabaseTest::refusesNewerSchemaVersion()
{
    const QString path = makeFilledStore(u"store.sqlite"_s);
    QVERIFY(!path.isEmpty());
    QCOMPARE(
        rawExec(path, { u"UPDATE schema_version SET version = %1"_s.arg(dsn::latestSchemaVersion() + 1) }),
        QString());
    const QByteArray before = fileBytes(path);
    const QStringList listing = folderListing(m_dir->path());

    auto db = dsn::Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, dsn::ErrorCode::NewerSchema);
    QVERIFY(db.error().message.contains(QString::number(dsn::latestSchemaVersion() + 1)));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(folderListing(m_dir->path()), listing);
}

void DatabaseTest::failingUpgradeStepKeepsOldVersion_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("step reports an error") << u"error"_s;
    QTest::newRow("statement fails after others ran") << u"sql"_s;
    QTest::newRow("step throws") << u"throw"_s;
}

void DatabaseTest::failingUpgradeStepKeepsOldVersion()
{
    QFETCH(QString, failure);
    const QString path = makeFilledStore(u"store.sqlite"_s);
    QVERIFY(!path.isEmpty());

    QList<dsn::MigrationStep> steps = dsn::migrationSteps();
    const int next = dsn::latestSchemaVersion() + 1;
    steps.append({ next, u"failing step"_s, [failure](QSqlDatabase &db) -> dsn::Result<void> {
                      if (auto r = dsn::sqlExecAll(
                              db, { u"CREATE TABLE extra(x)"_s, u"UPDATE settings SET value = 'changed'"_s });
                          !r)
                          return r;
                      if (failure == u"error"_s)
                          return dsn::makeError(dsn::ErrorCode::Sql, u"step failed"_s);
                      if (failure == u"sql"_s)
                          return dsn::sqlExec(db, u"INSERT INTO no_such_table VALUES (1)"_s);
                      throw std::runtime_error("step threw");
                  } });
    dsn::Database::Options options;
    options.steps = &steps;
    auto failed = dsn::Database::open(path, options);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, dsn::ErrorCode::MigrationFailed);

    auto db = dsn::Database::open(path);
    QVERIFY(db);
    QCOMPARE((*db)->schemaVersion(), dsn::latestSchemaVersion());
    QSqlDatabase c = (*db)->connection();
    QCOMPARE(dsn::sqlScalar(c, u"SELECT count(*) FROM sqlite_master WHERE name = 'extra'"_s)->toInt(), 0);
    QCOMPARE(dsn::sqlScalar(c, u"SELECT count(*) FROM settings WHERE value = 'changed'"_s)->toInt(), 0);
}

void DatabaseTest::upgradeFromEarlierTargetVersionKeepsData()
{
    QList<dsn::MigrationStep> steps = dsn::migrationSteps();
    const int next = dsn::latestSchemaVersion() + 1;
    steps.append({ next, u"adds a column"_s, [](QSqlDatabase &db) {
                      return dsn::sqlExecAll(db,
                          { u"ALTER TABLE settings ADD COLUMN note TEXT"_s,
                              u"UPDATE settings SET note = 'upgraded'"_s });
                  } });
    dsn::Database::Options old;
    old.steps = &steps;
    old.targetVersion = next - 1;
    {
        auto db = dsn::Database::open(storePath(), old);
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), next - 1);
        QVERIFY((*db)->write([](QSqlDatabase &c) {
            return dsn::sqlExec(
                c, u"INSERT INTO settings(key, value) VALUES ('workstation.code', 'AST01')"_s);
        }));
    }
    dsn::Database::Options current;
    current.steps = &steps;
    auto db = dsn::Database::open(storePath(), current);
    QVERIFY(db);
    QCOMPARE((*db)->schemaVersion(), next);
    QCOMPARE(dsn::sqlScalar((*db)->connection(), u"SELECT value || '/' || note FROM settings"_s)->toString(),
        u"AST01/upgraded"_s);
}

void DatabaseTest::writeCommitsOrRollsBack()
{
    auto db = dsn::Database::open(storePath());
    QVERIFY(db);
    auto insert = [](const QString &key) {
        return [key](QSqlDatabase &c) {
            return dsn::sqlExec(c, u"INSERT INTO settings(key, value) VALUES (?, 'v')"_s, { key });
        };
    };
    QVERIFY((*db)->write(insert(u"kept"_s)));
    auto failing = (*db)->write([&](QSqlDatabase &c) -> dsn::Result<void> {
        if (auto r = insert(u"dropped"_s)(c); !r)
            return r;
        return dsn::makeError(dsn::ErrorCode::InvalidInput, u"no"_s);
    });
    QVERIFY(!failing);
    QCOMPARE(failing.error().code, dsn::ErrorCode::InvalidInput);
    auto throwing = (*db)->write([&](QSqlDatabase &c) -> dsn::Result<void> {
        (void)insert(u"thrown"_s)(c);
        throw std::runtime_error("boom");
    });
    QVERIFY(!throwing);
    auto conflicting = (*db)->write(insert(u"kept"_s));
    QVERIFY(!conflicting);
    QCOMPARE(conflicting.error().code, dsn::ErrorCode::Conflict);
    QCOMPARE(dsn::sqlScalar((*db)->connection(), u"SELECT group_concat(key) FROM settings"_s)->toString(),
        u"kept"_s);
    // The connection is usable after each rollback.
    QVERIFY((*db)->write(insert(u"again"_s)));
}

void DatabaseTest::writeDoesNotNest()
{
    auto db = dsn::Database::open(storePath());
    QVERIFY(db);
    dsn::Database *store = db->get();
    auto r = store->write(
        [store](QSqlDatabase &) { return store->write([](QSqlDatabase &) { return dsn::Result<void>(); }); });
    QVERIFY(!r);
    QCOMPARE(r.error().code, dsn::ErrorCode::Internal);
}

void DatabaseTest::writersOnTwoConnectionsQueue()
{
    dsn::Database::Options impatient;
    impatient.busyTimeoutMs = 50;
    auto db = dsn::Database::open(storePath(), impatient);
    QVERIFY(db);
    dsn::Database &store = **db;
    // Another thread writes through its own connection of the same Database. While this
    // thread holds the write lock, it is kept out with Busy once its (short) timeout passed;
    // after the commit it gets in.
    const auto writeOnAnotherThread = [&store](const QString &sql) {
        std::optional<dsn::Result<void>> result;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            result = store.write([&sql](QSqlDatabase &c) { return dsn::sqlExec(c, sql); });
            store.releaseThreadConnection();
        }));
        thread->start();
        thread->wait();
        return result.value_or(dsn::makeError(dsn::ErrorCode::Internal, u"no result"_s));
    };
    QVERIFY(store.write([&](QSqlDatabase &c) -> dsn::Result<void> {
        if (auto r = dsn::sqlExec(c, u"INSERT INTO counters(name, value) VALUES ('n', 1)"_s); !r)
            return r;
        const dsn::Result<void> blocked = writeOnAnotherThread(u"UPDATE counters SET value = 100"_s);
        if (blocked || blocked.error().code != dsn::ErrorCode::Busy)
            return dsn::makeError(dsn::ErrorCode::Internal, u"second writer was not kept out"_s);
        return {};
    }));
    QVERIFY(writeOnAnotherThread(u"UPDATE counters SET value = value + 1 WHERE name = 'n'"_s));
    QCOMPARE(dsn::sqlScalar(store.connection(), u"SELECT value FROM counters"_s)->toInt(), 2);
}

void DatabaseTest::secondOpenInTheSameProcessIsRefused()
{
    auto first = dsn::Database::open(storePath());
    QVERIFY(first);
    // Under its own name and through a link: reading the file again would drop the locks the
    // first connection holds.
    auto again = dsn::Database::open(storePath());
    QVERIFY(!again);
    QCOMPARE(again.error().code, dsn::ErrorCode::Busy);
#ifdef Q_OS_UNIX
    const QString link = m_dir->filePath(u"link.sqlite"_s);
    QVERIFY(QFile::link(storePath(), link));
    auto throughLink = dsn::Database::open(link);
    QVERIFY(!throughLink);
    QCOMPARE(throughLink.error().code, dsn::ErrorCode::Busy);
    QCOMPARE(dsn::Database::openInThisProcess(link), first->get());
#endif
    QVERIFY(dsn::Database::isInUseByThisProcess(storePath() + u"-wal"_s));
    QVERIFY(!dsn::Database::isInUseByThisProcess(m_dir->filePath(u"other.sqlite"_s)));
    first->reset();
    QVERIFY(!dsn::Database::openInThisProcess(storePath()));
    QVERIFY(dsn::Database::open(storePath()));
}

void DatabaseTest::threadsShareTheStoreWithConnectionsOfTheirOwn()
{
    auto db = dsn::Database::open(storePath());
    QVERIFY(db);
    dsn::Database &store = **db;
    QVERIFY(store.write([](QSqlDatabase &c) {
        return dsn::sqlExec(c, u"INSERT INTO counters(name, value) VALUES ('n', 0)"_s);
    }));
    const QString mainConnection = store.connection().connectionName();
    constexpr int kThreads = 4;
    constexpr int kWrites = 25;
    QStringList names;
    QMutex namesMutex;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&] {
            for (int i = 0; i < kWrites; ++i) {
                const auto r = store.write([](QSqlDatabase &c) {
                    return dsn::sqlExec(c, u"UPDATE counters SET value = value + 1 WHERE name = 'n'"_s);
                });
                if (!r)
                    qWarning("write failed: %s", qPrintable(r.error().detail));
            }
            QMutexLocker lock(&namesMutex);
            names.append(store.connection().connectionName());
            store.releaseThreadConnection();
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        QVERIFY(t->wait(60000));
    QCOMPARE(dsn::sqlScalar(store.connection(), u"SELECT value FROM counters WHERE name = 'n'"_s)->toInt(),
        kThreads * kWrites);
    names.append(mainConnection);
    names.removeDuplicates();
    QCOMPARE(names.size(), kThreads + 1);
    // Released connections are gone; the opening thread's stays until the Database goes.
    for (const QString &name : std::as_const(names)) {
        if (name != mainConnection)
            QVERIFY2(!QSqlDatabase::contains(name), qPrintable(name));
    }
    QVERIFY(QSqlDatabase::contains(mainConnection));
    db->reset();
    QVERIFY(!QSqlDatabase::contains(mainConnection));
}

QTEST_GUILESS_MAIN(DatabaseTest)
#include "test_database.moc"
