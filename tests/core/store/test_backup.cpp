#include "store/audittrail.h"
#include "store/backup.h"
#include "store/database.h"
#include "store/sql.h"
#include "storefiles.h"
#include "users/userstore.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;

Q_DECLARE_METATYPE(dsn::ErrorCode)

class BackupTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void backupIsVerifiedAndRestorable();
    void backupDoesNotOverwrite();
    void restoreReplacesStoreAndKeepsThePrevious();
    void restoreIntoMissingStore();
    void restoreRefusesBadFile_data();
    void restoreRefusesBadFile();
    void restoreRefusesStoreInUse();

private:
    QString live() const { return m_dir->filePath(u"live.sqlite"_s); }
    QString file(const QString &name) const { return m_dir->filePath(name); }
    // A closed live store with two users and their audit entries.
    bool makeLiveStore();
    static int userCount(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void BackupTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool BackupTest::makeLiveStore()
{
    auto db = dsn::Database::open(live());
    if (!db)
        return false;
    dsn::UserStore users(**db, dsn::PasswordCost::fastForTests());
    auto admin = users.createFirstAdministrator(
        { u"admin"_s, u"Admin"_s, dsn::Role::Administrator, u"AST01"_s }, u"first admin password"_s);
    if (!admin)
        return false;
    return users
        .createUser(admin->actor(), { u"aigerim"_s, u"Aigerim S."_s, dsn::Role::Operator, u"AST01"_s },
            u"operator password"_s)
        .ok();
}

int BackupTest::userCount(const QString &path)
{
    return rawScalar(path, u"SELECT count(*) FROM users"_s).toInt();
}

void BackupTest::backupIsVerifiedAndRestorable()
{
    QVERIFY(makeLiveStore());
    auto db = dsn::Database::open(live());
    QVERIFY(db);
    auto report = dsn::backupStore(**db, file(u"backups/b1.sqlite"_s), dsn::Actor::system());
    QVERIFY2(report, report ? "" : qPrintable(report.error().message + report.error().detail));
    QCOMPARE(report->file, file(u"backups/b1.sqlite"_s));
    const QByteArray bytes = fileBytes(report->file);
    QCOMPARE(report->bytes, bytes.size());
    QCOMPARE(report->sha256,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(report->check.auditEntries, 2); // two user_created entries
    QCOMPARE(folderListing(file(u"backups"_s)), QStringList { u"b1.sqlite"_s });
#ifdef Q_OS_UNIX
    // Personal data: nobody but the workstation's account may read the backup.
    QCOMPARE(QFile::permissions(report->file)
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                | QFileDevice::WriteOther),
        QFileDevice::Permissions());
#endif

    // The live store records the backup, by the system.
    QCOMPARE(dsn::sqlScalar((*db)->connection(), u"SELECT actor_name FROM audit_log WHERE event = 'backup'"_s)
                 ->toString(),
        u"system"_s);

    auto check = dsn::checkStoreFile(report->file);
    QVERIFY(check);
    QCOMPARE(check->schemaVersion, dsn::latestSchemaVersion());
    auto copy = dsn::Database::open(report->file);
    QVERIFY(copy);
    dsn::UserStore users(**copy, dsn::PasswordCost::fastForTests());
    QVERIFY(users.authenticate(u"aigerim"_s, u"operator password"_s));
}

void BackupTest::backupDoesNotOverwrite()
{
    QVERIFY(makeLiveStore());
    QVERIFY(writeBytes(file(u"existing.sqlite"_s), "keep me"));
    auto db = dsn::Database::open(live());
    QVERIFY(db);
    auto report = dsn::backupStore(**db, file(u"existing.sqlite"_s), dsn::Actor::system());
    QVERIFY(!report);
    QCOMPARE(report.error().code, dsn::ErrorCode::Conflict);
    QCOMPARE(fileBytes(file(u"existing.sqlite"_s)), QByteArray("keep me"));
}

void BackupTest::restoreReplacesStoreAndKeepsThePrevious()
{
    QVERIFY(makeLiveStore());
    {
        auto db = dsn::Database::open(live());
        QVERIFY(db);
        QVERIFY(dsn::backupStore(**db, file(u"b.sqlite"_s), dsn::Actor::system()));
        dsn::UserStore users(**db, dsn::PasswordCost::fastForTests());
        QVERIFY(users.createUser(dsn::Actor::system(),
            { u"later"_s, u"Later"_s, dsn::Role::Reviewer, u"6205"_s }, u"later password"_s));
    }
    QCOMPARE(userCount(live()), 3);

    auto restored = dsn::restoreStore(live(), file(u"b.sqlite"_s), dsn::Actor::system());
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message + restored.error().detail));
    QCOMPARE(userCount(live()), 2);
    QVERIFY(!restored->previousStoreKeptAt.isEmpty());
    QCOMPARE(userCount(restored->previousStoreKeptAt), 3);

    auto db = dsn::Database::open(live());
    QVERIFY(db);
    auto v = dsn::AuditTrail::verify((*db)->connection());
    QVERIFY(v && v->intact);
    QCOMPARE(dsn::sqlScalar((*db)->connection(),
                 u"SELECT event || '/' || actor_name FROM audit_log "
                 u"ORDER BY id DESC LIMIT 1"_s)
                 ->toString(),
        u"restore/system"_s);
    // Nothing half-done is left in the folder.
    for (const QString &f : folderListing(m_dir->path()))
        QVERIFY2(!f.contains(u".restore-"_s) && !f.contains(u".partial-"_s), qPrintable(f));
}

void BackupTest::restoreIntoMissingStore()
{
    QVERIFY(makeLiveStore());
    QVERIFY(QFile::rename(live(), file(u"saved.sqlite"_s)));
    auto restored = dsn::restoreStore(live(), file(u"saved.sqlite"_s), dsn::Actor::system());
    QVERIFY(restored);
    QVERIFY(restored->previousStoreKeptAt.isEmpty());
    QCOMPARE(userCount(live()), 2);
}

void BackupTest::restoreRefusesBadFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<dsn::ErrorCode>("expected");
    QTest::newRow("text file") << u"text"_s << dsn::ErrorCode::NotAStore;
    QTest::newRow("first half of a backup") << u"half"_s << dsn::ErrorCode::Damaged;
    QTest::newRow("backup with an edited audit entry") << u"audit"_s << dsn::ErrorCode::AuditBroken;
    QTest::newRow("backup from a newer version") << u"newer"_s << dsn::ErrorCode::NewerSchema;
    QTest::newRow("missing file") << u"missing"_s << dsn::ErrorCode::NotFound;
}

void BackupTest::restoreRefusesBadFile()
{
    QFETCH(QString, kind);
    QFETCH(dsn::ErrorCode, expected);
    QVERIFY(makeLiveStore());
    const QString bad = file(u"bad.sqlite"_s);
    if (kind == u"text"_s) {
        QVERIFY(writeBytes(bad, "not a backup\n"));
    } else if (kind != u"missing"_s) {
        {
            auto db = dsn::Database::open(live());
            QVERIFY(db);
            QVERIFY(dsn::backupStore(**db, bad, dsn::Actor::system()));
        }
        if (kind == u"half"_s) {
            const QByteArray bytes = fileBytes(bad);
            QVERIFY(writeBytes(bad, bytes.left(bytes.size() / 2)));
        } else if (kind == u"audit"_s) {
            QCOMPARE(rawExec(bad, { u"UPDATE audit_log SET details = '{}' WHERE id = 1"_s }), QString());
        } else if (kind == u"newer"_s) {
            QCOMPARE(rawExec(bad, { u"UPDATE schema_version SET version = version + 1"_s }), QString());
        }
    }
    const QByteArray liveBefore = fileBytes(live());
    const QStringList listing = folderListing(m_dir->path());

    auto restored = dsn::restoreStore(live(), bad, dsn::Actor::system());
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, expected);
    QCOMPARE(fileBytes(live()), liveBefore);
    QCOMPARE(folderListing(m_dir->path()), listing);
}

void BackupTest::restoreRefusesStoreInUse()
{
    QVERIFY(makeLiveStore());
    auto db = dsn::Database::open(live());
    QVERIFY(db);
    QVERIFY(dsn::backupStore(**db, file(u"b.sqlite"_s), dsn::Actor::system()));
    QVERIFY((*db)->write([](QSqlDatabase &c) {
        return dsn::sqlExec(c, u"INSERT INTO settings(key, value) VALUES ('workstation.code', 'AST01')"_s);
    }));
    auto restored = dsn::restoreStore(live(), file(u"b.sqlite"_s), dsn::Actor::system());
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, dsn::ErrorCode::Busy);
    QCOMPARE(dsn::sqlScalar((*db)->connection(), u"SELECT value FROM settings"_s)->toString(), u"AST01"_s);
}

QTEST_GUILESS_MAIN(BackupTest)
#include "test_backup.moc"
