// The workstation's sync token lives outside the store: a file of its own, 0600 in a 0700
// folder of the user's configuration, one per store; an older store's token is moved there by
// the upgrade and never written into the store again.
#include "settings/settings.h"
#include "store/backup.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "store/synctokenfile.h"
#include "sync/syncstore.h"

#include "storefixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;

namespace {

// Where stores before schema version 4 kept the token (the upgrade to 4 moves it out).
const QString kOldTokenKey = u"sync.token"_s;

const QString kOffice = u"https://office.example.kz"_s;
const QString kToken = u"tok-3f9a1c77e2b84d05-secret"_s;

// The permission bits of a path (0600, 0700); -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// The bytes of a file; only for store files no connection of this process holds any more.
QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("unreadable");
}

} // namespace

class TestSyncToken : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tokenIsKeptOutsideTheStore();
    void eachStoreHasItsOwnToken();
    void looseFolderAndFileAreTightened();
    void olderStoreHasItsTokenMovedOut();
    void tokenThatCannotBeMovedOutKeepsTheOlderStore();

private:
    QString storePath(const QString &name = u"store.sqlite"_s) const { return m_dir->filePath(name); }
    QString configHome() const { return m_dir->filePath(u"config"_s); }
    QStringList settingKeys(dsn::Database &db);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSyncToken::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome()));
}

void TestSyncToken::cleanup()
{
    m_dir.reset();
    qunsetenv("XDG_CONFIG_HOME");
}

QStringList TestSyncToken::settingKeys(dsn::Database &db)
{
    QStringList keys;
    auto q = dsn::sqlRun(db.connection(), u"SELECT key FROM settings ORDER BY key"_s);
    while (q && q->next())
        keys.append(q->value(0).toString());
    return keys;
}

void TestSyncToken::tokenIsKeptOutsideTheStore()
{
    auto db = openStore(storePath());
    QVERIFY(db);
    dsn::SyncStore store(*db);
    QVERIFY(store.saveSettings({ kOffice, kToken }, dsn::Actor::system()));

    const QString file = *store.tokenFilePath();
    QCOMPARE(QFileInfo(file).absolutePath(), configHome() + u"/DSN/dsn-workstation/sync-tokens"_s);
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(modeOf(QFileInfo(file).absolutePath()), 0700);
    QVERIFY(bytesOf(file).contains(kToken.toUtf8()));
    // Written whole: nothing but the token file is left in the folder.
    QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files | QDir::Hidden),
        QStringList { QFileInfo(file).fileName() });

    const dsn::Result<dsn::SyncSettings> read = store.settings();
    QVERIFY(read);
    QCOMPARE(read->officeUrl, kOffice);
    QCOMPARE(read->token, kToken);
    QVERIFY(!settingKeys(*db).contains(kOldTokenKey));

    // A new token replaces the old one, in the same file.
    QVERIFY(store.saveSettings({ kOffice, u"second-token-0001"_s }, dsn::Actor::system()));
    QCOMPARE(store.settings()->token, u"second-token-0001"_s);
    QCOMPARE(modeOf(file), 0600);

    // A backup of the store does not carry it, nor does the store file itself.
    const QString backup = m_dir->filePath(u"backup.sqlite"_s);
    QVERIFY(dsn::backupStore(*db, backup, dsn::Actor::system()));
    db.reset();
    QVERIFY(!bytesOf(backup).contains("second-token-0001"));
    QVERIFY(!bytesOf(backup).contains(kToken.toUtf8()));
    QVERIFY(!bytesOf(storePath()).contains("second-token-0001"));
    QVERIFY(!bytesOf(storePath()).contains(kToken.toUtf8()));
    // Opened elsewhere, the backup has no token: sync is set up again there.
    auto restored = dsn::Database::open(backup);
    QVERIFY(restored);
    QCOMPARE(dsn::SyncStore(**restored).settings()->token, QString());
    QCOMPARE(dsn::SyncStore(**restored).settings()->officeUrl, kOffice);
}

void TestSyncToken::eachStoreHasItsOwnToken()
{
    auto a = openStore(storePath(u"a.sqlite"_s));
    auto b = openStore(storePath(u"b.sqlite"_s));
    QVERIFY(a && b);
    QVERIFY(dsn::SyncStore(*a).saveSettings({ kOffice, u"token-of-a-000"_s }, dsn::Actor::system()));
    QCOMPARE(dsn::SyncStore(*b).settings()->token, QString());
    QVERIFY(dsn::SyncStore(*b).saveSettings({ kOffice, u"token-of-b-000"_s }, dsn::Actor::system()));
    QCOMPARE(dsn::SyncStore(*a).settings()->token, u"token-of-a-000"_s);
    QCOMPARE(dsn::SyncStore(*b).settings()->token, u"token-of-b-000"_s);
    QVERIFY(*dsn::SyncStore(*a).tokenFilePath() != *dsn::SyncStore(*b).tokenFilePath());
}

void TestSyncToken::looseFolderAndFileAreTightened()
{
    auto db = openStore(storePath());
    QVERIFY(db);
    dsn::SyncStore store(*db);
    const QString file = *store.tokenFilePath();
    const QString folder = QFileInfo(file).absolutePath();
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther));
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("{\"token\": \"old\"}");
    }
    QVERIFY(QFile::setPermissions(
        file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QCOMPARE(modeOf(file), 0644);
    QVERIFY(store.saveSettings({ kOffice, kToken }, dsn::Actor::system()));
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(store.settings()->token, kToken);
}

void TestSyncToken::olderStoreHasItsTokenMovedOut()
{
    const int version = dsn::latestSchemaVersion();
    QVERIFY(version >= 4);
    {
        dsn::Database::Options v3;
        v3.targetVersion = 3;
        auto db = openStore(storePath(), v3);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 3);
        // How a version 3 store kept its sync settings.
        QVERIFY(setSetting(*db, dsn::settingKey(dsn::Setting::SyncOfficeUrl), kOffice));
        QVERIFY(setSetting(*db, kOldTokenKey, kToken));
    }
    QVERIFY(bytesOf(storePath()).contains(kToken.toUtf8()));

    auto db = dsn::Database::open(storePath());
    QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
    QCOMPARE((*db)->schemaVersion(), version);
    QVERIFY(!settingKeys(**db).contains(kOldTokenKey));
    dsn::SyncStore store(**db);
    QCOMPARE(store.settings()->token, kToken);
    QCOMPARE(store.settings()->officeUrl, kOffice);
    QCOMPARE(modeOf(*store.tokenFilePath()), 0600);
    db->reset();
    // Overwritten in the file, not only unlinked.
    QVERIFY(!bytesOf(storePath()).contains(kToken.toUtf8()));
}

void TestSyncToken::tokenThatCannotBeMovedOutKeepsTheOlderStore()
{
    {
        dsn::Database::Options v3;
        v3.targetVersion = 3;
        auto db = openStore(storePath(), v3);
        QVERIFY(db);
        QVERIFY(setSetting(*db, dsn::settingKey(dsn::Setting::SyncOfficeUrl), kOffice));
        QVERIFY(setSetting(*db, kOldTokenKey, kToken));
    }
    // The configuration folder cannot be made: a file stands where it would be.
    {
        QFile blocker(configHome());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    {
        auto db = dsn::Database::open(storePath());
        QVERIFY(!db);
        QCOMPARE(db.error().code, dsn::ErrorCode::MigrationFailed);
    }
    {
        dsn::Database::Options v3;
        v3.targetVersion = 3;
        auto db = dsn::Database::open(storePath(), v3);
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), 3);
        QVERIFY(settingKeys(**db).contains(kOldTokenKey));
    }
    // Once the folder can be made, the next opening moves the token.
    QVERIFY(QFile::remove(configHome()));
    auto db = dsn::Database::open(storePath());
    QVERIFY(db);
    QCOMPARE(dsn::SyncStore(**db).settings()->token, kToken);
    QVERIFY(!settingKeys(**db).contains(kOldTokenKey));
}

QTEST_GUILESS_MAIN(TestSyncToken)
#include "test_synctoken.moc"
