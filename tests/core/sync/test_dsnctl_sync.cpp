// The contract of `dsnctl sync run|configure|status`, against a fake office on 127.0.0.1.
#include "cases/casestore.h"
#include "store/database.h"
#include "store/sql.h"

#include "casesamples.h"
#include "fakeoffice.h"
#include "storefixture.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;

namespace {

const QDateTime kReceived(QDate(2025, 3, 4), QTime(10, 15), QTimeZone(5 * 3600));

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestDsnctlSync : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void runWithoutSettingsIsAUsageError();
    void configureThenRunUsesTheSavedSettings();
    void optionsOverrideTheSavedSettings();
    void conflictFailsTheRun();
    void refusedTokenFailsTheRun();
    void unreachableOfficeFailsTheRun();
    void runAfterAFailedRunPushesAtOnce();
    void usageErrors_data();
    void usageErrors();
    void statusNeverShowsTheToken();
    void tokenFromStandardInputIsKeptOutsideTheStore();
    void runTakesTheTokenFromStandardInput();
    void noTokenOnStandardInputIsAUsageError();

private:
    Outcome dsnctl(const QStringList &arguments, const QByteArray &input = {});
    QString configHome() const { return m_dir->filePath(u"config"_s); }
    QString intake(int n);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeOffice> m_office;
    QString m_store;
};

void TestDsnctlSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(u"store.sqlite"_s);
    // The sync token file goes to the test's own configuration folder (dsnctl inherits it).
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome()));
    auto db = openStore(m_store);
    QVERIFY(db);
    QVERIFY(setSetting(*db, u"workstation.office"_s, u"SC-AST-01"_s));
    m_office = std::make_unique<FakeOffice>();
    QVERIFY(m_office->listen());
}

void TestDsnctlSync::cleanup()
{
    m_office.reset();
    m_dir.reset();
    qunsetenv("XDG_CONFIG_HOME");
}

Outcome TestDsnctlSync::dsnctl(const QStringList &arguments, const QByteArray &input)
{
    // The fake office answers from this process's event loop: wait without blocking it.
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(DSNCTL_PATH), QStringList { u"--db"_s, m_store } + arguments);
    Outcome outcome;
    if (!process.waitForStarted(10'000))
        return outcome;
    process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 60'000))
        return outcome;
    outcome.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

QString TestDsnctlSync::intake(int n)
{
    auto opened = dsn::Database::open(m_store);
    if (!opened)
        return {};
    dsn::CaseStore store(**opened);
    auto number = store.intake(application(u"ТОО Альфа %1"_s.arg(n), validBin(n), kReceived),
        dsn::Actor::system(), dsn::IntakeOptions { dsn::IntakeOrigin::OnBehalfOfCounter, u"test"_s });
    return number ? *number : QString();
}

void TestDsnctlSync::runWithoutSettingsIsAUsageError()
{
    QVERIFY(!intake(1).isEmpty());
    const Outcome o = dsnctl({ u"sync"_s, u"run"_s });
    QCOMPARE(o.code, 2);
    QVERIFY(o.err.contains(u"sync configure"_s));
    QCOMPARE(m_office->requests, 0);
}

void TestDsnctlSync::configureThenRunUsesTheSavedSettings()
{
    QVERIFY(!intake(1).isEmpty());
    QVERIFY(!intake(2).isEmpty());
    Outcome o = dsnctl(
        { u"sync"_s, u"configure"_s, u"--office"_s, m_office->url(), u"--token"_s, m_office->token });
    QCOMPARE(o.code, 0);
    o = dsnctl({ u"sync"_s, u"run"_s });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QCOMPARE(o.out, u"pushed 2\nacknowledged 2\npulled 0\nfailed 0\n"_s);
    QCOMPARE(m_office->stored.size(), 2);
    // Nothing left: a second run pushes nothing.
    o = dsnctl({ u"sync"_s, u"run"_s });
    QCOMPARE(o.code, 0);
    QCOMPARE(o.out, u"pushed 0\nacknowledged 0\npulled 0\nfailed 0\n"_s);
    QCOMPARE(m_office->receivedUids.size(), 2);
    o = dsnctl({ u"sync"_s, u"status"_s });
    QCOMPARE(o.code, 0);
    QVERIFY(o.out.contains(u"\npending 0\n"_s));
    QVERIFY(!o.out.contains(u"last_success -"_s));
}

void TestDsnctlSync::optionsOverrideTheSavedSettings()
{
    QVERIFY(!intake(1).isEmpty());
    QCOMPARE(
        dsnctl({ u"sync"_s, u"configure"_s, u"--office"_s, u"http://127.0.0.1:1"_s, u"--token"_s, u"old"_s })
            .code,
        0);
    const Outcome o
        = dsnctl({ u"sync"_s, u"run"_s, u"--office"_s, m_office->url(), u"--token"_s, m_office->token });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QCOMPARE(o.out, u"pushed 1\nacknowledged 1\npulled 0\nfailed 0\n"_s);
}

void TestDsnctlSync::conflictFailsTheRun()
{
    const QString a = intake(1);
    QVERIFY(!intake(2).isEmpty());
    {
        auto db = dsn::Database::open(m_store);
        QVERIFY(db);
        auto uid = dsn::sqlScalar(
            (*db)->connection(), u"SELECT uid FROM applications WHERE case_number = ?"_s, { a });
        QVERIFY(uid);
        m_office->stored.insert(uid->toString(), QString(64, u'f'));
    }
    const Outcome o
        = dsnctl({ u"sync"_s, u"run"_s, u"--office"_s, m_office->url(), u"--token"_s, m_office->token });
    QCOMPARE(o.code, 1);
    QCOMPARE(o.out, u"pushed 2\nacknowledged 1\npulled 0\nfailed 1\n"_s);
    QVERIFY(o.err.contains(u"conflict "_s + a));
}

void TestDsnctlSync::refusedTokenFailsTheRun()
{
    QVERIFY(!intake(1).isEmpty());
    const Outcome o
        = dsnctl({ u"sync"_s, u"run"_s, u"--office"_s, m_office->url(), u"--token"_s, u"wrong"_s });
    QCOMPARE(o.code, 1);
    QVERIFY(o.out.contains(u"acknowledged 0\n"_s));
    QVERIFY(o.err.contains(u"token"_s));
}

void TestDsnctlSync::unreachableOfficeFailsTheRun()
{
    QVERIFY(!intake(1).isEmpty());
    // A port nobody listens on: the office's port, once the office is gone.
    const QString url = m_office->url();
    m_office.reset();
    const Outcome o = dsnctl({ u"sync"_s, u"run"_s, u"--office"_s, url, u"--token"_s, u"t"_s });
    QCOMPARE(o.code, 1);
    QCOMPARE(o.out, u"pushed 1\nacknowledged 0\npulled 0\nfailed 1\n"_s);
    QVERIFY(!o.err.isEmpty());
}

void TestDsnctlSync::runAfterAFailedRunPushesAtOnce()
{
    for (int n = 1; n <= 3; ++n)
        QVERIFY(!intake(n).isEmpty());
    QCOMPARE(
        dsnctl({ u"sync"_s, u"configure"_s, u"--office"_s, m_office->url(), u"--token"_s, m_office->token })
            .code,
        0);
    // The office is down: the run fails and every item gets a backoff.
    const quint16 port = m_office->port();
    m_office->close();
    Outcome o = dsnctl({ u"sync"_s, u"run"_s });
    QCOMPARE(o.code, 1);
    QCOMPARE(o.out, u"pushed 3\nacknowledged 0\npulled 0\nfailed 3\n"_s);
    // The office is back: a run a person asks for sends everything now, backoff or not.
    QVERIFY(m_office->listen(port));
    o = dsnctl({ u"sync"_s, u"run"_s });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QCOMPARE(o.out, u"pushed 3\nacknowledged 3\npulled 0\nfailed 0\n"_s);
    QCOMPARE(m_office->stored.size(), 3);
    o = dsnctl({ u"sync"_s, u"status"_s });
    QVERIFY(o.out.contains(u"\npending 0\n"_s));
}

void TestDsnctlSync::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("run: not a web address") << QStringList { u"run"_s, u"--office"_s, u"ftp://x"_s };
    QTest::newRow("run: plain http to another computer")
        << QStringList { u"run"_s, u"--office"_s, u"http://office.example.kz"_s, u"--token"_s, u"t"_s };
    QTest::newRow("run: unknown option") << QStringList { u"run"_s, u"--fast"_s };
    QTest::newRow("configure: no token") << QStringList { u"configure"_s, u"--office"_s, u"https://o.kz"_s };
    QTest::newRow("configure: no office") << QStringList { u"configure"_s, u"--token"_s, u"t"_s };
    QTest::newRow("configure: empty token")
        << QStringList { u"configure"_s, u"--office"_s, u"https://o.kz"_s, u"--token"_s, u" "_s };
}

void TestDsnctlSync::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Outcome o = dsnctl(QStringList { u"sync"_s } + arguments);
    QCOMPARE(o.code, 2);
    QVERIFY(!o.err.isEmpty());
    QCOMPARE(m_office->requests, 0);
}

void TestDsnctlSync::statusNeverShowsTheToken()
{
    QVERIFY(!intake(1).isEmpty());
    QCOMPARE(dsnctl({ u"sync"_s, u"configure"_s, u"--office"_s, u"https://office.example.kz"_s, u"--token"_s,
                        u"s3cret-token"_s })
                 .code,
        0);
    const Outcome o = dsnctl({ u"sync"_s, u"status"_s });
    QCOMPARE(o.code, 0);
    QVERIFY(o.out.contains(u"office https://office.example.kz\n"_s));
    QVERIFY(o.out.contains(u"token set\n"_s));
    QVERIFY(o.out.contains(u"pending 1\n"_s));
    QVERIFY(!o.out.contains(u"s3cret"_s));
    QVERIFY(!o.err.contains(u"s3cret"_s));
}

void TestDsnctlSync::tokenFromStandardInputIsKeptOutsideTheStore()
{
    QVERIFY(!intake(1).isEmpty());
    Outcome o = dsnctl({ u"sync"_s, u"configure"_s, u"--office"_s, m_office->url(), u"--token"_s, u"-"_s },
        m_office->token.toUtf8() + "\n");
    QVERIFY2(o.code == 0, qPrintable(o.err));
    o = dsnctl({ u"sync"_s, u"status"_s });
    QVERIFY(o.out.contains(u"token set\n"_s));
    const QString prefix = u"token_file "_s + configHome() + u"/DSN/dsn-workstation/sync-tokens/"_s;
    QVERIFY2(o.out.contains(prefix), qPrintable(o.out));
    {
        auto db = dsn::Database::open(m_store);
        QVERIFY(db);
        auto rows = dsn::sqlScalar(
            (*db)->connection(), u"SELECT count(*) FROM settings WHERE value LIKE ?"_s, { m_office->token });
        QCOMPARE(rows->toInt(), 0);
        auto keys = dsn::sqlScalar(
            (*db)->connection(), u"SELECT count(*) FROM settings WHERE key = 'sync.token'"_s);
        QCOMPARE(keys->toInt(), 0);
    }
    o = dsnctl({ u"sync"_s, u"run"_s });
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QCOMPARE(o.out, u"pushed 1\nacknowledged 1\npulled 0\nfailed 0\n"_s);
}

void TestDsnctlSync::runTakesTheTokenFromStandardInput()
{
    QVERIFY(!intake(1).isEmpty());
    const Outcome o = dsnctl({ u"sync"_s, u"run"_s, u"--office"_s, m_office->url(), u"--token"_s, u"-"_s },
        m_office->token.toUtf8() + "\r\n");
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QCOMPARE(o.out, u"pushed 1\nacknowledged 1\npulled 0\nfailed 0\n"_s);
}

void TestDsnctlSync::noTokenOnStandardInputIsAUsageError()
{
    for (const QByteArray &input : { QByteArray(), QByteArray("   \n") }) {
        const Outcome o = dsnctl(
            { u"sync"_s, u"configure"_s, u"--office"_s, m_office->url(), u"--token"_s, u"-"_s }, input);
        QCOMPARE(o.code, 2);
        QVERIFY(!o.err.isEmpty());
    }
    const Outcome o = dsnctl({ u"sync"_s, u"status"_s });
    QVERIFY(o.out.contains(u"office -\n"_s));
    QVERIFY(o.out.contains(u"token missing\n"_s));
}

QTEST_GUILESS_MAIN(TestDsnctlSync)
#include "test_dsnctl_sync.moc"
