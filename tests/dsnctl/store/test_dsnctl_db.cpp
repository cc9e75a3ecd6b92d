#include "test_dsnctl_db_support.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsnctltest;
using namespace dsntest;

class TestDsnctlDb : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void checkHealthyStore();
    void checkMissingStore();
    void checkNamesTheProblem_data();
    void checkNamesTheProblem();
    void backupIsVerifiedAndAudited();
    void backupRefusesExistingFile();
    void restoreReplacesTheStore();
    void restoreRefusesBadFile_data();
    void restoreRefusesBadFile();
    void usageErrors_data();
    void usageErrors();
    void defaultStoreLocation();
    void initMakesAnEmptyStore();
    void initRefusesAnExistingFile();

private:
    QString store() const { return m_dir->filePath(u"store.sqlite"_s); }
    QString file(const QString &name) const { return m_dir->filePath(name); }
    // Turns the file at path into the kind of bad file named.
    bool makeBadFile(const QString &kind, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDsnctlDb::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestDsnctlDb::makeBadFile(const QString &kind, const QString &path)
{
    if (kind == u"text"_s)
        return writeBytes(path, "taxpayer;case\nExample LLP;AST01-2025-000001\n");
    if (kind == u"png"_s)
        return writeBytes(
            path, QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(2048, '\0'));
    if (kind == u"foreign"_s)
        return rawExec(path, { u"CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)"_s }).isEmpty();
    if (!makeStore(path, u"bolat"_s))
        return false;
    if (kind == u"half"_s) {
        const QByteArray bytes = fileBytes(path);
        return writeBytes(path, bytes.left(bytes.size() / 2));
    }
    if (kind == u"newer"_s)
        return rawExec(path, { u"UPDATE schema_version SET version = version + 1"_s }).isEmpty();
    if (kind == u"audit"_s)
        return rawExec(path, { u"UPDATE audit_log SET actor_name = 'someone else' WHERE id = 1"_s })
            .isEmpty();
    // The kinds below hold one case taken in through dsnctl.
    if (!rawExec(path, { u"INSERT INTO settings(key, value) VALUES ('workstation.code', 'AST01')"_s })
             .isEmpty())
        return false;
    const QString json = path + u".json"_s;
    if (!writeBytes(json,
            R"({"department": "11", "taxpayer_name": "ТОО «Көкшетау Мұнай»", "taxpayer_id": "940140000385",
                "subject_type": "producer", "country": 3, "atu": 1, "head_name": "Серікбаев Арман",
                "received_at": "2025-03-04T10:15:00+05:00",
                "products": [{"type": 1, "name": "АИ-92-К5", "spec": "СТ РК 1614-2006"}]})"))
        return false;
    if (dsnctl({ u"--db"_s, path, u"case"_s, u"add"_s, u"--json"_s, json }).exitCode != 0)
        return false;
    QFile::remove(json);
    if (kind == u"counter"_s)
        return rawExec(path, { u"UPDATE counters SET value = 0 WHERE name LIKE 'case_number.%'"_s })
            .isEmpty();
    if (kind == u"vanished"_s) {
        return rawExec(path,
            { u"DELETE FROM product_lines"_s, u"DELETE FROM status_events"_s, u"DELETE FROM outbox"_s,
                u"DELETE FROM printed_documents"_s, u"DELETE FROM applications"_s })
            .isEmpty();
    }
    return false;
}

void TestDsnctlDb::checkHealthyStore()
{
    QVERIFY(makeStore(store()));
    const Run r = dsnctl({ u"--db"_s, store(), u"db"_s, u"check"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"integrity: ok"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"audit trail: intact, 1 entries"_s), qPrintable(r.out));
}

void TestDsnctlDb::checkMissingStore()
{
    const Run r = dsnctl({ u"--db"_s, file(u"absent.sqlite"_s), u"db"_s, u"check"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no store"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(file(u"absent.sqlite"_s)));
}

void TestDsnctlDb::checkNamesTheProblem_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("named");
    QTest::newRow("text file") << u"text"_s << u"not a workstation store"_s;
    QTest::newRow("PNG file") << u"png"_s << u"not a workstation store"_s;
    QTest::newRow("SQLite file of another application") << u"foreign"_s << u"not a workstation store"_s;
    QTest::newRow("first half of a store") << u"half"_s << u"damaged"_s;
    QTest::newRow("newer schema version") << u"newer"_s << u"newer version"_s;
    QTest::newRow("edited audit entry") << u"audit"_s << u"entry 1"_s;
    QTest::newRow("case counter behind its cases") << u"counter"_s << u"handed out twice"_s;
    QTest::newRow("case taken in, then gone") << u"vanished"_s << u"is not in the store"_s;
}

void TestDsnctlDb::checkNamesTheProblem()
{
    QFETCH(QString, kind);
    QFETCH(QString, named);
    QVERIFY(makeBadFile(kind, store()));
    const QByteArray before = fileBytes(store());
    const Run r = dsnctl({ u"--db"_s, store(), u"db"_s, u"check"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QCOMPARE(fileBytes(store()), before);
}

void TestDsnctlDb::backupIsVerifiedAndAudited()
{
    QVERIFY(makeStore(store()));
    const QString target = file(u"backups/monday.sqlite"_s);
    const Run r = dsnctl({ u"--db"_s, store(), u"db"_s, u"backup"_s, target });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"backup written: "_s + target), qPrintable(r.out));
    QVERIFY(r.out.contains(u"audit trail intact with 1 entries"_s));
    const QByteArray bytes = fileBytes(target);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(r.out.contains(u"sha256: "_s
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())));
    QCOMPARE(folderListing(file(u"backups"_s)), QStringList { u"monday.sqlite"_s });
    QCOMPARE(rawScalar(store(),
                 u"SELECT actor_name || '/' || actor_role || '/' || object_id FROM audit_log "
                 u"WHERE event = 'backup'"_s)
                 .toString(),
        u"system/system/"_s + target);
    // The backup passes the store check itself.
    QCOMPARE(dsnctl({ u"--db"_s, target, u"db"_s, u"check"_s }).exitCode, 0);
}

void TestDsnctlDb::backupRefusesExistingFile()
{
    QVERIFY(makeStore(store()));
    QVERIFY(writeBytes(file(u"taken.sqlite"_s), "earlier backup"));
    const Run r = dsnctl({ u"--db"_s, store(), u"db"_s, u"backup"_s, file(u"taken.sqlite"_s) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"already exists"_s), qPrintable(r.err));
    QCOMPARE(fileBytes(file(u"taken.sqlite"_s)), QByteArray("earlier backup"));
}

void TestDsnctlDb::restoreReplacesTheStore()
{
    QVERIFY(makeStore(store()));
    QCOMPARE(dsnctl({ u"--db"_s, store(), u"db"_s, u"backup"_s, file(u"b.sqlite"_s) }).exitCode, 0);
    QVERIFY(makeStore(store(), u"later"_s));
    QCOMPARE(rawScalar(store(), u"SELECT count(*) FROM users"_s).toInt(), 2);

    const Run r = dsnctl({ u"--db"_s, store(), u"db"_s, u"restore"_s, file(u"b.sqlite"_s) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"the previous store is kept at "_s), qPrintable(r.out));
    QCOMPARE(rawScalar(store(), u"SELECT group_concat(username) FROM users"_s).toString(), u"aigerim"_s);
    QCOMPARE(
        rawScalar(store(), u"SELECT event || '/' || actor_name FROM audit_log ORDER BY id DESC LIMIT 1"_s)
            .toString(),
        u"restore/system"_s);
    QCOMPARE(dsnctl({ u"--db"_s, store(), u"audit"_s, u"verify"_s }).exitCode, 0);
    const QString kept = r.out.section(u"the previous store is kept at "_s, 1).trimmed();
    QCOMPARE(rawScalar(kept, u"SELECT count(*) FROM users"_s).toInt(), 2);
}

void TestDsnctlDb::restoreRefusesBadFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("text file") << u"text"_s;
    QTest::newRow("PNG file") << u"png"_s;
    QTest::newRow("SQLite file of another application") << u"foreign"_s;
    QTest::newRow("first half of a store") << u"half"_s;
    QTest::newRow("newer schema version") << u"newer"_s;
    QTest::newRow("edited audit entry") << u"audit"_s;
}

void TestDsnctlDb::restoreRefusesBadFile()
{
    QFETCH(QString, kind);
    QVERIFY(makeStore(store()));
    QVERIFY(makeBadFile(kind, file(u"bad.sqlite"_s)));
    const QByteArray before = fileBytes(store());
    const QByteArray badBefore = fileBytes(file(u"bad.sqlite"_s));
    const QStringList listing = folderListing(m_dir->path());

    const Run r = dsnctl({ u"--db"_s, store(), u"db"_s, u"restore"_s, file(u"bad.sqlite"_s) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"The store was not changed"_s), qPrintable(r.err));
    QCOMPARE(fileBytes(store()), before);
    QCOMPARE(fileBytes(file(u"bad.sqlite"_s)), badBefore);
    QCOMPARE(folderListing(m_dir->path()), listing);
}

void TestDsnctlDb::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("backup without file") << QStringList { u"db"_s, u"backup"_s };
    QTest::newRow("restore with two files") << QStringList { u"db"_s, u"restore"_s, u"a"_s, u"b"_s };
    QTest::newRow("check with an argument") << QStringList { u"db"_s, u"check"_s, u"x"_s };
    QTest::newRow("unknown subcommand") << QStringList { u"db"_s, u"repair"_s };
    QTest::newRow("office database") << QStringList { u"--db"_s, u"postgresql://dsn@office:5432/dsn"_s,
        u"db"_s, u"check"_s };
}

void TestDsnctlDb::usageErrors()
{
    QFETCH(QStringList, arguments);
    if (!arguments.contains(u"--db"_s))
        arguments = QStringList { u"--db"_s, store() } + arguments;
    const Run r = dsnctl(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(store()));
}

void TestDsnctlDb::defaultStoreLocation()
{
    // Without --db, dsnctl works on the workstation's own store in its data folder.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir->path());
    env.insert(u"XDG_DATA_HOME"_s, file(u"data"_s));
    const Run add
        = dsnctl({ u"user"_s, u"add"_s, u"aigerim"_s, u"--role"_s, u"operator"_s, u"--office"_s, u"AST01"_s },
            "operator password\n", env);
    QCOMPARE(add.exitCode, 0);
    const QString expected = file(u"data/DSN/dsn-workstation/dsn-workstation.sqlite"_s);
    QVERIFY(QFile::exists(expected));
    const Run check = dsnctl({ u"db"_s, u"check"_s }, {}, env);
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(expected), qPrintable(check.out));
    // sqlite:PATH names the same file.
    QCOMPARE(dsnctl({ u"--db"_s, u"sqlite:"_s + expected, u"db"_s, u"check"_s }).exitCode, 0);
}

void TestDsnctlDb::initMakesAnEmptyStore()
{
    const QString path = file(u"new/store.sqlite"_s);
    const Run r = dsnctl({ u"--db"_s, path, u"db"_s, u"init"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"new store: "_s + path), qPrintable(r.out));
    QVERIFY(QFile::exists(path));
    QCOMPARE(rawScalar(path, u"SELECT count(*) FROM users"_s).toInt(), 0);
    QCOMPARE(rawScalar(path, u"SELECT count(*) FROM applications"_s).toInt(), 0);
    const Run check = dsnctl({ u"--db"_s, path, u"db"_s, u"check"_s });
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    // The new store takes its first administrator from dsnctl as from the window.
    const Run admin = dsnctl({ u"--db"_s, path, u"user"_s, u"add"_s, u"admin"_s, u"--role"_s, u"admin"_s,
                                 u"--office"_s, u"AST01"_s },
        "a password of its own\n");
    QVERIFY2(admin.exitCode == 0, qPrintable(admin.describe()));
}

void TestDsnctlDb::initRefusesAnExistingFile()
{
    QVERIFY(makeStore(store()));
    const QByteArray before = fileBytes(store());
    const Run again = dsnctl({ u"--db"_s, store(), u"db"_s, u"init"_s });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));
    QCOMPARE(fileBytes(store()), before);

    QVERIFY(writeBytes(file(u"notes.txt"_s), "not a store"));
    const Run other = dsnctl({ u"--db"_s, file(u"notes.txt"_s), u"db"_s, u"init"_s });
    QCOMPARE(other.exitCode, 1);
    QCOMPARE(fileBytes(file(u"notes.txt"_s)), QByteArray("not a store"));
}

QTEST_GUILESS_MAIN(TestDsnctlDb)
#include "test_dsnctl_db.moc"
