// dsn-workstation --demo: the demonstration's users and published passwords go into the
// demonstration's own store, never into the store a real counter uses.

#include "store/database.h"
#include "store/sql.h"
#include "users/demoaccounts.h"
#include "users/userstore.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestWorkstationDemo : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void demoGoesIntoItsOwnStore();
    void demoIsRefusedOnTheWorkstationsOwnStore();
    void withoutDemoTheOwnStoreHasNoUsers();

private:
    Outcome workstation(const QStringList &arguments);
    QString dataFolder() const { return m_home->path() + u"/data/DSN/dsn-workstation"_s; }
    QString ownStore() const { return dataFolder() + u"/dsn-workstation.sqlite"_s; }
    QString demoStore() const { return dataFolder() + u"/demo.sqlite"_s; }

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestWorkstationDemo::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

Outcome TestWorkstationDemo::workstation(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_home->path() + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home->path() + u"/config"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DSN_WORKSTATION_PATH), arguments);
    Outcome outcome;
    if (!process.waitForStarted(30'000) || !process.waitForFinished(120'000)
        || process.exitStatus() != QProcess::NormalExit)
        return outcome;
    outcome.code = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

void TestWorkstationDemo::demoGoesIntoItsOwnStore()
{
    const Outcome o = workstation({ u"--demo"_s, u"--setup-only"_s });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QVERIFY2(o.out.contains(demoStore()), qPrintable(o.out));
    for (const dsn::DemoAccount &a : dsn::demoAccounts())
        QVERIFY2(o.out.contains(a.username + u" / "_s + a.password), qPrintable(o.out));
    QVERIFY(!QFileInfo::exists(ownStore()));

    auto db = dsn::Database::open(demoStore());
    QVERIFY(db);
    dsn::UserStore users(**db);
    QVERIFY(!*users.needsFirstAdministrator());
    for (const dsn::DemoAccount &a : dsn::demoAccounts())
        QVERIFY(users.findUser(a.username).value().has_value());

    // Asked again, the demonstration prints its login without setting anything up again.
    db->reset();
    const Outcome again = workstation({ u"--demo"_s, u"--setup-only"_s });
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(u"demo-operator-2026"_s));
    QVERIFY(!QFileInfo::exists(ownStore()));
}

void TestWorkstationDemo::demoIsRefusedOnTheWorkstationsOwnStore()
{
    const Outcome o = workstation({ u"--demo"_s, u"--setup-only"_s, u"--db"_s, ownStore() });
    QCOMPARE(o.code, 2);
    QVERIFY(o.err.contains(u"demo.sqlite"_s));
    QVERIFY(!o.out.contains(u"demo-admin-2026"_s));
    QVERIFY(!QFileInfo::exists(ownStore()));
    // Spelled another way, the same file.
    const Outcome other = workstation({ u"--demo"_s, u"--setup-only"_s, u"--db"_s,
        dataFolder() + u"/../dsn-workstation/./dsn-workstation.sqlite"_s });
    QCOMPARE(other.code, 2);
    QVERIFY(!QFileInfo::exists(ownStore()));
}

void TestWorkstationDemo::withoutDemoTheOwnStoreHasNoUsers()
{
    const Outcome o = workstation({ u"--setup-only"_s });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QVERIFY(!o.out.contains(u"demo-admin-2026"_s));
    QVERIFY(QFileInfo::exists(ownStore()));
    QVERIFY(!QFileInfo::exists(demoStore()));
    auto db = dsn::Database::open(ownStore());
    QVERIFY(db);
    QVERIFY(*dsn::UserStore(**db).needsFirstAdministrator());
}

QTEST_GUILESS_MAIN(TestWorkstationDemo)
#include "test_workstation_demo.moc"
