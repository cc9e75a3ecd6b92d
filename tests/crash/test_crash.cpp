#include "cases/casenumber.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/sql.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Qt::Literals::StringLiterals;

// Kills a process that writes cases with SIGKILL at random moments, many times over, then checks
// the store: every case number the writer printed (it prints only after the commit) is there, the
// file is intact, the audit chain holds, and the year's counter has no gap and no duplicate. In
// most runs a second program has the store open meanwhile (dsn_crash_writer --hold, reading): it
// is killed too at times, or ends on its own, and it must never see the number of cases go down.
class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingPrinted();
};

namespace {

constexpr int kRuns = 30;

dsn::Result<void> prepareStore(const QString &path)
{
    auto db = dsn::Database::open(path);
    if (!db)
        return db.error();
    return (*db)->write([](QSqlDatabase &c) -> dsn::Result<void> {
        if (auto r
            = dsn::sqlExec(c, u"INSERT INTO settings(key, value) VALUES ('workstation.code', 'CRASH1')"_s);
            !r)
            return r;
        return dsn::sqlExec(c,
            u"INSERT INTO users(id, username, full_name, role, office_code, password_hash, created_at,"
            u" password_changed_at) VALUES (7, 'aliya', 'Aliya', 'operator', 'SC-AST-01', 'x',"
            u" '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"_s);
    });
}

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QStringList values;
    auto q = dsn::sqlRun(db, sql);
    while (q && q->next())
        values.append(q->value(0).toString());
    return values;
}

} // namespace

void TestCrash::killedWriterLosesNothingPrinted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"store.sqlite"_s);
    {
        auto prepared = prepareStore(path);
        QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().detail));
    }

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);

    QStringList printed;
    int killedWhileRunning = 0;
    int runsBesideAHolder = 0;
    int holdersKilled = 0;
    int holdersEnded = 0;
    std::unique_ptr<QProcess> holder;
    // Ends the holder, by SIGKILL or by closing its input; one that ended on its own must have
    // seen no case vanish.
    const auto endHolder = [&](bool kill) {
        if (!holder)
            return true;
        if (kill && holder->state() == QProcess::Running) {
            ::kill(pid_t(holder->processId()), SIGKILL);
            ++holdersKilled;
        } else {
            holder->closeWriteChannel();
        }
        if (!holder->waitForFinished(30000))
            return false;
        const bool fine = kill || (holder->exitStatus() == QProcess::NormalExit && holder->exitCode() == 0);
        if (!kill)
            ++holdersEnded;
        if (!fine)
            qWarning("holder: exit %d: %s", holder->exitCode(), holder->readAllStandardError().constData());
        holder.reset();
        return fine;
    };
    for (int run = 0; run < kRuns; ++run) {
        // Two runs in three beside a holder, which often outlives the run.
        if (run % 3 != 2 && !holder) {
            holder = std::make_unique<QProcess>();
            holder->start(QStringLiteral(DSN_CRASH_WRITER_PATH), { path, u"--hold"_s });
            QVERIFY2(holder->waitForStarted(10000), qPrintable(holder->errorString()));
            while (!holder->canReadLine()) {
                QVERIFY2(holder->waitForReadyRead(30000), holder->readAllStandardError().constData());
            }
            QCOMPARE(holder->readLine().trimmed(), QByteArray("ready"));
        }
        if (holder)
            ++runsBesideAHolder;
        // Kill after a random number of bytes of output: often in the middle of a line, so the
        // moment falls anywhere in the writer's loop (a partial line is not a printed number).
        const qint64 killAfterBytes = 1 + random.bounded(20 * 18);
        QProcess writer;
        writer.setProgram(QStringLiteral(DSN_CRASH_WRITER_PATH));
        writer.setArguments({ path, QString::number(run) });
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start();
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

        QByteArray output;
        while (output.size() < killAfterBytes && writer.state() == QProcess::Running) {
            if (!writer.waitForReadyRead(30000) && writer.state() == QProcess::Running)
                QFAIL("the writer printed nothing for 30 seconds");
            output += writer.readAllStandardOutput();
        }
        if (writer.state() == QProcess::Running) {
            QCOMPARE(::kill(pid_t(writer.processId()), SIGKILL), 0);
            ++killedWhileRunning;
        }
        QVERIFY(writer.waitForFinished(30000));
        output += writer.readAllStandardOutput();
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
            qPrintable(u"run %1 ended by itself: %2"_s.arg(run).arg(
                QString::fromLocal8Bit(writer.readAllStandardError()))));
        if (holder && holder->state() != QProcess::Running)
            QFAIL(qPrintable(u"the holder ended during run %1: %2"_s.arg(run).arg(
                QString::fromLocal8Bit(holder->readAllStandardError()))));
        // Now and then the holder goes: killed as well, or ending on its own.
        if (holder && random.bounded(3) == 0)
            QVERIFY2(endHolder(random.bounded(2) == 0), "the holder saw cases vanish");

        // Only complete lines are numbers the writer printed after a commit.
        const qsizetype lastNewline = output.lastIndexOf('\n');
        const QByteArray complete = lastNewline < 0 ? QByteArray() : output.left(lastNewline);
        for (const QByteArray &line : complete.split('\n')) {
            if (!line.isEmpty())
                printed.append(QString::fromLatin1(line));
        }
    }
    QVERIFY2(endHolder(false), "the holder saw cases vanish");
    QCOMPARE(killedWhileRunning, kRuns);
    qInfo("%d runs beside a holder; %d holders killed, %d ended", runsBesideAHolder, holdersKilled,
        holdersEnded);
    QVERIFY(runsBesideAHolder >= kRuns / 2);
    QVERIFY2(printed.size() >= kRuns, qPrintable(u"only %1 numbers printed"_s.arg(printed.size())));

    auto opened = dsn::Database::open(path);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message + u' ' + opened.error().detail));
    const QSqlDatabase c = (*opened)->connection();

    QCOMPARE(column(c, u"PRAGMA integrity_check"_s), QStringList { u"ok"_s });
    auto chain = dsn::AuditTrail::verify(c);
    QVERIFY(chain);
    QVERIFY2(chain->intact, qPrintable(chain->problem));

    // Every printed number is in the store, and was printed once.
    const QStringList stored = column(c, u"SELECT case_number FROM applications ORDER BY id"_s);
    const QSet<QString> storedSet(stored.cbegin(), stored.cend());
    QCOMPARE(QSet<QString>(printed.cbegin(), printed.cend()).size(), printed.size());
    for (const QString &n : std::as_const(printed))
        QVERIFY2(storedSet.contains(n), qPrintable(u"printed but missing: "_s + n));

    // The counter: serials 1..N of each year, each exactly once, N = the counter's value.
    QHash<int, QList<qint64>> serialsByYear;
    for (const QString &n : stored) {
        const auto parsed = dsn::parseCaseNumber(n);
        QVERIFY2(parsed, qPrintable(n));
        QCOMPARE(parsed->workstation, u"CRASH1"_s);
        serialsByYear[parsed->year].append(parsed->serial);
    }
    for (auto it = serialsByYear.begin(); it != serialsByYear.end(); ++it) {
        QList<qint64> serials = it.value();
        std::sort(serials.begin(), serials.end());
        for (qsizetype i = 0; i < serials.size(); ++i)
            QCOMPARE(serials.at(i), qint64(i + 1));
        auto counter = dsn::sqlScalar(
            c, u"SELECT value FROM counters WHERE name = ?"_s, { dsn::caseCounterName(it.key()) });
        QVERIFY(counter);
        QCOMPARE(counter->toLongLong(), qint64(serials.size()));
    }

    // Each intake is whole: two lines, the first status event, its audit entry, its outbox row and
    // its search entry, for every case.
    const qint64 cases = stored.size();
    qInfo("%lld numbers printed, %lld cases stored", qint64(printed.size()), cases);
    QCOMPARE(dsn::sqlScalar(c, u"SELECT count(*) FROM product_lines"_s)->toLongLong(), 2 * cases);
    QCOMPARE(
        dsn::sqlScalar(c, u"SELECT count(*) FROM status_events WHERE from_status IS NULL"_s)->toLongLong(),
        cases);
    QCOMPARE(dsn::sqlScalar(c, u"SELECT count(*) FROM audit_log WHERE event = 'case_intake'"_s)->toLongLong(),
        cases);
    QCOMPARE(
        dsn::sqlScalar(c, u"SELECT count(*) FROM outbox WHERE kind = 'application'"_s)->toLongLong(), cases);
    QCOMPARE(dsn::sqlScalar(c, u"SELECT count(*) FROM case_search"_s)->toLongLong(), cases);
    // A status change is whole too: as many events as audit entries and outbox rows.
    const qint64 changes
        = dsn::sqlScalar(c, u"SELECT count(*) FROM status_events WHERE from_status IS NOT NULL"_s)
              ->toLongLong();
    QCOMPARE(dsn::sqlScalar(c, u"SELECT count(*) FROM audit_log WHERE event = 'case_status'"_s)->toLongLong(),
        changes);
    QCOMPARE(
        dsn::sqlScalar(c, u"SELECT count(*) FROM outbox WHERE kind = 'status'"_s)->toLongLong(), changes);
    QCOMPARE(dsn::sqlScalar(c, u"SELECT count(*) FROM applications WHERE status = 'sent'"_s)->toLongLong(),
        changes);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "test_crash.moc"
