#include "cases/casestore.h"
#include "casesamples.h"
#include "store/audittrail.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "storefixture.h"
#include "storerows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;
using dsn::Actor;
using dsn::CaseStatus;
using dsn::Role;

// A store written by the first schema version keeps every row when the case steps run, and its
// cases become searchable.
class TestCasesUpgrade : public QObject
{
    Q_OBJECT
private slots:
    void upgradeFromVersionOneKeepsEverything();
};

namespace {

QStringList userTables(const QSqlDatabase &db)
{
    QStringList tables;
    auto q = dsn::sqlRun(db,
        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        u" AND name NOT LIKE 'case_search%' AND name <> 'schema_version' ORDER BY name"_s);
    while (q && q->next())
        tables.append(q->value(0).toString());
    return tables;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    auto q = dsn::sqlRun(db, u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s, { table });
    while (q && q->next())
        columns.append(q->value(0).toString());
    return columns;
}

// Every row of the given tables, reading only the given columns (later versions may add some).
QHash<QString, QStringList> everyRow(const QSqlDatabase &db, const QHash<QString, QStringList> &columns)
{
    QHash<QString, QStringList> rows;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        QStringList cells;
        auto q = dsn::sqlRun(
            db, u"SELECT "_s + it.value().join(u", "_s) + u" FROM "_s + it.key() + u" ORDER BY rowid"_s);
        if (!q) {
            rows.insert(it.key(), { u"error"_s });
            continue;
        }
        QStringList lines;
        while (q->next()) {
            QStringList row;
            for (qsizetype i = 0; i < it.value().size(); ++i)
                row.append(q->value(int(i)).isNull() ? u"NULL"_s : q->value(int(i)).toString());
            lines.append(row.join(u'|'));
        }
        rows.insert(it.key(), lines);
    }
    return rows;
}

} // namespace

void TestCasesUpgrade::upgradeFromVersionOneKeepsEverything()
{
    // The store as version 1 had it, with a user of each role.
    StoreFixture fixture;
    StoreOptions v1;
    v1.database.targetVersion = 1;
    QVERIFY(fixture.open(v1));
    const QString path = fixture.storePath();
    const Actor op = fixture.operatorActor();
    const Actor rev = fixture.reviewerActor();
    const QDateTime received(QDate(2025, 4, 1), QTime(10, 0), kazakhstan());

    struct Filed
    {
        QString number;
        QString nameWord;
        QString taxpayerId;
        QString product;
    };
    QList<Filed> filed;
    QHash<QString, QStringList> before;
    QHash<QString, QStringList> columnsBefore; // table -> its version 1 columns
    {
        dsn::Database *db = fixture.database.get();
        QCOMPARE(db->schemaVersion(), 1);
        QCOMPARE(count(db->connection(), u"sqlite_master WHERE name = 'case_search'"_s), 0);
        dsn::CaseStore &store = *fixture.cases;
        const QList<std::tuple<QString, QString, QString, QString>> cases = {
            { u"ТОО «Атырау Мұнай Өңдеу»"_s, u"өңдеу"_s, validBin(1), u"АИ-92-К4"_s },
            { u"АО «Нефтебаза Север»"_s, u"нефтебаза"_s, validBin(2), u"Мазут М-40"_s },
            { u"ИП Сәрсенбаев Ержан"_s, u"сәрсенбаев"_s, validIin(3), u"Дизель ДТ-З"_s },
            { u"ЖШС «Қызылорда Отын»"_s, u"қызылорда"_s, validBin(4), u"ТС-1 авиа"_s },
        };
        for (const auto &[name, word, id, product] : cases) {
            auto n = store.intake(
                application(name, id, received, { dsn::ProductLine { 1, product, u"ГОСТ"_s } }), op);
            QVERIFY2(n, n ? "" : qPrintable(n.error().detail));
            filed.append({ *n, word, id, product });
        }
        QVERIFY(store.changeStatus(filed[0].number, CaseStatus::Sent, op));
        QVERIFY(store.changeStatus(filed[0].number, CaseStatus::Registered, rev));
        QVERIFY(
            store.recordPrint(filed[1].number, u"receipt"_s, dsn::Language::Russian, QString(64, u'c'), op));
        // A viewing as the audit records it (opening the case reads columns of later versions).
        QVERIFY(db->write([&](QSqlDatabase &c) -> dsn::Result<void> {
            auto id = dsn::AuditTrail::append(
                c, rev, QString(dsn::AuditEvent::PersonViewed), u"case"_s, filed[2].number);
            if (!id)
                return id.error();
            return {};
        }));
        for (const QString &t : userTables(db->connection()))
            columnsBefore.insert(t, columnsOf(db->connection(), t));
        before = everyRow(db->connection(), columnsBefore);
        fixture.closeStore();
    }
    QVERIFY(before.value(u"applications"_s).size() == 4);

    auto opened = dsn::Database::open(path);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().detail));
    dsn::Database &db = **opened;
    QCOMPARE(db.schemaVersion(), dsn::latestSchemaVersion());
    QVERIFY(db.schemaVersion() >= 2);
    const QSqlDatabase c = db.connection();

    // Every row of every table of version 1 is still there, unchanged.
    // Every table and column of version 1 is still there, every row unchanged.
    for (auto it = columnsBefore.cbegin(); it != columnsBefore.cend(); ++it) {
        const QStringList now = columnsOf(c, it.key());
        for (const QString &column : it.value())
            QVERIFY2(now.contains(column), qPrintable(it.key() + u'.' + column));
    }
    const auto after = everyRow(c, columnsBefore);
    QCOMPARE(after.size(), before.size());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(after.value(it.key()), it.value());
    QVERIFY(before.value(u"applications"_s).size() == 4 && before.value(u"audit_log"_s).size() >= 7);

    // The old cases are in the full-text index, and the index agrees with its content.
    QCOMPARE(count(c, u"case_search"_s), 4);
    QVERIFY(db.write([](QSqlDatabase &w) {
        return dsn::sqlExec(w, u"INSERT INTO case_search(case_search) VALUES ('integrity-check')"_s);
    }));
    dsn::CaseStore store(db);
    for (const Filed &f : std::as_const(filed)) {
        for (const QString &text : { f.nameWord.toUpper(), f.taxpayerId.left(7), f.number, f.product }) {
            dsn::CaseQuery q;
            q.text = text;
            auto page = store.search(q);
            QVERIFY(page);
            QStringList numbers;
            for (const auto &s : page->cases)
                numbers.append(s.caseNumber);
            QVERIFY2(numbers.contains(f.number), qPrintable(text + u" -> "_s + numbers.join(u", "_s)));
        }
    }

    // Work goes on: the counter continues and new cases are indexed too.
    auto next = store.intake(application(u"ТОО «Жаңа»"_s, validBin(5), received), op);
    QVERIFY(next);
    QCOMPARE(*next, u"AST01-2025-000005"_s);
    dsn::CaseQuery q;
    q.text = u"жаңа"_s;
    auto page = store.search(q);
    QVERIFY(page);
    QCOMPARE(page->cases.size(), 1);
    auto chain = dsn::AuditTrail::verify(c);
    QVERIFY(chain && chain->intact);
}

QTEST_GUILESS_MAIN(TestCasesUpgrade)
#include "test_casesupgrade.moc"
