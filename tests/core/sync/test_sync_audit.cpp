// End to end, on PostgreSQL and SQLite: the office anchors the workstation's audit trail with
// every push (dsn-office on a free loopback port, the workstation's SyncClient and dsnctl). A
// trail edited, or cut and re-chained so that the local `audit verify` says intact, is caught by
// `dsnctl audit verify --office` and refused at the next push until an office administrator
// accepts the alert; a healthy trail keeps pushing. A workstation cannot hand in another's case.
#include "dsnctlrun.h"
#include "officeserverprocess.h"
#include "officetestsupport.h"

#include "cases/casestore.h"
#include "officecore/officestore.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/sql.h"
#include "sync/syncclient.h"
#include "sync/syncstore.h"

#include "casesamples.h"
#include "storefixture.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using dsntest::runDsnctl;

class TestSyncAudit : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void healthyTrailKeepsPushing_data() { backendRows(); }
    void healthyTrailKeepsPushing();
    void rewrittenTrailIsCaught_data();
    void rewrittenTrailIsCaught();
    void anotherWorkstationsCaseIsRefused_data() { backendRows(); }
    void anotherWorkstationsCaseIsRefused();

private:
    static void backendRows() { officetest::addBackendRows(); }
    // A fresh office database of the row's backend, the service on it, and the taxpayer registry.
    bool startOffice();
    // Registers a counter workstation at the office; its token.
    QString registerCounter(const QString &name);
    QString intake(dsn::Database &db, int n);
    dsn::SyncReport sync(dsn::Database &db, const QString &token);
    // Cases the office holds from a workstation.
    qint64 officeCases(const QString &workstation);

    QTemporaryDir m_dir;
    QString m_officeDb;
    QString m_url;
    std::unique_ptr<officetest::OfficeServerProcess> m_server;
};

namespace {

std::optional<qint64> nullableId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

// Rewrites the stored hashes from entry `from` on, and the head, as someone with the file and
// the product's source would: the local walk finds nothing wrong afterwards.
dsn::Result<void> rechain(QSqlDatabase &c, qint64 from)
{
    dsn::Result<QVariant> prev
        = dsn::sqlScalar(c, u"SELECT hash FROM audit_log WHERE id = ?"_s, { from - 1 });
    if (!prev)
        return prev.error();
    QString prevHash = prev->isValid() ? prev->toString() : dsn::AuditTrail::genesisHash();
    dsn::Result<QSqlQuery> rows = dsn::sqlRun(c,
        u"SELECT id, at, actor_user_id, actor_name, actor_role, event, object_type, object_id, details "
        u"FROM audit_log WHERE id >= ? ORDER BY id"_s,
        { from });
    if (!rows)
        return rows.error();
    QList<QVariantList> updates;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        const QString hash
            = dsn::AuditTrail::entryHash(id, rows->value(1).toString(), nullableId(rows->value(2)),
                rows->value(3).toString(), rows->value(4).toString(), rows->value(5).toString(),
                rows->value(6).toString(), rows->value(7).toString(), rows->value(8).toString(), prevHash);
        updates.append({ prevHash, hash, id });
        prevHash = hash;
    }
    rows->finish();
    for (const QVariantList &u : std::as_const(updates)) {
        if (auto r = dsn::sqlExec(c, u"UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"_s, u); !r)
            return r;
    }
    return dsn::sqlExec(c,
        u"UPDATE audit_head SET last_id = (SELECT max(id) FROM audit_log), last_hash = ?, "
        u"entries = (SELECT count(*) FROM audit_log) WHERE singleton = 1"_s,
        { prevHash });
}

} // namespace

void TestSyncAudit::cleanup()
{
    m_server.reset();
}

bool TestSyncAudit::startOffice()
{
    QFETCH(QString, backend);
    m_officeDb = officetest::newDatabaseUrl(backend, m_dir);
    if (m_officeDb.isEmpty())
        return false;
    QFile csv(m_dir.filePath(u"taxpayers.csv"_s));
    if (!csv.open(QIODevice::WriteOnly))
        return false;
    csv.write("taxpayer_id,name,activity,place,registered_on,deregistered_on\n"
        + dsntest::validBin(1).toUtf8() + ",ТОО Альфа,petroleum_production,11,2010-01-01,\n");
    csv.close();
    const dsntest::DsnctlRun imported
        = runDsnctl({ u"--db"_s, m_officeDb, u"office"_s, u"import-taxpayers"_s, csv.fileName() });
    if (imported.exitCode != 0) {
        qWarning("%s", qPrintable(imported.describe()));
        return false;
    }
    m_server = std::make_unique<officetest::OfficeServerProcess>();
    QString error;
    if (!m_server->start(m_officeDb, m_dir.filePath(u"office.log"_s), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_url = m_server->url(QString());
    return true;
}

QString TestSyncAudit::registerCounter(const QString &name)
{
    const dsntest::DsnctlRun run = runDsnctl({ u"--db"_s, m_officeDb, u"office"_s, u"register-workstation"_s,
        name, u"--role"_s, u"counter"_s, u"--place"_s, u"SC-AKM-01"_s });
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.describe()));
        return {};
    }
    return run.lines().constLast().trimmed();
}

QString TestSyncAudit::intake(dsn::Database &db, int n)
{
    dsn::CaseStore store(db);
    const QDateTime received = QDateTime::currentDateTimeUtc().addSecs(-1800);
    auto number = store.intake(dsntest::application(u"ТОО Альфа"_s, dsntest::validBin(n), received),
        dsn::Actor::system(), dsn::IntakeOptions { dsn::IntakeOrigin::OnBehalfOfCounter, u"test"_s });
    return number ? *number : QString();
}

dsn::SyncReport TestSyncAudit::sync(dsn::Database &db, const QString &token)
{
    dsn::SyncClient::Options options;
    options.settings = { m_url, token };
    dsn::SyncClient client(db, options);
    return client.syncAndWait();
}

qint64 TestSyncAudit::officeCases(const QString &workstation)
{
    auto db = dsn::office::OfficeDatabase::open(*dsn::office::OfficeLocation::parse(m_officeDb), false);
    if (!db)
        return -1;
    auto n = dsn::office::scalar(
        (*db)->connection(), u"SELECT COUNT(*) FROM cases WHERE workstation = ?"_s, { workstation });
    return n ? n->toLongLong() : -1;
}

void TestSyncAudit::healthyTrailKeepsPushing()
{
    QVERIFY(startOffice());
    const QString token = registerCounter(u"AST01"_s);
    QVERIFY(!token.isEmpty());
    const QString path
        = m_dir.filePath(u"healthy-%1.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
    auto db = dsntest::openStore(path);
    QVERIFY(db);
    // Saved as `dsnctl sync configure` does: `audit verify --office` finds them as `sync run` does.
    QVERIFY(dsn::SyncStore(*db).saveSettings({ m_url, token }, dsn::Actor::system()));

    // Several runs, each with a new client (so each first asks the office for its last anchor),
    // and more entries in between.
    for (int round = 1; round <= 3; ++round) {
        QVERIFY(!intake(*db, round).isEmpty());
        const dsn::SyncReport report = sync(*db, token);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.acknowledged, 1);
        QVERIFY(!report.auditRefused);
    }
    QCOMPARE(officeCases(u"AST01"_s), 3);

    const dsntest::DsnctlRun verify = runDsnctl({ u"--db"_s, path, u"audit"_s, u"verify"_s, u"--office"_s });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    // Each run anchored twice: the head its push showed, and the head after the push's answers
    // (which added entries) that its pull showed.
    QVERIFY2(verify.out.contains(u"office anchors held: 6 anchor(s) of workstation AST01"_s),
        qPrintable(verify.describe()));
}

void TestSyncAudit::rewrittenTrailIsCaught_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("rewrite");
    QTest::addColumn<bool>("locallyIntact"); // what the local `audit verify` says afterwards
    for (const QString &b : officetest::backends()) {
        const QByteArray n = b.toUtf8();
        QTest::newRow(QByteArray(n + " entry edited").constData()) << b << u"edit"_s << false;
        QTest::newRow(QByteArray(n + " entry edited, re-chained").constData())
            << b << u"edit-rechain"_s << true;
        QTest::newRow(QByteArray(n + " entry deleted, re-chained").constData())
            << b << u"delete-rechain"_s << true;
    }
}

void TestSyncAudit::rewrittenTrailIsCaught()
{
    QFETCH(QString, rewrite);
    QFETCH(bool, locallyIntact);
    QVERIFY(startOffice());
    const QString token = registerCounter(u"AST01"_s);
    QVERIFY(!token.isEmpty());
    const QString path = m_dir.filePath(
        u"rewritten-%1.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    auto db = dsntest::openStore(path);
    QVERIFY(db);
    QVERIFY(!intake(*db, 1).isEmpty());
    QVERIFY(!intake(*db, 2).isEmpty());
    dsn::SyncReport report = sync(*db, token);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(officeCases(u"AST01"_s), 2);
    const QStringList verifyOffice
        = { u"--db"_s, path, u"audit"_s, u"verify"_s, u"--office"_s, m_url, u"--token"_s, token };
    dsntest::DsnctlRun verify = runDsnctl(verifyOffice);
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));

    // The first case's intake entry (a person's data seen and taken in) is rewritten.
    auto target
        = dsn::sqlScalar(db->connection(), u"SELECT min(id) FROM audit_log WHERE event = 'case_intake'"_s);
    QVERIFY(target && target->toLongLong() > 0);
    const qint64 id = target->toLongLong();
    QVERIFY(db->write([&](QSqlDatabase &c) -> dsn::Result<void> {
        if (rewrite == u"delete-rechain"_s) {
            if (auto r = dsn::sqlExec(c, u"DELETE FROM audit_log WHERE id = ?"_s, { id }); !r)
                return r;
            if (auto r = dsn::sqlExec(c, u"UPDATE audit_log SET id = -(id - 1) WHERE id > ?"_s, { id }); !r)
                return r;
            if (auto r = dsn::sqlExec(c, u"UPDATE audit_log SET id = -id WHERE id < 0"_s); !r)
                return r;
        } else if (
            auto r = dsn::sqlExec(c,
                u"UPDATE audit_log SET details = json_set(details, '$.note', 'nothing') WHERE id = ?"_s,
                { id });
            !r) {
            return r;
        }
        if (rewrite != u"edit"_s)
            return rechain(c, id);
        return {};
    }));

    const dsntest::DsnctlRun local = runDsnctl({ u"--db"_s, path, u"audit"_s, u"verify"_s });
    QVERIFY2((local.exitCode == 0) == locallyIntact, qPrintable(local.describe()));
    verify = runDsnctl(verifyOffice);
    QVERIFY2(verify.exitCode == 1, qPrintable(verify.describe()));
    QVERIFY2(verify.err.contains(u"office anchor: entry"_s), qPrintable(verify.describe()));

    // A run with nothing to push is refused too: its pull carries the head.
    report = sync(*db, token);
    QCOMPARE(report.pushed, 0);
    QVERIFY(report.auditRefused);
    QCOMPARE(report.pulled, 0);

    // The next push is refused, says why, and changes nothing at the office; so is the next.
    const QString third = intake(*db, 3);
    QVERIFY(!third.isEmpty());
    for (int attempt = 0; attempt < 2; ++attempt) {
        report = sync(*db, token);
        QVERIFY(report.auditRefused);
        QCOMPARE(report.acknowledged, 0);
        QVERIFY2(report.error.contains(u"audit trail"_s), qPrintable(report.error));
        QCOMPARE(officeCases(u"AST01"_s), 2);
    }
    const dsn::Result<dsn::SyncStatus> status = dsn::SyncStore(*db).status();
    QVERIFY(status);
    QCOMPARE(status->pending, 1);
    QVERIFY2(status->lastError.contains(u"audit trail"_s), qPrintable(status->lastError));

    // The administrators see it; verify --office names the office's alert too.
    dsntest::DsnctlRun alerts = runDsnctl({ u"--db"_s, m_officeDb, u"office"_s, u"audit-alerts"_s });
    QCOMPARE(alerts.exitCode, 0);
    QCOMPARE(alerts.lines().size(), 1);
    QVERIFY2(alerts.lines().constFirst().startsWith(u"AST01\topen\t"_s), qPrintable(alerts.describe()));
    verify = runDsnctl(verifyOffice);
    QVERIFY2(verify.exitCode == 1 && verify.err.contains(u"flagged"_s), qPrintable(verify.describe()));

    // After review the workstation syncs again, and its trail is anchored anew.
    QCOMPARE(runDsnctl({ u"--db"_s, m_officeDb, u"office"_s, u"audit-accept"_s, u"AST01"_s }).exitCode, 2);
    const dsntest::DsnctlRun accepted = runDsnctl({ u"--db"_s, m_officeDb, u"office"_s, u"audit-accept"_s,
        u"AST01"_s, u"--note"_s, u"intake entry changed by hand; reported to security"_s });
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.describe()));
    alerts = runDsnctl({ u"--db"_s, m_officeDb, u"office"_s, u"audit-alerts"_s, u"--all"_s });
    QVERIFY2(alerts.out.contains(u"\taccepted\t"_s) && alerts.out.contains(u"reported to security"_s),
        qPrintable(alerts.describe()));
    if (locallyIntact) {
        report = sync(*db, token);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.acknowledged, 1);
        QCOMPARE(officeCases(u"AST01"_s), 3);
        verify = runDsnctl(verifyOffice);
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    } else {
        // A chain the workstation itself finds broken is flagged again at once.
        report = sync(*db, token);
        QVERIFY(report.auditRefused);
        QCOMPARE(officeCases(u"AST01"_s), 2);
    }
}

void TestSyncAudit::anotherWorkstationsCaseIsRefused()
{
    QVERIFY(startOffice());
    QVERIFY(!registerCounter(u"AST01"_s).isEmpty());
    const QString otherToken = registerCounter(u"ALM02"_s);
    QVERIFY(!otherToken.isEmpty());
    // A store whose cases are numbered AST01-..., pushed with the token of workstation ALM02.
    const QString path
        = m_dir.filePath(u"foreign-%1.sqlite"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
    auto db = dsntest::openStore(path, {}, u"AST01"_s);
    QVERIFY(db);
    const QString number = intake(*db, 1);
    QVERIFY(number.startsWith(u"AST01-"_s));
    const dsn::SyncReport report = sync(*db, otherToken);
    QCOMPARE(report.pushed, 1);
    QCOMPARE(report.acknowledged, 0);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(officeCases(u"ALM02"_s), 0);
    QCOMPARE(officeCases(u"AST01"_s), 0);
    dsn::SyncStore store(*db);
    const auto failed = store.failedPushes();
    QVERIFY(failed);
    QCOMPARE(failed->size(), 1);
    QCOMPARE(failed->first().caseNumber, number);
    QVERIFY2(failed->first().reason.contains(u"belongs to workstation AST01, not to ALM02"_s),
        qPrintable(failed->first().reason));
}

QTEST_GUILESS_MAIN(TestSyncAudit)
#include "test_sync_audit.moc"
