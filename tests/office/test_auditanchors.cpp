// The office's anchors of the counters' audit trails, on PostgreSQL and SQLite: a chain that
// extends its anchors is anchored further, one that does not raises an alert that refuses the
// workstation until an administrator accepts it; a stale anchor is asked for again; workstation
// names are codes, unique without regard to case.
#include "officetestsupport.h"

#include "officecore/officestore.h"

#include <QtTest>

using namespace dsn;
using namespace dsn::office;

class TestAuditAnchors : public QObject
{
    Q_OBJECT

private slots:
    void extendingChainIsAnchored_data() { backendRows(); }
    void extendingChainIsAnchored();
    void brokenChainIsFlaggedUntilAccepted_data() { backendRows(); }
    void brokenChainIsFlaggedUntilAccepted();
    void eachBreakIsCaught_data();
    void eachBreakIsCaught();
    void versionOneDatabaseIsUpgraded_data() { backendRows(); }
    void versionOneDatabaseIsUpgraded();
    void namesAreUniqueWithoutCase_data() { backendRows(); }
    void namesAreUniqueWithoutCase();

private:
    static void backendRows()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &b : officetest::backends())
            QTest::newRow(qPrintable(b)) << b;
    }
    std::unique_ptr<OfficeDatabase> freshDatabase(QString *urlOut = nullptr)
    {
        QFETCH(QString, backend);
        const QString url = officetest::newDatabaseUrl(backend, m_dir);
        if (url.isEmpty())
            return nullptr;
        if (urlOut)
            *urlOut = url;
        Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(*OfficeLocation::parse(url));
        if (!db) {
            qWarning("open: %s %s", qPrintable(db.error().message), qPrintable(db.error().detail));
            return nullptr;
        }
        return std::move(*db);
    }

    QTemporaryDir m_dir;
    Workstation m_counter { u"AST01"_s, Role::Operator, u"SC-AKM-01"_s };
};

namespace {

QString hashOf(char c)
{
    return QString(64, QChar::fromLatin1(c));
}

// A report of a chain whose head is `head` with hash `headHash`, naming the anchor `anchor`.
AuditReport report(qint64 head, const QString &headHash, std::optional<qint64> anchor = std::nullopt,
    const QString &anchorHash = {})
{
    AuditReport r;
    r.headSeq = head;
    r.headHash = headHash;
    r.anchorSeq = anchor;
    r.anchorHash = anchorHash;
    return r;
}

} // namespace

void TestAuditAnchors::extendingChainIsAnchored()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db);
    QVERIFY(store.registerWorkstation(m_counter.name, Role::Operator, u"SC-AKM-01"_s));

    // Before the first anchor a push without a report passes; the first report is the first anchor.
    QCOMPARE(store.checkAuditHead(m_counter, std::nullopt)->outcome, AuditCheck::Anchored);
    QCOMPARE(store.rowCount(u"audit_anchors"_s).value(), 0);
    Result<AuditCheckResult> first = store.checkAuditHead(m_counter, report(5, hashOf('a')));
    QVERIFY(first);
    QCOMPARE(first->outcome, AuditCheck::Anchored);
    QCOMPARE(first->anchoredSeq, 5);

    // The chain grew and still has the anchored hash at entry 5.
    Result<AuditCheckResult> second = store.checkAuditHead(m_counter, report(9, hashOf('b'), 5, hashOf('a')));
    QCOMPARE(second->outcome, AuditCheck::Anchored);
    QCOMPARE(second->anchoredSeq, 9);
    // The same head again adds nothing.
    QCOMPARE(store.checkAuditHead(m_counter, report(9, hashOf('b'), 9, hashOf('b')))->outcome,
        AuditCheck::Anchored);
    Result<QList<AuditAnchor>> anchors = store.auditAnchors(m_counter.name);
    QVERIFY(anchors);
    QCOMPARE(anchors->size(), 2);
    QCOMPARE(anchors->at(0).seq, 5);
    QCOMPARE(anchors->at(1).hash, hashOf('b'));

    // A report naming an older anchor, or none, is asked for the last one; nothing is recorded.
    Result<AuditCheckResult> stale = store.checkAuditHead(m_counter, report(12, hashOf('c'), 5, hashOf('a')));
    QCOMPARE(stale->outcome, AuditCheck::AnchorRequired);
    QCOMPARE(stale->anchoredSeq, 9);
    QCOMPARE(store.checkAuditHead(m_counter, std::nullopt)->outcome, AuditCheck::AnchorRequired);
    QCOMPARE(store.rowCount(u"audit_anchors"_s).value(), 2);
    QCOMPARE(store.rowCount(u"audit_alerts"_s).value(), 0);
    QVERIFY(!store.openAuditAlert(m_counter.name)->has_value());
}

void TestAuditAnchors::brokenChainIsFlaggedUntilAccepted()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db);
    QVERIFY(store.registerWorkstation(m_counter.name, Role::Operator, u"SC-AKM-01"_s));
    QVERIFY(store.registerWorkstation(u"AST02"_s, Role::Operator, u"SC-AKM-01"_s));
    const Workstation other { u"AST02"_s, Role::Operator, u"SC-AKM-01"_s };
    QCOMPARE(store.checkAuditHead(m_counter, report(5, hashOf('a')))->outcome, AuditCheck::Anchored);
    QCOMPARE(store.checkAuditHead(other, report(3, hashOf('e')))->outcome, AuditCheck::Anchored);

    // Entry 5 has another hash now: flagged, and refused from then on, even with the right hash.
    Result<AuditCheckResult> broken = store.checkAuditHead(m_counter, report(8, hashOf('c'), 5, hashOf('d')));
    QVERIFY(broken);
    QCOMPARE(broken->outcome, AuditCheck::Broken);
    QVERIFY2(broken->reason.contains(u"5"_s), qPrintable(broken->reason));
    QCOMPARE(
        store.checkAuditHead(m_counter, report(8, hashOf('b'), 5, hashOf('a')))->outcome, AuditCheck::Broken);
    QCOMPARE(store.rowCount(u"audit_anchors"_s).value(), 2); // nothing anchored after the break
    Result<std::optional<AuditAlert>> open = store.openAuditAlert(m_counter.name);
    QVERIFY(open && open->has_value());
    QCOMPARE((*open)->reportedSeq, std::optional<qint64>(8));
    QCOMPARE((*open)->reportedHash, hashOf('c'));
    Result<QList<AuditAlert>> alerts = store.auditAlerts(false);
    QCOMPARE(alerts->size(), 1);
    QCOMPARE(alerts->first().workstation, m_counter.name);
    // The other workstation is not concerned.
    QCOMPARE(
        store.checkAuditHead(other, report(4, hashOf('f'), 3, hashOf('e')))->outcome, AuditCheck::Anchored);

    // Accepting needs an open alert; once accepted, the next head starts a new epoch.
    QCOMPARE(store.acceptAuditAlert(u"AST02"_s, u"admin"_s, u"x"_s).error().code, ErrorCode::NotFound);
    QVERIFY(store.acceptAuditAlert(m_counter.name, u"admin"_s, u"entries deleted by a clerk, reported"_s));
    QCOMPARE(store.auditAlerts(false)->size(), 0);
    Result<QList<AuditAlert>> all = store.auditAlerts(true);
    QCOMPARE(all->size(), 1);
    QVERIFY(!all->first().isOpen());
    QCOMPARE(all->first().acceptedBy, u"admin"_s);
    QCOMPARE(all->first().note, u"entries deleted by a clerk, reported"_s);
    QCOMPARE(store.auditAnchors(m_counter.name)->size(), 0);
    QCOMPARE(store.checkAuditHead(m_counter, report(8, hashOf('c'), 5, hashOf('d')))->outcome,
        AuditCheck::Anchored);
    QCOMPARE(store.auditAnchors(m_counter.name)->size(), 1);
    QCOMPARE(store.checkAuditHead(m_counter, report(9, hashOf('g'), 8, hashOf('c')))->outcome,
        AuditCheck::Anchored);
    // A second break is a second alert.
    QCOMPARE(
        store.checkAuditHead(m_counter, report(7, hashOf('h'), 9, QString()))->outcome, AuditCheck::Broken);
    QCOMPARE(store.auditAlerts(true)->size(), 2);
}

void TestAuditAnchors::eachBreakIsCaught_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<qint64>("head");
    QTest::addColumn<QString>("headHash");
    QTest::addColumn<QString>("anchorHash");
    QTest::addColumn<bool>("intact");
    for (const QString &b : officetest::backends()) {
        const QByteArray n = b.toUtf8();
        QTest::newRow(QByteArray(n + " shorter").constData())
            << b << qint64(4) << hashOf('a') << QString() << true;
        QTest::newRow(QByteArray(n + " entry gone").constData())
            << b << qint64(12) << hashOf('a') << QString() << true;
        QTest::newRow(QByteArray(n + " other hash").constData())
            << b << qint64(12) << hashOf('a') << hashOf('d') << true;
        QTest::newRow(QByteArray(n + " same head, other hash").constData())
            << b << qint64(10) << hashOf('d') << hashOf('b') << true;
        QTest::newRow(QByteArray(n + " workstation found it broken").constData())
            << b << qint64(12) << hashOf('a') << hashOf('b') << false;
    }
}

void TestAuditAnchors::eachBreakIsCaught()
{
    QFETCH(qint64, head);
    QFETCH(QString, headHash);
    QFETCH(QString, anchorHash);
    QFETCH(bool, intact);
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db);
    QVERIFY(store.registerWorkstation(m_counter.name, Role::Operator, u"SC-AKM-01"_s));
    QCOMPARE(store.checkAuditHead(m_counter, report(10, hashOf('b')))->outcome, AuditCheck::Anchored);
    AuditReport r = report(head, headHash, 10, anchorHash);
    r.intact = intact;
    if (!intact) {
        r.brokenAt = 7;
        r.problem = u"The entry was changed after it was written."_s;
    }
    Result<AuditCheckResult> checked = store.checkAuditHead(m_counter, r);
    QVERIFY(checked);
    QCOMPARE(checked->outcome, AuditCheck::Broken);
    QVERIFY(!checked->reason.isEmpty());
    QCOMPARE(store.rowCount(u"audit_alerts"_s).value(), 1);
    QCOMPARE(store.rowCount(u"audit_anchors"_s).value(), 1);
}

// An office database of version 1 (before the anchors) gets the anchor tables when a version 2
// service opens it, keeping what it holds.
void TestAuditAnchors::versionOneDatabaseIsUpgraded()
{
    // A database of version 1 as it was, built step by step (officetestsupport.h), with a workstation.
    QFETCH(QString, backend);
    const QString url = officetest::newDatabaseUrl(backend, m_dir);
    const Result<OfficeLocation> location = OfficeLocation::parse(url);
    QVERIFY(location);
    QString error;
    QVERIFY2(officetest::createOfficeSchema(*location, 1, &error), qPrintable(error));
    QVERIFY2(officetest::execOnOfficeDatabase(*location,
                 { u"INSERT INTO workstations (name, role, token_hash, created_at) VALUES "
                   u"(?, 'counter', 'h', '2026-03-01T00:00:00.000Z')"_s },
                 { { m_counter.name } }, &error),
        qPrintable(error));
    // Without migration a version 1 database is refused; with it, upgraded.
    QVERIFY(!OfficeDatabase::open(*location, false));
    Result<std::unique_ptr<OfficeDatabase>> upgraded = OfficeDatabase::open(*location);
    QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().detail));
    QCOMPARE((*upgraded)->schemaVersion(), officeSchemaVersion());
    OfficeStore store(**upgraded);
    QCOMPARE(store.rowCount(u"workstations"_s).value(), 1);
    QCOMPARE(store.checkAuditHead(m_counter, report(3, hashOf('a')))->outcome, AuditCheck::Anchored);
    QCOMPARE(store.rowCount(u"audit_anchors"_s).value(), 1);
}

void TestAuditAnchors::namesAreUniqueWithoutCase()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db);
    QVERIFY(store.registerWorkstation(u"ast01"_s, Role::Operator, u"SC-AKM-01"_s));
    QCOMPARE(store.registerWorkstation(u"AST01"_s, Role::Operator, u"SC-AKM-01"_s).error().code,
        ErrorCode::Conflict);
    QVERIFY(store.registerWorkstation(u"AST02"_s, Role::Operator, u"SC-AKM-01"_s));
}

QTEST_GUILESS_MAIN(TestAuditAnchors)
#include "test_auditanchors.moc"
