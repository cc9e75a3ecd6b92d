#include "test_dsnctl_db_support.h"

#include "store/database.h"
#include "users/userstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsnctltest;
using namespace dsntest;

class TestDsnctlUser : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addCreatesUserAuditedAsSystem();
    void addedUserCanLogIn();
    void passwordNeverShownOrStoredInClear();
    void refusedInput_data();
    void refusedInput();
    void duplicateName();
    void listShowsUsers();

private:
    QString store() const { return m_dir->filePath(u"store.sqlite"_s); }
    QStringList add(const QString &name, const QString &role, const QString &office) const
    {
        return { u"--db"_s, store(), u"user"_s, u"add"_s, name, u"--role"_s, role, u"--office"_s, office };
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDsnctlUser::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDsnctlUser::addCreatesUserAuditedAsSystem()
{
    const Run r = dsnctl(
        add(u"bolat"_s, u"admin"_s, u"6205"_s) + QStringList { u"--full-name"_s, u"Болат Серікұлы"_s },
        "reviewer password 1\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"created user bolat"_s), qPrintable(r.out));
    QCOMPARE(rawScalar(store(),
                 u"SELECT role || '/' || office_code || '/' || full_name || '/' || active FROM users "
                 u"WHERE username = 'bolat'"_s)
                 .toString(),
        u"admin/6205/Болат Серікұлы/1"_s);
    QCOMPARE(rawScalar(store(),
                 u"SELECT event || '/' || actor_name || '/' || actor_role || '/' || "
                 u"coalesce(actor_user_id, 'none') FROM audit_log"_s)
                 .toString(),
        u"user_created/system/system/none"_s);
    QCOMPARE(dsnctl({ u"--db"_s, store(), u"audit"_s, u"verify"_s }).exitCode, 0);
}

void TestDsnctlUser::addedUserCanLogIn()
{
    QCOMPARE(dsnctl(add(u"aigerim"_s, u"operator"_s, u"AST01"_s), "with spaces inside \r\n").exitCode, 0);
    auto db = dsn::Database::open(store());
    QVERIFY(db);
    dsn::UserStore users(**db);
    // The line ending is not part of the password; inner and trailing spaces are.
    QVERIFY(users.authenticate(u"aigerim"_s, u"with spaces inside "_s));
    QCOMPARE(users.authenticate(u"aigerim"_s, u"with spaces inside"_s).error().code,
        dsn::ErrorCode::AuthenticationFailed);
}

void TestDsnctlUser::passwordNeverShownOrStoredInClear()
{
    const QString secret = u"Unique-Secret-4711"_s;
    const Run r = dsnctl(add(u"aigerim"_s, u"operator"_s, u"AST01"_s), secret.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(secret));
    QVERIFY(!r.err.contains(secret));
    QByteArray bytes = fileBytes(store());
    bytes += fileBytes(store() + u"-wal"_s);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(bytes.contains("$argon2id$v=19$m=65536,t=3,p=1$"));

    // A refused password is not echoed in the error either.
    const Run refused = dsnctl(add(u"Short-4711"_s, u"operator"_s, u"AST01"_s), "Short-4711\n");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.out.contains(u"Short-4711"_s));
    QVERIFY(!refused.err.contains(u"Short-4711"_s));
}

void TestDsnctlUser::refusedInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QStringList base = { u"user"_s, u"add"_s, u"aigerim"_s };
    QTest::newRow("password of nine characters")
        << (base + QStringList { u"--role"_s, u"operator"_s, u"--office"_s, u"AST01"_s })
        << QByteArray("123456789\n") << 1 << u"at least 10"_s;
    QTest::newRow("password equal to the name")
        << (base + QStringList { u"--role"_s, u"operator"_s, u"--office"_s, u"AST01"_s })
        << QByteArray("AIGERIM\n") << 1 << u"at least 10"_s;
    QTest::newRow("password equal to a long name") << QStringList {
        u"user"_s, u"add"_s, u"aigerim.serikkyzy"_s, u"--role"_s, u"operator"_s, u"--office"_s, u"AST01"_s
    } << QByteArray("aigerim.serikkyzy\n") << 1 << u"user name"_s;
    QTest::newRow("no password on stdin")
        << (base + QStringList { u"--role"_s, u"operator"_s, u"--office"_s, u"AST01"_s }) << QByteArray() << 1
        << u"no password"_s;
    QTest::newRow("unknown role") << (base
        + QStringList { u"--role"_s, u"boss"_s, u"--office"_s, u"AST01"_s })
                                  << QByteArray("good password 1\n") << 2 << u"--role"_s;
    QTest::newRow("system role") << (base
        + QStringList { u"--role"_s, u"system"_s, u"--office"_s, u"AST01"_s })
                                 << QByteArray("good password 1\n") << 2 << u"--role"_s;
    QTest::newRow("missing role") << (base + QStringList { u"--office"_s, u"AST01"_s })
                                  << QByteArray("good password 1\n") << 2 << u"--role"_s;
    QTest::newRow("missing office") << (base + QStringList { u"--role"_s, u"operator"_s })
                                    << QByteArray("good password 1\n") << 2 << u"--office"_s;
    QTest::newRow("office with a space")
        << (base + QStringList { u"--role"_s, u"operator"_s, u"--office"_s, u"AST 01"_s })
        << QByteArray("good password 1\n") << 1 << u"office code"_s;
    QTest::newRow("reserved name") << QStringList { u"user"_s, u"add"_s, u"system"_s, u"--role"_s, u"admin"_s,
        u"--office"_s, u"AST01"_s } << QByteArray("good password 1\n")
                                   << 1 << u"reserved"_s;
    QTest::newRow("missing name") << QStringList { u"user"_s, u"add"_s, u"--role"_s, u"admin"_s,
        u"--office"_s, u"AST01"_s }
                                  << QByteArray("good password 1\n") << 2 << u"NAME"_s;
}

void TestDsnctlUser::refusedInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = dsnctl(QStringList { u"--db"_s, store() } + arguments, input);
    QCOMPARE(r.exitCode, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    // Nothing was created, not even the store.
    QVERIFY(!QFile::exists(store()));
}

void TestDsnctlUser::duplicateName()
{
    QCOMPARE(dsnctl(add(u"aigerim"_s, u"operator"_s, u"AST01"_s), "good password 1\n").exitCode, 0);
    const Run r = dsnctl(add(u"AIGERIM"_s, u"reviewer"_s, u"6205"_s), "good password 2\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"already exists"_s), qPrintable(r.err));
    QCOMPARE(rawScalar(store(), u"SELECT count(*) FROM users"_s).toInt(), 1);
}

void TestDsnctlUser::listShowsUsers()
{
    QCOMPARE(dsnctl(add(u"aigerim"_s, u"operator"_s, u"AST01"_s), "good password 1\n").exitCode, 0);
    QCOMPARE(dsnctl(add(u"bolat"_s, u"reviewer"_s, u"6205"_s), "good password 2\n").exitCode, 0);
    const Run r = dsnctl({ u"--db"_s, store(), u"user"_s, u"list"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"aigerim\toperator\tAST01\tactive\taigerim\nbolat\treviewer\t6205\tactive\tbolat\n"_s);
}

QTEST_GUILESS_MAIN(TestDsnctlUser)
#include "test_dsnctl_user.moc"
