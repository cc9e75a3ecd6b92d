// The office's SQLite database file: several processes that open a new one at the same moment
// all open it with the current schema, and the file and its -wal/-shm side files are readable
// by their owner only.
#include "officetestsupport.h"

#include "officecore/officedatabase.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>

#include <sys/stat.h>

using namespace dsn;
using namespace dsn::office;

namespace {

// The child's environment variable: the SQLite file to open when told to.
constexpr char kChildEnv[] = "DSN_TEST_OFFICE_OPEN_CHILD";

// A child process: loads the driver, says "ready", waits for a line on standard input, opens the
// database (creating the schema) and exits 0, or prints the error and exits 1.
int openChild(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = qEnvironmentVariable(kChildEnv);
    {
        // Load the driver plugin before the start line, so that the children open at once.
        QSqlDatabase warm = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"warm"_s);
        Q_UNUSED(warm);
    }
    QSqlDatabase::removeDatabase(u"warm"_s);
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return 3;
    OfficeLocation location;
    location.dialect = Dialect::Sqlite;
    location.path = path;
    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(location);
    if (!db) {
        std::fprintf(stdout, "%s (%s)\n", qPrintable(db.error().message), qPrintable(db.error().detail));
        return 1;
    }
    return (*db)->schemaVersion() == officeSchemaVersion() ? 0 : 2;
}

int permissions(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestOfficeDatabase : public QObject
{
    Q_OBJECT

private slots:
    void openWaitsForAWriterOnANewFile();
    void processesOpenANewFileTogether();
    void filesAreOwnerOnly();
    void existingFileIsMadeOwnerOnly();
};

void TestOfficeDatabase::openWaitsForAWriterOnANewFile()
{
    // The moment two offices meet on a new file: one of them holds the write lock (it is turning
    // the file into a write-ahead-log database) while the other has read the still empty file and
    // wants to do the same. SQLite gives up on that lock at once, without its busy timeout; the
    // open must wait for the other and succeed.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OfficeLocation location;
    location.path = dir.filePath(u"office.db"_s);
    std::atomic<bool> held { false };
    std::atomic<bool> opened { false };
    QString holderError;
    std::thread holder([&] {
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-office"_s);
            other.setDatabaseName(location.path);
            if (!other.open() || !exec(other, u"BEGIN IMMEDIATE"_s)) {
                holderError = other.lastError().text();
                held = true;
            } else {
                held = true;
                // Keeps the lock until the open has started and run into it, then lets go.
                QDeadlineTimer hold(400);
                while (!hold.hasExpired() && !opened)
                    QThread::msleep(10);
                (void)exec(other, u"COMMIT"_s);
            }
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other-office"_s);
    });
    while (!held)
        QThread::yieldCurrentThread();
    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(location);
    opened = true;
    holder.join();
    QVERIFY2(holderError.isEmpty(), qPrintable(holderError));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message + u" ("_s + db.error().detail + u')'));
    QCOMPARE((*db)->schemaVersion(), officeSchemaVersion());
    QCOMPARE(scalar((*db)->connection(), u"PRAGMA journal_mode"_s)->toString(), u"wal"_s);
}

void TestOfficeDatabase::processesOpenANewFileTogether()
{
    // Rounds of several processes released at the same instant on a file that does not exist yet:
    // every one of them must open it (today's race: one of them fails with "busy" while another
    // turns the new file into a write-ahead-log database).
    constexpr int kRounds = 20;
    constexpr int kProcesses = 4;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int failures = 0;
    QStringList reasons;
    for (int round = 0; round < kRounds; ++round) {
        const QString path = dir.filePath(u"office-%1.db"_s.arg(round));
        std::vector<std::unique_ptr<QProcess>> children;
        for (int i = 0; i < kProcesses; ++i) {
            auto child = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kChildEnv), path);
            child->setProcessEnvironment(env);
            child->setProcessChannelMode(QProcess::MergedChannels);
            child->start(QCoreApplication::applicationFilePath(), {});
            QVERIFY2(child->waitForStarted(10000), qPrintable(child->errorString()));
            children.push_back(std::move(child));
        }
        // Every child has its driver loaded and waits.
        for (auto &child : children) {
            while (!child->canReadLine())
                QVERIFY2(child->waitForReadyRead(30000), "a child did not get ready");
            QCOMPARE(child->readLine(), "ready\n"_ba);
        }
        for (auto &child : children)
            child->write("go\n");
        for (auto &child : children) {
            QVERIFY(child->waitForFinished(60000));
            if (child->exitStatus() != QProcess::NormalExit || child->exitCode() != 0) {
                ++failures;
                reasons << u"round %1: exit %2: %3"_s.arg(round)
                               .arg(child->exitCode())
                               .arg(QString::fromUtf8(child->readAll()).trimmed());
            }
        }
    }
    QVERIFY2(failures == 0,
        qPrintable(
            u"%1 of %2 opens failed:\n"_s.arg(failures).arg(kRounds * kProcesses) + reasons.join(u'\n')));
}

void TestOfficeDatabase::filesAreOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OfficeLocation location;
    location.path = dir.filePath(u"office.db"_s);
    // Even with a permissive umask: the file is made before SQLite makes it.
    const mode_t before = ::umask(022);
    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(location);
    ::umask(before);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message + u": "_s + db.error().detail));
    // A write makes the write-ahead log, and the shared-memory index exists while connected.
    QVERIFY((*db)->transaction(
        [](QSqlDatabase &c) { return exec(c, u"INSERT INTO counters (name, value) VALUES ('test', 1)"_s); }));
    QCOMPARE(permissions(location.path), 0600);
    QCOMPARE(permissions(location.path + u"-wal"_s), 0600);
    QCOMPARE(permissions(location.path + u"-shm"_s), 0600);
}

void TestOfficeDatabase::existingFileIsMadeOwnerOnly()
{
    // A database made before, with the default permissions, is tightened when it is first opened.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OfficeLocation location;
    location.path = dir.filePath(u"earlier.db"_s);
    {
        const mode_t before = ::umask(022);
        QSqlDatabase earlier = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"earlier"_s);
        earlier.setDatabaseName(location.path);
        const bool made = earlier.open() && exec(earlier, u"CREATE TABLE earlier (x INTEGER)"_s);
        ::umask(before);
        earlier.close();
        earlier = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"earlier"_s);
        QVERIFY(made);
    }
    QCOMPARE(permissions(location.path), 0644);
    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(location);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message + u": "_s + db.error().detail));
    QVERIFY((*db)->transaction(
        [](QSqlDatabase &c) { return exec(c, u"INSERT INTO counters (name, value) VALUES ('test', 1)"_s); }));
    QCOMPARE(permissions(location.path), 0600);
    QCOMPARE(permissions(location.path + u"-wal"_s), 0600);
    QCOMPARE(permissions(location.path + u"-shm"_s), 0600);
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(kChildEnv))
        return openChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestOfficeDatabase test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_officedatabase.moc"
