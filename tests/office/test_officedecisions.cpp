// The office store's decisions on PostgreSQL and SQLite: refusal grounds, who may review by the
// lifecycle table, one product under
// look-alike names (and the upgrade that re-keys them), code allocation by concurrent reviewers,
// each case decided once, and the taxpayer registry's CSV.
#include "officestorefixture.h"

#include "code/dsncode.h"
#include "officecore/officestore.h"
#include "rules/productname.h"
#include "rules/refusalcheck.h"

#include <QMutex>
#include <QtTest>

#include <map>
#include <set>
#include <thread>

using namespace dsn;
using namespace dsn::office;
using officetest::fixedNow;
using officetest::registerBoth;

class TestOfficeDecisions : public QObject, private officetest::OfficeStoreFixture
{
    Q_OBJECT

private slots:
    void refusalGrounds_data() { backendRows(); }
    void refusalGrounds();
    void reviewFollowsTheLifecycleTable_data() { backendRows(); }
    void reviewFollowsTheLifecycleTable();
    void lookAlikeNamesAreOneProduct_data() { backendRows(); }
    void lookAlikeNamesAreOneProduct();
    void upgradeRekeysProductNames_data() { backendRows(); }
    void upgradeRekeysProductNames();
    void concurrentReviewersAllocateWithoutGaps_data() { backendRows(); }
    void concurrentReviewersAllocateWithoutGaps();
    void sameCaseDecidedOnce_data() { backendRows(); }
    void sameCaseDecidedOnce();
    void taxpayerCsv();
};

void TestOfficeDecisions::refusalGrounds()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    const QString registered = officetest::bin(1);
    const QString unregistered = officetest::bin(2);
    QVERIFY(
        store.importTaxpayers({ Taxpayer { registered, u"ТОО А"_s, u"production"_s, QDate(2001, 1, 1) } }));

    const PushItem a = item(officetest::applicationJson(registered,
                                { officetest::product(1, u"АИ-92"_s), officetest::product(3, u"ДТ-Л"_s) }),
        u"AST01-2026-000001"_s);
    const PushItem b = item(officetest::applicationJson(unregistered, { officetest::product(1, u"АИ-92"_s) }),
        u"AST01-2026-000002"_s);
    // The same product again, spelled with other case and spaces: ground 2.
    const PushItem c = item(officetest::applicationJson(registered, { officetest::product(1, u"аи-92 "_s) }),
        u"AST01-2026-000003"_s);
    for (const PushItem &p : { a, b, c })
        QCOMPARE(store.push(m_counter, p)->outcome, PushOutcome::Stored);

    QVERIFY(store.startReview(m_reviewer, a.caseUid));
    Result<DecisionResult> da
        = store.decide(m_reviewer, a.caseUid, { { 1, true, {}, {} }, { 2, true, {}, {} } });
    QVERIFY2(da, qPrintable(da ? QString() : da.error().detail));
    QCOMPARE(da->status, CaseStatus::Issued);
    QCOMPARE(da->lines.size(), 2);
    // Country 3, unit 001, the first subject 0001, type 1 / 3, the first brand 001.
    QCOMPARE(da->lines.at(0).dsnCode, u"300100011001"_s);
    QCOMPARE(da->lines.at(1).dsnCode, u"300100013001"_s);

    // A refusal on ground 2 for a subject without codes does not hold: nothing changes.
    const qint64 eventsBefore = *store.rowCount(u"events"_s);
    Result<DecisionResult> wrong
        = store.decide(m_reviewer, b.caseUid, { { 1, false, RefusalGround::CodeAlreadyIssued, u"x"_s } });
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::InvalidInput);
    QCOMPARE(*store.rowCount(u"events"_s), eventsBefore);

    Result<DecisionResult> db1 = store.decide(m_reviewer, b.caseUid, { { 1, true, {}, {} } });
    QVERIFY(db1);
    QCOMPARE(db1->status, CaseStatus::Refused);
    QCOMPARE(db1->lines.at(0).refusalGround, RefusalGround::NotRegisteredTaxpayer);
    QVERIFY(db1->lines.at(0).dsnCode.isEmpty());

    Result<DecisionResult> dc = store.decide(m_reviewer, c.caseUid, { { 1, true, {}, {} } });
    QVERIFY(dc);
    QCOMPARE(dc->status, CaseStatus::Refused);
    QCOMPARE(dc->lines.at(0).refusalGround, RefusalGround::CodeAlreadyIssued);

    // Deciding again is refused; lines not matching the case are refused.
    QCOMPARE(store.decide(m_reviewer, a.caseUid, { { 1, true, {}, {} }, { 2, true, {}, {} } }).error().code,
        ErrorCode::Conflict);
    QCOMPARE(store.decide(m_reviewer, u"00000000-0000-0000-0000-000000000000"_s, {}).error().code,
        ErrorCode::NotFound);
    QCOMPARE(*store.rowCount(u"codes"_s), 2);
    QCOMPARE(*store.rowCount(u"subjects"_s), 1);
}

// Who may review and decide is the lifecycle table's answer; a refusal without a text of its own
// gives the ground in the law's wording, stored under the ground's number.
void TestOfficeDecisions::reviewFollowsTheLifecycleTable()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    QCOMPARE(store.registerWorkstation(u"SYSTEM"_s, Role::System).error().code, ErrorCode::InvalidInput);
    QCOMPARE(workstationRoleFromKey(u"counter"), Role::Operator);
    QCOMPARE(workstationRoleFromKey(u"operator"), std::nullopt);
    for (const Role role : workstationRoles())
        QCOMPARE(workstationRoleFromKey(workstationRoleKey(role)), role);

    const PushItem p
        = item(officetest::applicationJson(officetest::bin(2), { officetest::product(1, u"АИ-92"_s) }),
            u"AST01-2026-000001"_s);
    QCOMPARE(store.push(m_counter, p)->outcome, PushOutcome::Stored);
    const qint64 eventsBefore = *store.rowCount(u"events"_s);
    QCOMPARE(store.startReview(m_counter, p.caseUid).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(store.decide(m_counter, p.caseUid, { { 1, true, {}, {} } }).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(*store.rowCount(u"events"_s), eventsBefore);

    // A refusal the reviewer names, without a text: the law's text of ground 1.
    Result<DecisionResult> d = store.decide(
        m_reviewer, p.caseUid, { { 1, false, RefusalGround::NotRegisteredTaxpayer, u"  "_s } });
    QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
    QCOMPARE(d->status, CaseStatus::Refused);
    QCOMPARE(d->lines.at(0).refusalText, refusalGroundText(RefusalGround::NotRegisteredTaxpayer));
    QSqlDatabase c = db->connection();
    QCOMPARE(
        scalar(c, u"SELECT refusal_ground FROM case_lines WHERE case_uid = ?"_s, { p.caseUid })->toInt(), 1);
    QCOMPARE(
        scalar(c, u"SELECT status FROM cases WHERE case_uid = ?"_s, { p.caseUid })->toString(), u"refused"_s);
    QCOMPARE(store.startReview(m_reviewer, p.caseUid).error().code, ErrorCode::Conflict);
}

// Issue 8, item 8: a non-breaking hyphen, a zero-width space and a Latin "е" gave one product
// four codes. Now the first spelling gets the code and the other three ground 2.
void TestOfficeDecisions::lookAlikeNamesAreOneProduct()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    const QString subject = officetest::bin(1);
    QVERIFY(store.importTaxpayers({ Taxpayer { subject, u"ТОО А"_s, u"production"_s, QDate(2001, 1, 1) } }));
    const QStringList spellings = {
        u"Дизельное топливо ДТ-Л-К5"_s,
        u"Дизельное топливо ДТ\u2011Л\u2011К5"_s, // non-breaking hyphens
        u"Дизельное топ\u200Bливо ДТ-Л-К5"_s,     // a zero-width space
        u"Дизельнoe топливо ДТ-Л-К5"_s,           // Latin "o" and "e"
    };
    QStringList codes;
    QList<std::optional<RefusalGround>> grounds;
    for (qsizetype i = 0; i < spellings.size(); ++i) {
        const PushItem p
            = item(officetest::applicationJson(subject, { officetest::product(3, spellings.at(i)) }),
                u"AST01-2026-%1"_s.arg(i + 1, 6, 10, QLatin1Char('0')));
        QCOMPARE(store.push(m_counter, p)->outcome, PushOutcome::Stored);
        QVERIFY(store.startReview(m_reviewer, p.caseUid));
        Result<DecisionResult> d = store.decide(m_reviewer, p.caseUid, { { 1, true, {}, {} } });
        QVERIFY2(d, qPrintable(d ? QString() : d.error().detail));
        if (!d->lines.at(0).dsnCode.isEmpty())
            codes.append(d->lines.at(0).dsnCode);
        grounds.append(d->lines.at(0).refusalGround);
    }
    QCOMPARE(codes.size(), 1);
    const std::optional<RefusalGround> two = RefusalGround::CodeAlreadyIssued;
    QCOMPARE(grounds, (QList<std::optional<RefusalGround>> { std::nullopt, two, two, two }));
    QCOMPARE(*store.rowCount(u"codes"_s), 1);
}

// An office database of schema 2 holds keys of the old rule (spaces collapsed, case folded) and,
// issued under it, two codes for one product. The upgrade re-keys every name, keeps both codes,
// and ground 2 finds the first from then on.
void TestOfficeDecisions::upgradeRekeysProductNames()
{
    OfficeLocation location;
    std::unique_ptr<OfficeDatabase> db = freshDatabase(&location);
    QVERIFY(db);
    const QString subject = officetest::bin(1);
    const QString nbHyphen = u"ДТ\u2011Л"_s;
    QString first;
    QString second;
    {
        OfficeStore store(*db, fixedNow);
        QVERIFY(registerBoth(store));
        QVERIFY(
            store.importTaxpayers({ Taxpayer { subject, u"ТОО А"_s, u"production"_s, QDate(2001, 1, 1) } }));
        const PushItem a = item(officetest::applicationJson(subject, { officetest::product(3, u"ДТ-Л"_s) }),
            u"AST01-2026-000001"_s);
        const PushItem b = item(officetest::applicationJson(subject, { officetest::product(3, nbHyphen) }),
            u"AST01-2026-000002"_s);
        for (const PushItem &p : { a, b })
            QCOMPARE(store.push(m_counter, p)->outcome, PushOutcome::Stored);
        // Schema 2 as it was: the old key in every row.
        QSqlDatabase c = db->connection();
        QVERIFY(exec(c, u"UPDATE case_lines SET norm_name = ? WHERE case_uid = ?"_s,
            { nbHyphen.toCaseFolded(), b.caseUid }));
        Result<DecisionResult> da = store.decide(m_reviewer, a.caseUid, { { 1, true, {}, {} } });
        Result<DecisionResult> dbb = store.decide(m_reviewer, b.caseUid, { { 1, true, {}, {} } });
        QVERIFY(da && dbb);
        first = da->lines.at(0).dsnCode;
        second = dbb->lines.at(0).dsnCode;
        QVERIFY(!first.isEmpty() && !second.isEmpty()); // the old rule's second code
        QVERIFY(exec(c, u"UPDATE schema_version SET version = 2"_s));
    }
    db.reset();

    Result<std::unique_ptr<OfficeDatabase>> upgraded = OfficeDatabase::open(location);
    QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().detail));
    QCOMPARE((*upgraded)->schemaVersion(), officeSchemaVersion());
    QSqlDatabase c = (*upgraded)->connection();
    QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM case_lines WHERE norm_name = ?"_s, { productNameKey(nbHyphen) })
                 ->toInt(),
        2);
    QCOMPARE(scalar(c, u"SELECT norm_name FROM codes WHERE dsn_code = ?"_s, { first })->toString(),
        productNameKey(nbHyphen));
    QCOMPARE(scalar(c, u"SELECT norm_name FROM codes WHERE dsn_code = ?"_s, { second })->toString(),
        productNameKey(nbHyphen) + QChar(0x0001) + second);

    // A third spelling, Latin "T": ground 2 against the first code.
    OfficeStore store(**upgraded, fixedNow);
    const PushItem c3 = item(
        officetest::applicationJson(subject, { officetest::product(3, u"ДT-Л"_s) }), u"AST01-2026-000003"_s);
    QCOMPARE(store.push(m_counter, c3)->outcome, PushOutcome::Stored);
    Result<DecisionResult> d = store.decide(m_reviewer, c3.caseUid, { { 1, true, {}, {} } });
    QVERIFY(d);
    QCOMPARE(d->lines.at(0).refusalGround, RefusalGround::CodeAlreadyIssued);
    QCOMPARE(*store.rowCount(u"codes"_s), 2);
}

void TestOfficeDecisions::concurrentReviewersAllocateWithoutGaps()
{
    OfficeLocation location;
    std::unique_ptr<OfficeDatabase> db = freshDatabase(&location);
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    constexpr int kSubjects = 3;
    constexpr int kCases = 24;
    constexpr int kThreads = 4;
    QList<Taxpayer> registry;
    for (int s = 0; s < kSubjects; ++s)
        registry.append(
            Taxpayer { officetest::bin(10 + s), u"ТОО %1"_s.arg(s), u"production"_s, QDate(2001, 1, 1) });
    QVERIFY(store.importTaxpayers(registry));
    QList<PushItem> items;
    for (int i = 0; i < kCases; ++i) {
        items.append(item(officetest::applicationJson(registry.at(i % kSubjects).taxpayerId,
                              { officetest::product(i % 4 + 1, u"Өнім %1-a"_s.arg(i)),
                                  officetest::product((i + 1) % 4 + 1, u"Өнім %1-b"_s.arg(i)) }),
            u"AST01-2026-%1"_s.arg(i + 1, 6, 10, QChar(u'0'))));
        QCOMPARE(store.push(m_counter, items.last())->outcome, PushOutcome::Stored);
    }

    // Each reviewer has its own connection; reviewer t takes cases t, t+4, ...: every reviewer
    // allocates for every subject.
    QMutex mutex;
    QStringList codes;
    QStringList failures;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            Result<std::unique_ptr<OfficeDatabase>> own = OfficeDatabase::open(location);
            if (!own) {
                QMutexLocker lock(&mutex);
                failures.append(own.error().detail);
                return;
            }
            OfficeStore reviewer(**own, fixedNow);
            for (int i = t; i < kCases; i += kThreads) {
                Result<DecisionResult> r = reviewer.decide(
                    m_reviewer, items.at(i).caseUid, { { 1, true, {}, {} }, { 2, true, {}, {} } });
                QMutexLocker lock(&mutex);
                if (!r) {
                    failures.append(r.error().message + u' ' + r.error().detail);
                    continue;
                }
                for (const DecidedLine &line : r->lines)
                    codes.append(line.dsnCode);
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(codes.size(), kCases * 2);
    QCOMPARE(qsizetype(std::set<QString>(codes.begin(), codes.end()).size()), codes.size());

    // Entity numbers 1..kSubjects, one per subject; brands 1..n per (subject, type).
    std::map<QString, std::set<int>> entityOf;
    std::map<QString, QList<int>> brands;
    Result<QSqlQuery> rows = run(db->connection(), u"SELECT taxpayer_id, dsn_code FROM codes"_s);
    QVERIFY(rows);
    int rowCount = 0;
    while (rows->next()) {
        ++rowCount;
        const DsnCode::Result code = DsnCode::parse(rows->value(1).toString());
        QVERIFY(code.isValid());
        const QString tin = rows->value(0).toString();
        entityOf[tin].insert(code.code->marketSubject());
        brands[tin + u'/' + QString::number(code.code->productType())].append(code.code->brand());
    }
    QCOMPARE(rowCount, kCases * 2);
    std::set<int> entities;
    for (const auto &[tin, numbers] : entityOf) {
        QCOMPARE(numbers.size(), size_t(1));
        entities.insert(*numbers.cbegin());
    }
    QCOMPARE(entities, (std::set<int> { 1, 2, 3 }));
    for (auto &[key, numbers] : brands) {
        std::sort(numbers.begin(), numbers.end());
        for (int i = 0; i < numbers.size(); ++i)
            QCOMPARE(numbers.at(i), i + 1);
    }
    Result<QVariant> counter
        = scalar(db->connection(), u"SELECT value FROM counters WHERE name = 'market_subject'"_s);
    QCOMPARE(counter->toInt(), kSubjects);
}

void TestOfficeDecisions::sameCaseDecidedOnce()
{
    OfficeLocation location;
    std::unique_ptr<OfficeDatabase> db = freshDatabase(&location);
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    QVERIFY(store.importTaxpayers(
        { Taxpayer { officetest::bin(1), u"ТОО А"_s, u"production"_s, QDate(2001, 1, 1) } }));
    QList<PushItem> items;
    for (int i = 0; i < 6; ++i) {
        items.append(item(
            officetest::applicationJson(officetest::bin(1), { officetest::product(1, u"Өнім %1"_s.arg(i)) }),
            u"N-%1"_s.arg(i)));
        QVERIFY(store.push(m_counter, items.last()));
    }
    // Four reviewers decide the same cases at the same time: each case is decided once.
    QMutex mutex;
    int decided = 0;
    int refused = 0;
    QStringList failures;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            Result<std::unique_ptr<OfficeDatabase>> own = OfficeDatabase::open(location);
            if (!own) {
                QMutexLocker lock(&mutex);
                failures.append(own.error().detail);
                return;
            }
            OfficeStore reviewer(**own, fixedNow);
            for (const PushItem &p : items) {
                Result<DecisionResult> r = reviewer.decide(m_reviewer, p.caseUid, { { 1, true, {}, {} } });
                QMutexLocker lock(&mutex);
                if (r)
                    ++decided;
                else if (r.error().code == ErrorCode::Conflict)
                    ++refused;
                else
                    failures.append(r.error().detail);
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(decided, 6);
    QCOMPARE(refused, 18);
    QCOMPARE(*store.rowCount(u"codes"_s), 6);
    Result<QVariant> lastBrand = scalar(db->connection(), u"SELECT last_brand FROM brand_counters"_s);
    QCOMPARE(lastBrand->toInt(), 6);
}

void TestOfficeDecisions::taxpayerCsv()
{
    const TaxpayerCsv good = parseTaxpayerCsv(
        u"taxpayer_id,name,activity,registered_on\n%1,ТОО А,production,2001-01-01\n%2,\"ТОО \"\"Б\"\"\",import,2010-05-06\n"_s
            .arg(officetest::bin(1), officetest::bin(2)));
    QVERIFY(good.ok());
    QCOMPARE(good.rows.size(), 2);
    QCOMPARE(good.rows.at(1).name, u"ТОО \"Б\""_s);

    QString bad = officetest::bin(1);
    bad[11] = QChar(u'0' + (bad.at(11).digitValue() + 1) % 10);
    const TaxpayerCsv wrong = parseTaxpayerCsv(
        u"taxpayer_id,name,activity,registered_on\n%1,ТОО А,production,2001-01-01\n%2,ТОО Б,x,2001-01-01\n%1,В,x,01.01.2001\n"_s
            .arg(officetest::bin(1), bad));
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.rows.isEmpty());
    QCOMPARE(wrong.problems.size(), 2);
    QVERIFY(wrong.problems.at(0).startsWith(u"line 3:"_s));
    QVERIFY(wrong.problems.at(1).startsWith(u"line 4:"_s));
    QVERIFY(!parseTaxpayerCsv(u"id,name\n"_s).ok());
}

QTEST_GUILESS_MAIN(TestOfficeDecisions)
#include "test_officedecisions.moc"
