// The office store's decisions on PostgreSQL and SQLite: both refusal grounds checked again, who
// may review by the lifecycle table, one product under look-alike names (and the upgrade that
// re-keys them), codes and decision numbers allocated by concurrent reviewers without gap or
// duplicate, each case decided once, and a decision retried under its idempotency key.
#include "officestorefixture.h"

#include "code/dsncode.h"
#include "officecore/officestore.h"
#include "rules/productname.h"
#include "rules/refusalcheck.h"

#include <QJsonDocument>
#include <QMutex>
#include <QtTest>

#include <map>
#include <set>
#include <thread>
#include <tuple>

using namespace dsn;
using namespace dsn::office;
using officetest::fixedNow;
using officetest::issue;
using officetest::refuse;
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
    void retryUnderTheKeyGetsTheFirstAnswer_data() { backendRows(); }
    void retryUnderTheKeyGetsTheFirstAnswer();
};

namespace {

// The problems of an outcome as (kind, line, ground) for comparing.
QList<std::tuple<DecisionProblemKind, int, std::optional<RefusalGround>>> problemsOf(const DecisionOutcome &o)
{
    QList<std::tuple<DecisionProblemKind, int, std::optional<RefusalGround>>> list;
    for (const DecisionProblem &p : o.problems)
        list.append({ p.kind, p.lineNo, p.ground });
    return list;
}

} // namespace

// Both grounds are checked again on the office's evidence. An issued line where a ground holds is
// not turned into a refusal: the decision is refused and nothing changes, so that the reviewer,
// who saw the evidence first, refuses it with a reason of their own.
void TestOfficeDecisions::refusalGrounds()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    const QString registered = officetest::bin(1);
    const QString unregistered = officetest::bin(2);
    QVERIFY(store.importTaxpayers({ officetest::producer(registered) }));

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
    Result<DecisionResult> da = officetest::decide(store, m_reviewer, a.caseUid, { issue(1), issue(2) });
    QVERIFY2(da, qPrintable(da ? QString() : da.error().detail));
    QCOMPARE(da->status, CaseStatus::Issued);
    QCOMPARE(da->lines.size(), 2);
    // Country 3, unit 001, the first subject 0001, type 1 / 3, the first brand 001.
    QCOMPARE(da->lines.at(0).dsnCode, u"300100011001"_s);
    QCOMPARE(da->lines.at(1).dsnCode, u"300100013001"_s);
    // The department's first decision of the year, at the office's time.
    QCOMPARE(da->decisionNumber, u"11-2026-000001"_s);
    QCOMPARE(da->decidedAt, fixedNow());
    QCOMPARE(da->reviewer.name, officetest::reviewerPerson().name);

    // Nothing of a refused decision is kept: no event, no status, no code, no decision number.
    const auto unchanged = [&](const QString &uid) {
        return *store.rowCount(u"events"_s) == 5 && *store.rowCount(u"codes"_s) == 2
            && scalar(db->connection(), u"SELECT status FROM cases WHERE case_uid = ?"_s, { uid })->toString()
            == u"registered"_s
            && scalar(db->connection(), u"SELECT value FROM counters WHERE name = 'decision.11.2026'"_s)
                   ->toInt()
            == 1;
    };
    // Ground 2 for a subject without codes does not hold; ground 1 does, so issuing is refused too.
    Result<DecisionOutcome> wrong = store.decide(
        m_reviewer, b.caseUid, officetest::decisionRequest({ refuse(1, RefusalGround::CodeAlreadyIssued) }));
    QVERIFY(wrong);
    QCOMPARE(problemsOf(*wrong),
        (QList<std::tuple<DecisionProblemKind, int, std::optional<RefusalGround>>> {
            { DecisionProblemKind::GroundDoesNotHold, 1, RefusalGround::CodeAlreadyIssued } }));
    QVERIFY(!wrong->decided());
    QVERIFY(unchanged(b.caseUid));
    Result<DecisionOutcome> issuedAnyway
        = store.decide(m_reviewer, b.caseUid, officetest::decisionRequest({ issue(1) }));
    QVERIFY(issuedAnyway);
    QCOMPARE(problemsOf(*issuedAnyway),
        (QList<std::tuple<DecisionProblemKind, int, std::optional<RefusalGround>>> {
            { DecisionProblemKind::GroundHolds, 1, RefusalGround::NotRegisteredTaxpayer } }));
    QVERIFY2(issuedAnyway->problems.first().reason.contains(u"petroleum_production"_s),
        qPrintable(issuedAnyway->problems.first().reason));
    QVERIFY(unchanged(b.caseUid));
    // A refusal needs the reviewer's reason, besides a ground that holds.
    Result<DecisionOutcome> noReason = store.decide(m_reviewer, b.caseUid,
        officetest::decisionRequest({ refuse(1, RefusalGround::NotRegisteredTaxpayer, u"  "_s) }));
    QCOMPARE(problemsOf(*noReason),
        (QList<std::tuple<DecisionProblemKind, int, std::optional<RefusalGround>>> {
            { DecisionProblemKind::RefusalTextRequired, 1, std::nullopt } }));
    QVERIFY(unchanged(b.caseUid));

    Result<DecisionResult> db1 = officetest::decide(store, m_reviewer, b.caseUid,
        { refuse(1, RefusalGround::NotRegisteredTaxpayer, u"Нет регистрации по ст. 88 НК"_s) });
    QVERIFY(db1);
    QCOMPARE(db1->status, CaseStatus::Refused);
    QCOMPARE(db1->lines.at(0).refusalGround, RefusalGround::NotRegisteredTaxpayer);
    QCOMPARE(db1->lines.at(0).refusalText, u"Нет регистрации по ст. 88 НК"_s);
    QVERIFY(db1->lines.at(0).dsnCode.isEmpty());
    QCOMPARE(db1->decisionNumber, u"11-2026-000002"_s);

    // Ground 2 names the code the subject holds, when the reviewer issues anyway and when refusing.
    Result<DecisionOutcome> again
        = store.decide(m_reviewer, c.caseUid, officetest::decisionRequest({ issue(1) }));
    QCOMPARE(problemsOf(*again),
        (QList<std::tuple<DecisionProblemKind, int, std::optional<RefusalGround>>> {
            { DecisionProblemKind::GroundHolds, 1, RefusalGround::CodeAlreadyIssued } }));
    QCOMPARE(again->problems.first().heldCode, u"300100011001"_s);
    Result<DecisionResult> dc
        = officetest::decide(store, m_reviewer, c.caseUid, { refuse(1, RefusalGround::CodeAlreadyIssued) });
    QVERIFY(dc);
    QCOMPARE(dc->status, CaseStatus::Refused);
    QCOMPARE(dc->lines.at(0).refusalGround, RefusalGround::CodeAlreadyIssued);
    QCOMPARE(dc->lines.at(0).heldCode, u"300100011001"_s);
    QCOMPARE(scalar(db->connection(), u"SELECT held_code FROM case_lines WHERE case_uid = ?"_s, { c.caseUid })
                 ->toString(),
        u"300100011001"_s);

    // Deciding again is refused (a decided case is immutable); an unknown case is not found.
    QCOMPARE(officetest::decide(store, m_reviewer, a.caseUid, { issue(1), issue(2) }).error().code,
        ErrorCode::Conflict);
    QCOMPARE(
        officetest::decide(store, m_reviewer, u"00000000-0000-0000-0000-000000000000"_s, {}).error().code,
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
    QCOMPARE(store.registerWorkstation(u"SYSTEM"_s, Role::System, QString()).error().code,
        ErrorCode::InvalidInput);
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
    QCOMPARE(officetest::decide(store, m_counter, p.caseUid, { issue(1) }).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(*store.rowCount(u"events"_s), eventsBefore);

    // A refusal keeps the reviewer's reason as written (the letter adds the law's wording of the
    // ground: refusalGroundText()).
    Result<DecisionResult> d = officetest::decide(store, m_reviewer, p.caseUid,
        { refuse(1, RefusalGround::NotRegisteredTaxpayer, u" Не зарегистрирован "_s) });
    QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
    QCOMPARE(d->status, CaseStatus::Refused);
    QCOMPARE(d->lines.at(0).refusalText, u"Не зарегистрирован"_s);
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
    QVERIFY(store.importTaxpayers({ officetest::producer(subject) }));
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
        Result<DecisionOutcome> d
            = store.decide(m_reviewer, p.caseUid, officetest::decisionRequest({ issue(1) }));
        QVERIFY2(d, qPrintable(d ? QString() : d.error().detail));
        if (d->result)
            codes.append(d->result->lines.at(0).dsnCode);
        grounds.append(d->problems.isEmpty() ? std::nullopt : d->problems.first().ground);
        if (!d->problems.isEmpty())
            QCOMPARE(d->problems.first().heldCode, codes.value(0));
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
    QFETCH(QString, backend);
    const Result<OfficeLocation> location = OfficeLocation::parse(officetest::newDatabaseUrl(backend, m_dir));
    QVERIFY(location);
    QString error;
    QVERIFY2(officetest::createOfficeSchema(*location, 2, &error), qPrintable(error));
    const QString subject = officetest::bin(1);
    const QString nbHyphen = u"ДТ\u2011Л"_s;
    const QString first = u"300100013001"_s;
    const QString second = u"300100013002"_s;
    // Two cases of the subject, decided under the old rule: one code each for "ДТ-Л" and "ДТ‑Л".
    QStringList rows = { u"INSERT INTO workstations (name, role, token_hash, created_at) VALUES "
                         u"('AST01', 'counter', 'h1', '2026-03-01T00:00:00.000Z')"_s,
        u"INSERT INTO taxpayers (taxpayer_id, name, activity, registered_on, imported_at) VALUES "
        u"(?, 'ТОО А', 'petroleum_production', '2001-01-01', '2026-03-01T00:00:00.000Z')"_s };
    QList<QVariantList> values = { {}, { subject } };
    const QStringList names = { u"ДТ-Л"_s, nbHyphen };
    for (int i = 0; i < 2; ++i) {
        const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString code = i == 0 ? first : second;
        rows
            << u"INSERT INTO cases (case_uid, case_number, content_hash, workstation, taxpayer_id, country, "
               u"atu, "
               u"application, received_at, arrived_at, registered_at, due_at, status, decided_at) VALUES "
               u"(?, ?, 'x', 'AST01', ?, 3, 1, ?, '2026-03-02T04:00:00.000Z', '2026-03-02T04:00:00.000Z', "
               u"'2026-03-02T04:00:00.000Z', '2026-03-03T13:30:00.000Z', 'issued', '2026-03-02T05:00:00.000Z')"_s
            << u"INSERT INTO case_lines (case_uid, line_no, product_type, name, norm_name, spec, decision, "
               u"dsn_code) VALUES (?, 1, 3, ?, ?, 'СТ', 'issued', ?)"_s
            << u"INSERT INTO codes (dsn_code, taxpayer_id, product_type, norm_name, brand, case_uid, "
               u"line_no, "
               u"issued_at) VALUES (?, ?, 3, ?, ?, ?, 1, '2026-03-02T05:00:00.000Z')"_s;
        const QJsonObject application
            = officetest::applicationJson(subject, { officetest::product(3, names.at(i)) });
        values << QVariantList { uid, u"AST01-2026-00000%1"_s.arg(i + 1), subject,
            QString::fromUtf8(QJsonDocument(application).toJson(QJsonDocument::Compact)) }
               << QVariantList { uid, names.at(i), names.at(i).toCaseFolded(), code }
               << QVariantList { code, subject, names.at(i).toCaseFolded(), i + 1, uid };
    }
    rows
        << u"INSERT INTO subjects (taxpayer_id, entity_no, assigned_at) VALUES (?, 1, '2026-03-02T05:00:00.000Z')"_s
        << u"INSERT INTO brand_counters (taxpayer_id, product_type, last_brand) VALUES (?, 3, 2)"_s
        << u"UPDATE counters SET value = 1 WHERE name = 'market_subject'"_s;
    values << QVariantList { subject } << QVariantList { subject } << QVariantList {};
    QVERIFY2(officetest::execOnOfficeDatabase(*location, rows, values, &error), qPrintable(error));

    Result<std::unique_ptr<OfficeDatabase>> upgraded = OfficeDatabase::open(*location);
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
    QVERIFY(store.registerWorkstation(m_reviewer.name, Role::Reviewer, m_reviewer.place));
    const PushItem c3 = item(
        officetest::applicationJson(subject, { officetest::product(3, u"ДT-Л"_s) }), u"AST01-2026-000003"_s);
    QCOMPARE(store.push(m_counter, c3)->outcome, PushOutcome::Stored);
    Result<DecisionOutcome> d
        = store.decide(m_reviewer, c3.caseUid, officetest::decisionRequest({ issue(1) }));
    QVERIFY(d);
    QCOMPARE(d->problems.size(), 1);
    QCOMPARE(d->problems.first().ground, RefusalGround::CodeAlreadyIssued);
    QCOMPARE(d->problems.first().heldCode, first);
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
    QList<TaxpayerRegistration> registry;
    for (int s = 0; s < kSubjects; ++s)
        registry.append(officetest::producer(officetest::bin(10 + s), u"ТОО %1"_s.arg(s)));
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
    QStringList decisionNumbers;
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
                Result<DecisionResult> r
                    = officetest::decide(reviewer, m_reviewer, items.at(i).caseUid, { issue(1), issue(2) });
                QMutexLocker lock(&mutex);
                if (!r) {
                    failures.append(r.error().message + u' ' + r.error().detail);
                    continue;
                }
                decisionNumbers.append(r->decisionNumber);
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
    // Decision numbers 11-2026-000001 to 000024: each once, none left out.
    decisionNumbers.sort();
    QStringList expected;
    for (int i = 1; i <= kCases; ++i)
        expected.append(u"11-2026-%1"_s.arg(i, 6, 10, QChar(u'0')));
    QCOMPARE(decisionNumbers, expected);

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
    QVERIFY(store.importTaxpayers({ officetest::producer(officetest::bin(1)) }));
    QList<PushItem> items;
    for (int i = 0; i < 6; ++i) {
        items.append(item(
            officetest::applicationJson(officetest::bin(1), { officetest::product(1, u"Өнім %1"_s.arg(i)) }),
            u"AST01-2026-%1"_s.arg(i + 1, 6, 10, QChar(u'0'))));
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
                Result<DecisionResult> r = officetest::decide(reviewer, m_reviewer, p.caseUid, { issue(1) });
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

// A decision whose answer was lost is sent again under its key: the first answer comes back
// exactly, with the same codes and number, and nothing is decided twice, also when the retries
// race each other. The key with another request, and a new key for the decided case, are refused.
void TestOfficeDecisions::retryUnderTheKeyGetsTheFirstAnswer()
{
    OfficeLocation location;
    std::unique_ptr<OfficeDatabase> db = freshDatabase(&location);
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    QVERIFY(store.importTaxpayers({ officetest::producer(officetest::bin(1)) }));
    QList<PushItem> items;
    for (int i = 0; i < 2; ++i) {
        items.append(item(
            officetest::applicationJson(officetest::bin(1), { officetest::product(1, u"Өнім %1"_s.arg(i)) }),
            u"AST01-2026-%1"_s.arg(i + 1, 6, 10, QChar(u'0'))));
        QVERIFY(store.push(m_counter, items.last()));
    }
    const DecisionRequest request = officetest::decisionRequest({ issue(1) });
    Result<DecisionOutcome> first = store.decide(m_reviewer, items.at(0).caseUid, request);
    QVERIFY(first && first->result && !first->replayed);
    const qint64 events = *store.rowCount(u"events"_s);
    Result<DecisionOutcome> retry = store.decide(m_reviewer, items.at(0).caseUid, request);
    QVERIFY(retry);
    QVERIFY(retry->replayed);
    QCOMPARE(retry->answer, first->answer);
    QVERIFY(retry->answer.contains(first->result->lines.first().dsnCode.toUtf8()));
    QVERIFY(retry->answer.contains("11-2026-000001"));
    QCOMPARE(*store.rowCount(u"events"_s), events);
    // Another reviewer's desk under the same key, another case, other lines: the key is taken.
    DecisionRequest changed = request;
    changed.lines = { refuse(1, RefusalGround::CodeAlreadyIssued) };
    QVERIFY(store.decide(m_reviewer, items.at(0).caseUid, changed)->keyReused);
    QVERIFY(store.decide(m_reviewer, items.at(1).caseUid, request)->keyReused);
    // Without a key or a reviewer no decision is taken.
    DecisionRequest anonymous = officetest::decisionRequest({ issue(1) });
    anonymous.reviewer.login.clear();
    QCOMPARE(store.decide(m_reviewer, items.at(1).caseUid, anonymous).error().code, ErrorCode::InvalidInput);
    anonymous = officetest::decisionRequest({ issue(1) });
    anonymous.idempotencyKey.clear();
    QCOMPARE(store.decide(m_reviewer, items.at(1).caseUid, anonymous).error().code, ErrorCode::InvalidInput);
    // A new key for the decided case: 409, as without keys.
    QCOMPARE(officetest::decide(store, m_reviewer, items.at(0).caseUid, { issue(1) }).error().code,
        ErrorCode::Conflict);

    // Four retries of one request at the same time: one decision, four equal answers.
    const DecisionRequest raced = officetest::decisionRequest({ issue(1) });
    QMutex mutex;
    QList<QByteArray> answers;
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
            Result<DecisionOutcome> r = reviewer.decide(m_reviewer, items.at(1).caseUid, raced);
            QMutexLocker lock(&mutex);
            if (r && r->decided())
                answers.append(r->answer);
            else
                failures.append(r ? u"not decided"_s : r.error().message + u' ' + r.error().detail);
        });
    }
    for (std::thread &t : threads)
        t.join();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(answers.size(), 4);
    for (const QByteArray &answer : std::as_const(answers))
        QCOMPARE(answer, answers.first());
    QCOMPARE(*store.rowCount(u"codes"_s), 2);
    QCOMPARE(*store.rowCount(u"decision_keys"_s), 2);
    QCOMPARE(
        scalar(db->connection(), u"SELECT value FROM counters WHERE name = 'decision.11.2026'"_s)->toInt(),
        2);
}

QTEST_GUILESS_MAIN(TestOfficeDecisions)
#include "test_officedecisions.moc"
