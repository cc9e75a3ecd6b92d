#include "test_dsnctl_db_support.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsnctltest;
using namespace dsntest;

class TestDsnctlAudit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void intactChain();
    void brokenChainNamesFirstBrokenEntry_data();
    void brokenChainNamesFirstBrokenEntry();
    void missingOrForeignStore();

private:
    QString store() const { return m_dir->filePath(u"store.sqlite"_s); }
    // A store whose trail has 4 entries: three users created, one backup.
    bool makeTrail();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDsnctlAudit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestDsnctlAudit::makeTrail()
{
    return makeStore(store(), u"aigerim"_s) && makeStore(store(), u"bolat"_s) && makeStore(store(), u"dana"_s)
        && dsnctl({ u"--db"_s, store(), u"db"_s, u"backup"_s, m_dir->filePath(u"b.sqlite"_s) }).exitCode == 0;
}

void TestDsnctlAudit::intactChain()
{
    QVERIFY(makeTrail());
    const QByteArray before = fileBytes(store());
    const Run r = dsnctl({ u"--db"_s, store(), u"audit"_s, u"verify"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"audit trail intact: 4 entries\n"_s);
    // Verifying writes nothing.
    QCOMPARE(fileBytes(store()), before);
}

void TestDsnctlAudit::brokenChainNamesFirstBrokenEntry_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("expected");
    QTest::newRow("edited") << u"UPDATE audit_log SET event = 'login' WHERE id = 2"_s
                            << u"broken at entry 2: The entry was changed"_s;
    QTest::newRow("two edited") << u"UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id >= 3"_s
                                << u"broken at entry 3: The entry was changed"_s;
    QTest::newRow("deleted") << u"DELETE FROM audit_log WHERE id = 2"_s
                             << u"broken at entry 2: The entry is missing"_s;
    QTest::newRow("last removed") << u"DELETE FROM audit_log WHERE id = 4"_s
                                  << u"broken at entry 4: The last entries were removed"_s;
    QTest::newRow("inserted")
        << u"INSERT INTO audit_log(id, at, actor_name, actor_role, event, prev_hash, hash) "
           u"SELECT 5, at, actor_name, actor_role, event, hash, hash FROM audit_log WHERE id = 4"_s
        << u"broken at entry 5"_s;
}

void TestDsnctlAudit::brokenChainNamesFirstBrokenEntry()
{
    QFETCH(QString, statement);
    QFETCH(QString, expected);
    QVERIFY(makeTrail());
    QCOMPARE(rawExec(store(), { statement }), QString());
    const QByteArray before = fileBytes(store());
    const Run r = dsnctl({ u"--db"_s, store(), u"audit"_s, u"verify"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QCOMPARE(fileBytes(store()), before);
}

void TestDsnctlAudit::missingOrForeignStore()
{
    Run r = dsnctl({ u"--db"_s, store(), u"audit"_s, u"verify"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(store()));
    QVERIFY(writeBytes(store(), "plain text"));
    r = dsnctl({ u"--db"_s, store(), u"audit"_s, u"verify"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not a workstation store"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestDsnctlAudit)
#include "test_dsnctl_audit.moc"
