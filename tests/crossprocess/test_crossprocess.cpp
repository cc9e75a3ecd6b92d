// Two programs on one store, as support staff meet them: a signed-in workstation (its window and
// its background sync worker, in the helper program dsn_store_holder) and dsnctl commands run
// beside it. Each sees the other's cases, no case number is handed out twice, and the store's
// write-ahead log stays in place while the workstation runs.

#include "dsnctlrun.h"
#include "storefixture.h"

#include "session/actor.h"
#include "store/database.h"
#include "store/sql.h"
#include "sync/syncstore.h"
#include "users/userstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

class TestCrossProcess : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void dsnctlBesideASignedInWorkstation();
    void aLogDeletedUnderTheWorkstationIsCaught();

private:
    QString store() const { return m_store->storePath(); }
    dsntest::DsnctlRun dsnctl(const QStringList &arguments) const;
    // Sends one command to the holder and returns its one-line answer.
    QString ask(const QByteArray &command);
    // Starts the holder and waits for it to be ready; false on failure.
    bool startHolder();
    // The inode of the store's write-ahead log; 0 when there is none.
    quint64 logInode() const;

    std::unique_ptr<dsntest::StoreFixture> m_store;
    QTemporaryDir m_runtime;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    std::unique_ptr<QProcess> m_holder;
};

namespace {

constexpr int kTimeoutMs = 30000;

QJsonObject applicationJson()
{
    return QJsonObject {
        { u"department"_s, u"11"_s },
        { u"taxpayer_name"_s, u"ТОО «Көкшетау Мұнай»"_s },
        { u"taxpayer_id"_s, u"940140000385"_s },
        { u"subject_type"_s, u"producer"_s },
        { u"country"_s, 3 },
        { u"atu"_s, 1 },
        { u"head_name"_s, u"Серікбаев Арман"_s },
        { u"received_at"_s, QDateTime::currentDateTimeUtc().addSecs(-120).toString(Qt::ISODate) },
        { u"products"_s,
            QJsonArray { QJsonObject {
                { u"type"_s, 2 }, { u"name"_s, u"ДТ-Л-К5"_s }, { u"spec"_s, u"ГОСТ 32511-2013"_s } } } },
    };
}

// The case numbers in `dsnctl case list --json` output.
QStringList listedNumbers(const QString &json)
{
    QStringList numbers;
    const QJsonArray rows = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &row : rows)
        numbers.append(row.toObject().value(u"case_number"_s).toString());
    return numbers;
}

} // namespace

void TestCrossProcess::init()
{
    QVERIFY(m_runtime.isValid());
    m_environment.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
    m_store = std::make_unique<dsntest::StoreFixture>();
    // The sync token is kept in the user's config folder: a private one, for this process and
    // the holder alike.
    const QString config = m_store->filePath(u"config"_s);
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    m_environment.insert(u"XDG_CONFIG_HOME"_s, config);

    // The store as the first run of a counter workstation leaves it, with sync configured. The
    // office is a loopback port nobody listens on: the worker's runs fail, as they do offline.
    QVERIFY(m_store->open());
    QVERIFY(dsn::SyncStore(*m_store->database)
                .saveSettings({ u"http://127.0.0.1:9"_s, u"token-of-the-counter"_s }, dsn::Actor::system()));
    m_store->closeStore();
}

void TestCrossProcess::cleanup()
{
    if (m_holder && m_holder->state() != QProcess::NotRunning) {
        m_holder->kill();
        m_holder->waitForFinished(kTimeoutMs);
    }
    m_holder.reset();
    m_store.reset();
}

dsntest::DsnctlRun TestCrossProcess::dsnctl(const QStringList &arguments) const
{
    return dsntest::runDsnctl(QStringList { u"--db"_s, store() } + arguments, {}, m_environment);
}

QString TestCrossProcess::ask(const QByteArray &command)
{
    if (!command.isEmpty()) {
        m_holder->write(command + '\n');
        m_holder->waitForBytesWritten(kTimeoutMs);
    }
    while (!m_holder->canReadLine()) {
        if (m_holder->state() != QProcess::Running || !m_holder->waitForReadyRead(kTimeoutMs))
            return u"no answer: "_s + QString::fromUtf8(m_holder->readAllStandardError());
    }
    return QString::fromUtf8(m_holder->readLine()).trimmed();
}

quint64 TestCrossProcess::logInode() const
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(store() + u"-wal"_s).constData(), &st) != 0)
        return 0;
    return quint64(st.st_ino);
}

bool TestCrossProcess::startHolder()
{
    m_holder = std::make_unique<QProcess>();
    m_holder->setProcessEnvironment(m_environment);
    m_holder->setProcessChannelMode(QProcess::SeparateChannels);
    m_holder->start(QStringLiteral(DSN_STORE_HOLDER_PATH), { store() });
    if (!m_holder->waitForStarted(kTimeoutMs)) {
        qWarning("the holder did not start: %s", qPrintable(m_holder->errorString()));
        return false;
    }
    const QString ready = ask({});
    if (ready != u"ready"_s)
        qWarning("the holder is not ready: %s", qPrintable(ready));
    return ready == u"ready"_s;
}

void TestCrossProcess::dsnctlBesideASignedInWorkstation()
{
    QVERIFY(startHolder());
    const quint64 log = logInode();
    QVERIFY2(log != 0, "the signed-in workstation has no write-ahead log");
    const auto logKept = [&](const char *step) {
        if (logInode() != log)
            QTest::qFail(qPrintable(u"the write-ahead log was removed or replaced after %1"_s.arg(
                             QLatin1StringView(step))),
                __FILE__, __LINE__);
        return logInode() == log;
    };

    const QString first = ask("add");
    QVERIFY2(first.startsWith(u"added "_s), qPrintable(first));
    const QString a1 = first.mid(6);

    // Each command support staff may run while a clerk is signed in.
    dsntest::DsnctlRun list = dsnctl({ u"case"_s, u"list"_s, u"--json"_s });
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QVERIFY2(listedNumbers(list.out).contains(a1), qPrintable(list.describe()));
    if (!logKept("case list"))
        return;

    QFile json(m_store->filePath(u"app.json"_s));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(QJsonDocument(applicationJson()).toJson());
    json.close();
    const dsntest::DsnctlRun add = dsnctl({ u"case"_s, u"add"_s, u"--json"_s, json.fileName() });
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    const QString b1 = add.out.trimmed();
    if (!logKept("case add"))
        return;

    const dsntest::DsnctlRun check = dsnctl({ u"db"_s, u"check"_s });
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
    if (!logKept("db check"))
        return;
    const dsntest::DsnctlRun backup = dsnctl({ u"db"_s, u"backup"_s, m_store->filePath(u"backup.sqlite"_s) });
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.describe()));
    if (!logKept("db backup"))
        return;

    // The workstation writes again: dsnctl sees it, and the workstation sees dsnctl's case.
    const QString second = ask("add");
    QVERIFY2(second.startsWith(u"added "_s), qPrintable(second));
    const QString a2 = second.mid(6);
    list = dsnctl({ u"case"_s, u"list"_s, u"--json"_s });
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QStringList seenByDsnctl = listedNumbers(list.out);
    const QString held = ask("list");
    QVERIFY2(held.startsWith(u"list "_s), qPrintable(held));
    const QStringList seenByWorkstation = held.mid(5).split(u' ', Qt::SkipEmptyParts);
    for (const QString &n : { a1, b1, a2 }) {
        QVERIFY2(
            seenByDsnctl.contains(n), qPrintable(n + u" not listed by dsnctl: "_s + seenByDsnctl.join(u' ')));
        QVERIFY2(seenByWorkstation.contains(n),
            qPrintable(n + u" not seen by the workstation: "_s + seenByWorkstation.join(u' ')));
    }
    QCOMPARE(QSet<QString>({ a1, b1, a2 }).size(), 3);
    if (!logKept("the second intake"))
        return;

    m_holder->write("quit\n");
    QVERIFY(m_holder->waitForFinished(kTimeoutMs));
    QCOMPARE(m_holder->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_holder->exitCode(), 0);

    // After the workstation closed, every case is in the store, and the store checks out.
    list = dsnctl({ u"case"_s, u"list"_s, u"--json"_s });
    const QStringList after = listedNumbers(list.out);
    QCOMPARE(QSet<QString>(after.cbegin(), after.cend()), QSet<QString>({ a1, b1, a2 }));
    const dsntest::DsnctlRun finalCheck = dsnctl({ u"db"_s, u"check"_s });
    QVERIFY2(finalCheck.exitCode == 0, qPrintable(finalCheck.describe()));
}

// When the log goes anyway (here the workstation drops its own locks on purpose, as code that
// opened the store file outside SQLite would), db check names the program that still writes to
// the deleted log, and the workstation refuses to save: no receipt for a case that would vanish.
void TestCrossProcess::aLogDeletedUnderTheWorkstationIsCaught()
{
    QVERIFY(startHolder());
    const QString first = ask("add");
    QVERIFY2(first.startsWith(u"added "_s), qPrintable(first));
    QCOMPARE(ask("droplocks"), u"dropped"_s);
    // The next program to close the store takes itself for its last user and removes the log.
    const dsntest::DsnctlRun list = dsnctl({ u"case"_s, u"list"_s });
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QCOMPARE(logInode(), quint64(0));

    const dsntest::DsnctlRun check = dsnctl({ u"db"_s, u"check"_s });
    QVERIFY2(check.exitCode == 1, qPrintable(check.describe()));
    QVERIFY2(check.err.contains(u"process %1"_s.arg(m_holder->processId())), qPrintable(check.describe()));
    QVERIFY2(check.err.contains(store() + u"-wal"_s), qPrintable(check.describe()));
    QVERIFY2(!check.out.contains(u"ok"_s), qPrintable(check.describe()));

    const QString refused = ask("add");
    QVERIFY2(refused.startsWith(u"error "_s), qPrintable(refused));
    QVERIFY2(refused.contains(u"log file"_s), qPrintable(refused));
}

QTEST_GUILESS_MAIN(TestCrossProcess)
#include "test_crossprocess.moc"
