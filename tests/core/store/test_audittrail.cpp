#include "store/audittrail.h"
#include "store/database.h"
#include "store/sql.h"
#include "storefiles.h"

#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;

class AuditTrailTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void emptyTrailHolds();
    void entriesChainFromGenesis();
    void entryRollsBackWithItsChange();
    void failedLoginUnderUnknownNameIsAnonymous();
    void appendOutsideWriteTransactionIsRefused();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void recomputedHashesFollowTheEntries();
    void concurrentWritersNeverForkTheChain();
    void entriesArePagedNewestFirst();

private:
    QString path() const { return m_dir->filePath(u"store.sqlite"_s); }
    // A closed store holding count entries by an operator, numbered 1..count.
    bool makeTrail(int count);
    static dsn::Actor operatorActor()
    {
        return dsn::Actor { 7, u"aigerim"_s, dsn::Role::Operator, u"AST01"_s };
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void AuditTrailTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool AuditTrailTest::makeTrail(int count)
{
    auto db = dsn::Database::open(path());
    if (!db)
        return false;
    for (int i = 1; i <= count; ++i) {
        const dsn::Result<void> r = (*db)->write([i](QSqlDatabase &c) -> dsn::Result<void> {
            auto id = dsn::AuditTrail::append(c, operatorActor(), dsn::AuditEvent::CaseViewed, u"case"_s,
                u"AST01-2025-%1"_s.arg(i, 6, 10, QChar(u'0')), { { u"n"_s, i } });
            if (!id)
                return id.error();
            return {};
        });
        if (!r)
            return false;
    }
    return true;
}

void AuditTrailTest::emptyTrailHolds()
{
    auto db = dsn::Database::open(path());
    QVERIFY(db);
    auto v = dsn::AuditTrail::verify((*db)->connection());
    QVERIFY(v);
    QVERIFY(v->intact);
    QCOMPARE(v->entries, 0);
}

void AuditTrailTest::entriesChainFromGenesis()
{
    QVERIFY(makeTrail(3));
    auto db = dsn::Database::open(path());
    QVERIFY(db);
    auto v = dsn::AuditTrail::verify((*db)->connection());
    QVERIFY(v);
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->entries, 3);

    auto list = dsn::AuditTrail::entries((*db)->connection(), 10);
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    const dsn::AuditEntry &first = list->at(2);
    QCOMPARE(first.id, 1);
    QCOMPARE(first.prevHash, QString(64, u'0'));
    QCOMPARE(list->at(1).prevHash, first.hash);
    QCOMPARE(list->at(0).prevHash, list->at(1).hash);
    QCOMPARE(first.event, u"case_viewed"_s);
    QCOMPARE(first.actorName, u"aigerim"_s);
    QCOMPARE(first.actorRole, u"operator"_s);
    QCOMPARE(first.actorUserId, std::optional<qint64>(7));
    QCOMPARE(first.objectId, u"AST01-2025-000001"_s);
    QCOMPARE(first.details.value(u"n"_s).toInt(), 1);
    QVERIFY(first.hash.size() == 64 && first.hash != first.prevHash);
    QCOMPARE(dsn::sqlScalar((*db)->connection(), u"SELECT last_hash FROM audit_head"_s)->toString(),
        list->at(0).hash);
}

void AuditTrailTest::entryRollsBackWithItsChange()
{
    QVERIFY(makeTrail(2));
    auto db = dsn::Database::open(path());
    QVERIFY(db);
    auto r = (*db)->write([](QSqlDatabase &c) -> dsn::Result<void> {
        auto id = dsn::AuditTrail::append(c, dsn::Actor::system(), dsn::AuditEvent::SettingsChanged);
        if (!id)
            return id.error();
        return dsn::makeError(dsn::ErrorCode::InvalidInput, u"the change itself failed"_s);
    });
    QVERIFY(!r);
    auto v = dsn::AuditTrail::verify((*db)->connection());
    QVERIFY(v && v->intact);
    QCOMPARE(v->entries, 2);
    // The next entry continues the chain without a gap.
    QVERIFY((*db)->write([](QSqlDatabase &c) -> dsn::Result<void> {
        auto id = dsn::AuditTrail::append(c, dsn::Actor::system(), dsn::AuditEvent::SettingsChanged);
        if (!id)
            return id.error();
        if (*id != 3)
            return dsn::makeError(dsn::ErrorCode::Internal, u"entry %1 instead of 3"_s.arg(*id));
        return {};
    }));
    v = dsn::AuditTrail::verify((*db)->connection());
    QVERIFY(v && v->intact);
}

void AuditTrailTest::failedLoginUnderUnknownNameIsAnonymous()
{
    auto db = dsn::Database::open(path());
    QVERIFY(db);
    QVERIFY((*db)->write([](QSqlDatabase &c) -> dsn::Result<void> {
        auto id = dsn::AuditTrail::appendAnonymous(c, u"nobody"_s, dsn::AuditEvent::LoginFailed);
        if (!id)
            return id.error();
        return {};
    }));
    auto list = dsn::AuditTrail::entries((*db)->connection(), 1);
    QVERIFY(list && list->size() == 1);
    QCOMPARE(list->at(0).actorName, u"nobody"_s);
    QCOMPARE(list->at(0).actorRole, u"anonymous"_s);
    QVERIFY(!list->at(0).actorUserId);
    auto v = dsn::AuditTrail::verify((*db)->connection());
    QVERIFY(v && v->intact);
}

void AuditTrailTest::appendOutsideWriteTransactionIsRefused()
{
    QVERIFY(makeTrail(1));
    auto db = dsn::Database::open(path());
    QVERIFY(db);
    QSqlDatabase c = (*db)->connection();
    auto id = dsn::AuditTrail::append(c, dsn::Actor::system(), dsn::AuditEvent::Export);
    QVERIFY(!id);
    QCOMPARE(id.error().code, dsn::ErrorCode::Internal);
    QCOMPARE(dsn::sqlScalar(c, u"SELECT count(*) FROM audit_log"_s)->toInt(), 1);
}

void AuditTrailTest::tamperingIsFound_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("brokenEntry");
    // A trail of 6 entries; each row changes it as an outside program could.
    QTest::newRow("details edited") << QStringList {
        u"UPDATE audit_log SET details = '{\"n\":30}' WHERE id = 3"_s
    } << qint64(3);
    QTest::newRow("actor edited") << QStringList {
        u"UPDATE audit_log SET actor_name = 'someone' WHERE id = 2"_s
    } << qint64(2);
    QTest::newRow("time edited") << QStringList {
        u"UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 5"_s
    } << qint64(5);
    QTest::newRow("object cleared") << QStringList { u"UPDATE audit_log SET object_id = NULL WHERE id = 1"_s }
                                    << qint64(1);
    QTest::newRow("event edited") << QStringList { u"UPDATE audit_log SET event = 'export' WHERE id = 6"_s }
                                  << qint64(6);
    QTest::newRow("edited with its hash recomputed") << QStringList { u"REHASH 3"_s } << qint64(4);
    QTest::newRow("middle entry deleted")
        << QStringList { u"DELETE FROM audit_log WHERE id = 3"_s } << qint64(3);
    QTest::newRow("first entry deleted")
        << QStringList { u"DELETE FROM audit_log WHERE id = 1"_s } << qint64(1);
    QTest::newRow("last entry deleted")
        << QStringList { u"DELETE FROM audit_log WHERE id = 6"_s } << qint64(6);
    QTest::newRow("last two deleted")
        << QStringList { u"DELETE FROM audit_log WHERE id >= 5"_s } << qint64(5);
    QTest::newRow("last two deleted and the head rewound") << QStringList {
        u"DELETE FROM audit_log WHERE id >= 5"_s, u"UPDATE audit_head SET last_id = 4, entries = 4"_s
    } << qint64(4);
    QTest::newRow("all deleted") << QStringList { u"DELETE FROM audit_log"_s } << qint64(1);
    QTest::newRow("entry inserted at the end with a valid link") << QStringList { u"FORGE 7"_s } << qint64(7);
    QTest::newRow("entry inserted in the middle, later ones renumbered")
        << QStringList { u"UPDATE audit_log SET id = id + 100 WHERE id >= 4"_s,
               u"UPDATE audit_log SET id = id - 99 WHERE id >= 104"_s, u"UPDATE audit_head SET last_id = 7"_s,
               u"FORGE 4"_s }
        << qint64(5);
    QTest::newRow("head removed") << QStringList { u"DELETE FROM audit_head"_s } << qint64(0);
}

void AuditTrailTest::tamperingIsFound()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, brokenEntry);
    QVERIFY(makeTrail(6));
    for (const QString &s : statements) {
        if (s.startsWith(u"REHASH "_s) || s.startsWith(u"FORGE "_s)) {
            // An outside program that knows the hashing: an entry with a hash that matches its own
            // contents and links to the entry before it.
            const qint64 id = s.section(u' ', 1).toLongLong();
            const QString prev = id == 1
                ? QString(64, u'0')
                : rawScalar(path(), u"SELECT hash FROM audit_log WHERE id = %1"_s.arg(id - 1)).toString();
            const QString at = u"2025-01-01T00:00:00.000Z"_s;
            const QString details = u"{\"n\":99}"_s;
            const QString hash = dsn::AuditTrail::entryHash(id, at, 7, u"aigerim"_s, u"operator"_s,
                u"case_viewed"_s, u"case"_s, u"AST01-2025-000099"_s, details, prev);
            const QString sql = s.startsWith(u"REHASH"_s)
                ? u"UPDATE audit_log SET at = '%2', object_id = 'AST01-2025-000099', details = '%3', hash = "
                  u"'%4' "
                  u"WHERE id = %1 AND prev_hash = '%5'"_s
                : u"INSERT INTO audit_log(id, at, actor_user_id, actor_name, actor_role, event, object_type, "
                  u"object_id, details, prev_hash, hash) VALUES (%1, '%2', 7, 'aigerim', 'operator', "
                  u"'case_viewed', 'case', 'AST01-2025-000099', '%3', '%5', '%4')"_s;
            QCOMPARE(rawExec(path(), { sql.arg(id).arg(at, details, hash, prev) }), QString());
        } else {
            QCOMPARE(rawExec(path(), { s }), QString());
        }
    }
    auto db = dsn::Database::open(path());
    QVERIFY(db);
    auto v = dsn::AuditTrail::verify((*db)->connection());
    QVERIFY(v);
    QVERIFY(!v->intact);
    QCOMPARE(v->brokenEntryId.value_or(-1), brokenEntry);
    QVERIFY(!v->problem.isEmpty());
}

// The hashes the office anchors are recomputed from the entries: the stored ones while the chain
// holds; after an entry is changed in place, the hashes from it on differ although the stored
// columns still agree.
void AuditTrailTest::recomputedHashesFollowTheEntries()
{
    QVERIFY(makeTrail(4));
    auto db = dsn::Database::open(path());
    QVERIFY(db);
    const QSqlDatabase c = (*db)->connection();
    auto stored = [&](qint64 id) {
        return dsn::sqlScalar(c, u"SELECT hash FROM audit_log WHERE id = ?"_s, { id })->toString();
    };
    auto chain = dsn::AuditTrail::chainHashes(c, { 0, 2, 4, 9 });
    QVERIFY(chain);
    QVERIFY(chain->verification.intact);
    QCOMPARE(chain->verification.entries, 4);
    QCOMPARE(chain->lastId, 4);
    QCOMPARE(chain->lastHash, stored(4));
    QCOMPARE(chain->at.value(0), dsn::AuditTrail::genesisHash());
    QCOMPARE(chain->at.value(2), stored(2));
    QCOMPARE(chain->at.value(4), stored(4));
    QVERIFY(!chain->at.contains(9));

    QVERIFY(dsn::sqlExec(c, u"UPDATE audit_log SET details = '{\"n\":20}' WHERE id = 2"_s));
    chain = dsn::AuditTrail::chainHashes(c, { 1, 2, 4 });
    QVERIFY(chain);
    QVERIFY(!chain->verification.intact);
    QCOMPARE(chain->verification.brokenEntryId, std::optional<qint64>(2));
    QCOMPARE(chain->at.value(1), stored(1));
    QVERIFY(chain->at.value(2) != stored(2));
    QVERIFY(chain->at.value(4) != stored(4));
    QCOMPARE(chain->lastHash, chain->at.value(4));
    QCOMPARE(chain->lastId, 4);
}

void AuditTrailTest::concurrentWritersNeverForkTheChain()
{
    QVERIFY(makeTrail(1));
    constexpr int perThread = 150;
    QAtomicInt failures;
    // Two threads of one process share its one Database, each with a connection of its own.
    auto db = dsn::Database::open(path());
    QVERIFY(db);
    dsn::Database &store = **db;
    auto writer = [&](int which) {
        for (int i = 0; i < perThread; ++i) {
            const dsn::Result<void> r = store.write([&](QSqlDatabase &c) -> dsn::Result<void> {
                auto id = dsn::AuditTrail::append(c, operatorActor(), dsn::AuditEvent::CaseViewed, u"case"_s,
                    QString::number(which), { { u"i"_s, i } });
                if (!id)
                    return id.error();
                return {};
            });
            if (!r)
                failures.fetchAndAddRelaxed(1);
        }
        store.releaseThreadConnection();
    };
    std::unique_ptr<QThread> a(QThread::create(writer, 1));
    std::unique_ptr<QThread> b(QThread::create(writer, 2));
    a->start();
    b->start();
    QVERIFY(a->wait(QDeadlineTimer(120000)));
    QVERIFY(b->wait(QDeadlineTimer(120000)));
    QCOMPARE(failures.loadRelaxed(), 0);

    auto v = dsn::AuditTrail::verify((*db)->connection());
    QVERIFY(v);
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->entries, 1 + 2 * perThread);
    QSqlDatabase c = (*db)->connection();
    // No two entries name the same predecessor: the chain did not fork.
    QCOMPARE(
        dsn::sqlScalar(c, u"SELECT count(DISTINCT prev_hash) FROM audit_log"_s)->toInt(), 1 + 2 * perThread);
    QCOMPARE(
        dsn::sqlScalar(c, u"SELECT count(*) FROM audit_log WHERE object_id = '1'"_s)->toInt(), perThread);
    QCOMPARE(
        dsn::sqlScalar(c, u"SELECT count(*) FROM audit_log WHERE object_id = '2'"_s)->toInt(), perThread);
}

void AuditTrailTest::entriesArePagedNewestFirst()
{
    QVERIFY(makeTrail(5));
    auto db = dsn::Database::open(path());
    QVERIFY(db);
    auto page1 = dsn::AuditTrail::entries((*db)->connection(), 2);
    QVERIFY(page1 && page1->size() == 2);
    QCOMPARE(page1->at(0).id, 5);
    QCOMPARE(page1->at(1).id, 4);
    auto page2 = dsn::AuditTrail::entries((*db)->connection(), 2, page1->at(1).id);
    QVERIFY(page2 && page2->size() == 2);
    QCOMPARE(page2->at(0).id, 3);
    QCOMPARE(page2->at(1).id, 2);
}

QTEST_GUILESS_MAIN(AuditTrailTest)
#include "test_audittrail.moc"
