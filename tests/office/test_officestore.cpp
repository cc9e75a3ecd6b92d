// The office store on PostgreSQL and SQLite: pushing once, conflicts, registration times,
// updates per workstation, tokens, and the schema kept on reopening.
#include "officestorefixture.h"

#include "officecore/officestore.h"

#include <QtTest>

using namespace dsn;
using namespace dsn::office;
using officetest::fixedNow;
using officetest::registerBoth;

class TestOfficeStore : public QObject, private officetest::OfficeStoreFixture
{
    Q_OBJECT

private slots:
    void pushStoresOnce_data() { backendRows(); }
    void pushStoresOnce();
    void conflictChangesNothing_data() { backendRows(); }
    void conflictChangesNothing();
    void registrationFollowsTheCalendar_data() { backendRows(); }
    void registrationFollowsTheCalendar();
    void updatesOnlyOwnCases_data() { backendRows(); }
    void updatesOnlyOwnCases();
    void tokens_data() { backendRows(); }
    void tokens();
    void rotatedTokenKeepsHistory_data() { backendRows(); }
    void rotatedTokenKeepsHistory();
    void reopenKeepsSchema_data() { backendRows(); }
    void reopenKeepsSchema();
    void placesByRole_data() { backendRows(); }
    void placesByRole();
};

void TestOfficeStore::pushStoresOnce()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    const PushItem first
        = item(officetest::applicationJson(officetest::bin(1), { officetest::product(1, u"АИ-92-К5"_s) }),
            u"AST01-2026-000001"_s);
    Result<PushResult> stored = store.push(m_counter, first);
    QVERIFY(stored);
    QCOMPARE(stored->outcome, PushOutcome::Stored);
    QVERIFY(stored->registeredAt.isValid());

    Result<PushResult> again = store.push(m_counter, first);
    QVERIFY(again);
    QCOMPARE(again->outcome, PushOutcome::Duplicate);
    QCOMPARE(again->registeredAt, stored->registeredAt);
    QCOMPARE(again->dueAt, stored->dueAt);
    QCOMPARE(*store.rowCount(u"cases"_s), 1);
    QCOMPARE(*store.rowCount(u"case_lines"_s), 1);
    QCOMPARE(*store.rowCount(u"events"_s), 1);
}

void TestOfficeStore::conflictChangesNothing()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    const PushItem first
        = item(officetest::applicationJson(officetest::bin(1), { officetest::product(1, u"АИ-92"_s) }),
            u"AST01-2026-000001"_s);
    QCOMPARE(store.push(m_counter, first)->outcome, PushOutcome::Stored);

    // The same uid with another content.
    const PushItem changed
        = item(officetest::applicationJson(officetest::bin(1), { officetest::product(1, u"АИ-95"_s) }),
            first.caseNumber, first.caseUid);
    QVERIFY(changed.contentHash != first.contentHash);
    Result<PushResult> conflict = store.push(m_counter, changed);
    QVERIFY(conflict);
    QCOMPARE(conflict->outcome, PushOutcome::Conflict);
    QVERIFY(!conflict->reason.isEmpty());
    // Another uid with a case number already taken.
    const PushItem sameNumber
        = item(officetest::applicationJson(officetest::bin(2), { officetest::product(1, u"ДТ"_s) }),
            first.caseNumber);
    QCOMPARE(store.push(m_counter, sameNumber)->outcome, PushOutcome::Conflict);

    QCOMPARE(*store.rowCount(u"cases"_s), 1);
    QCOMPARE(*store.rowCount(u"events"_s), 1);
    Result<QVariant> hash = scalar(db->connection(), u"SELECT content_hash FROM cases"_s);
    QCOMPARE(hash->toString(), first.contentHash);
    Result<QVariant> name = scalar(db->connection(), u"SELECT name FROM case_lines"_s);
    QCOMPARE(name->toString(), u"АИ-92"_s);
}

void TestOfficeStore::registrationFollowsTheCalendar()
{
    // docs/deadlines.md: accepted Friday 20 March 2026 15:00 -> due 2026-03-26T18:30+05:00
    // (21 Sat, 22 Sun, 23 Nauryz, 24-25 moved holidays). It reaches the office at 15:05, when
    // the provider is open, and is registered then.
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    Result<PushResult> r = store.push(m_counter,
        item(officetest::applicationJson(officetest::bin(1), { officetest::product(1, u"АИ-92"_s) }),
            u"AST01-2026-000001"_s));
    QVERIFY(r);
    const QTimeZone kz = QTimeZone(5 * 3600);
    QCOMPARE(r->registeredAt, QDateTime(QDate(2026, 3, 20), QTime(15, 5), kz));
    QCOMPARE(r->dueAt, QDateTime(QDate(2026, 3, 26), QTime(18, 30), kz));

    // Received on Saturday 21 March (Nauryz: both offices closed until Thursday 26 March) and
    // arriving at once: accepted and registered Thursday 09:00; Thursday is not counted, due
    // Friday 27 March 18:30.
    OfficeStore saturday(
        *db, [] { return QDateTime(QDate(2026, 3, 21), QTime(11, 0), QTimeZone(5 * 3600)).toUTC(); });
    Result<PushResult> s = saturday.push(m_counter,
        item(officetest::applicationJson(
                 officetest::bin(2), { officetest::product(1, u"АИ-92"_s) }, u"2026-03-21T11:00:00+05:00"_s),
            u"AST01-2026-000002"_s));
    QVERIFY(s);
    QCOMPARE(s->registeredAt, QDateTime(QDate(2026, 3, 26), QTime(9, 0), kz));
    QCOMPARE(s->dueAt, QDateTime(QDate(2026, 3, 27), QTime(18, 30), kz));
}

void TestOfficeStore::updatesOnlyOwnCases()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    QVERIFY(store.registerWorkstation(u"AST02"_s, Role::Operator, officetest::kCounterPlace));
    const Workstation other { u"AST02"_s, Role::Operator, officetest::kCounterPlace };
    QVERIFY(store.importTaxpayers({ officetest::producer(officetest::bin(1)) }));
    const PushItem mine
        = item(officetest::applicationJson(officetest::bin(1), { officetest::product(1, u"А"_s) }), u"N-1"_s);
    const PushItem theirs
        = item(officetest::applicationJson(officetest::bin(1), { officetest::product(2, u"Б"_s) }), u"N-2"_s);
    QVERIFY(store.push(m_counter, mine));
    QVERIFY(store.push(other, theirs));
    QVERIFY(store.startReview(m_reviewer, mine.caseUid));
    QVERIFY(officetest::decide(store, m_reviewer, mine.caseUid, { officetest::issue(1) }));

    Result<QList<CaseEvent>> events = store.updates(m_counter, 0, 100);
    QVERIFY(events);
    QList<CaseStatus> statuses;
    qint64 last = 0;
    for (const CaseEvent &e : *events) {
        QCOMPARE(e.caseUid, mine.caseUid);
        QVERIFY(e.seq > last);
        last = e.seq;
        statuses.append(e.status);
    }
    QCOMPARE(
        statuses, (QList<CaseStatus> { CaseStatus::Registered, CaseStatus::InReview, CaseStatus::Issued }));
    QCOMPARE(events->last().lines.first().toObject().value(u"dsn_code"_s).toString().size(), 12);
    // The decision tells the counter its number; the review, who took it.
    QCOMPARE(events->last().decisionNumber, u"11-2026-000001"_s);
    QCOMPARE(events->last().reviewer.login, officetest::reviewerPerson().login);
    QVERIFY(events->at(1).decisionNumber.isEmpty());
    Result<QList<CaseEvent>> after = store.updates(m_counter, events->at(1).seq, 100);
    QCOMPARE(after->size(), 1);
    Result<QList<CaseEvent>> limited = store.updates(m_counter, 0, 2);
    QCOMPARE(limited->size(), 2);
    QCOMPARE(store.updates(other, 0, 100)->size(), 1);
    QCOMPARE(store.events()->size(), 4);
    QCOMPARE(store.events(QDate(2026, 3, 21), QDate(2026, 3, 31))->size(), 0);
    QCOMPARE(store.events(QDate(2026, 3, 20), QDate(2026, 3, 20))->size(), 4);
}

void TestOfficeStore::tokens()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    Result<QString> token = store.registerWorkstation(u"AST01"_s, Role::Operator, officetest::kCounterPlace);
    QVERIFY(token);
    QCOMPARE(token->size(), 64);
    QCOMPARE(store.registerWorkstation(u"AST01"_s, Role::Administrator, QString()).error().code,
        ErrorCode::Conflict);
    Result<std::optional<Workstation>> who = store.authenticate(*token);
    QVERIFY(who && who->has_value());
    QCOMPARE((*who)->name, u"AST01"_s);
    QCOMPARE((*who)->role, Role::Operator);
    QCOMPARE((*who)->place, officetest::kCounterPlace);
    QVERIFY(!store.authenticate(*token + u"0"_s)->has_value());
    QVERIFY(!store.authenticate(QString())->has_value());
    // Only the hash is kept.
    Result<QVariant> stored = scalar(db->connection(), u"SELECT token_hash FROM workstations"_s);
    QVERIFY(stored->toString() != *token);
    QCOMPARE(stored->toString(), OfficeStore::tokenHash(*token));
}

void TestOfficeStore::rotatedTokenKeepsHistory()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    Result<QString> old = store.registerWorkstation(u"AST01"_s, Role::Operator, officetest::kCounterPlace);
    QVERIFY(old);
    Result<QString> other = store.registerWorkstation(u"AST02"_s, Role::Operator, officetest::kCounterPlace);
    QVERIFY(other);
    const PushItem pushed
        = item(officetest::applicationJson(officetest::bin(1), { officetest::product(1, u"А"_s) }), u"N-1"_s);
    QVERIFY(store.push(m_counter, pushed));
    const QList<CaseEvent> before = store.updates(m_counter, 0, 100).value();
    QCOMPARE(before.size(), 1);

    Result<QString> rotated = store.rotateToken(u" AST01 "_s);
    QVERIFY(rotated);
    QCOMPARE(rotated->size(), 64);
    QVERIFY(*rotated != *old);
    // The old token is refused at once, the new one is the same workstation with the same role.
    QVERIFY(!store.authenticate(*old)->has_value());
    Result<std::optional<Workstation>> who = store.authenticate(*rotated);
    QVERIFY(who && who->has_value());
    QCOMPARE((*who)->name, u"AST01"_s);
    QCOMPARE((*who)->role, Role::Operator);
    // Its cases and their stages stay its own; the other workstation is untouched.
    const QList<CaseEvent> after = store.updates(**who, 0, 100).value();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().seq, before.first().seq);
    QCOMPARE(after.first().caseUid, pushed.caseUid);
    QCOMPARE(store.push(**who, pushed)->outcome, PushOutcome::Duplicate);
    QCOMPARE(*store.rowCount(u"workstations"_s), 2);
    QVERIFY(store.authenticate(*other)->has_value());

    // A revoked workstation comes back with a new token; its revoked token stays refused.
    QVERIFY(store.revokeWorkstation(u"AST02"_s));
    Result<QString> back = store.rotateToken(u"AST02"_s);
    QVERIFY(back);
    QVERIFY(!store.authenticate(*other)->has_value());
    QCOMPARE((*store.authenticate(*back))->name, u"AST02"_s);
    QCOMPARE(store.rotateToken(u"NOBODY"_s).error().code, ErrorCode::NotFound);
}

void TestOfficeStore::reopenKeepsSchema()
{
    OfficeLocation location;
    std::unique_ptr<OfficeDatabase> db = freshDatabase(&location);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), officeSchemaVersion());
    {
        OfficeStore store(*db, fixedNow);
        QVERIFY(store.registerWorkstation(u"AST01"_s, Role::Operator, officetest::kCounterPlace));
    }
    Result<std::unique_ptr<OfficeDatabase>> again = OfficeDatabase::open(location);
    QVERIFY(again);
    OfficeStore store(**again, fixedNow);
    QCOMPARE(*store.rowCount(u"workstations"_s), 1);
}

// A review desk's place is a current department of the reference data, a counter's its branch
// code; an administrator may have none. A refused registration stores nothing.
void TestOfficeStore::placesByRole()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(store.registerWorkstation(u"DGD-75"_s, Role::Reviewer, u" 75 "_s));
    QVERIFY(store.registerWorkstation(u"admin"_s, Role::Administrator, QString()));
    QVERIFY(store.registerWorkstation(u"ALM01"_s, Role::Operator, u"SC-ALM.01_a"_s));
    const QList<std::pair<Role, QString>> refused = {
        { Role::Reviewer, QString() },  // a review desk without a department
        { Role::Reviewer, u"99"_s },    // no such department
        { Role::Reviewer, u"51"_s },    // South Kazakhstan: a department that no longer exists
        { Role::Reviewer, u"SC-01"_s }, // a branch code is no department
        { Role::Operator, QString() },  // a counter without its branch
        { Role::Operator, u"SC 01"_s }, // a space
        { Role::Operator, u"-SC"_s },   // must begin with a letter or digit
        { Role::Operator, QString(33, u'A') },
        { Role::Administrator, u"A\nB"_s },
    };
    int n = 0;
    for (const auto &[role, place] : refused) {
        const Result<QString> r = store.registerWorkstation(u"W%1"_s.arg(++n), role, place);
        QVERIFY2(!r, qPrintable(place));
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(!placeProblem(role, place).isEmpty());
    }
    QCOMPARE(*store.rowCount(u"workstations"_s), 3);
    QCOMPARE(scalar(db->connection(), u"SELECT place FROM workstations WHERE name = 'DGD-75'"_s)->toString(),
        u"75"_s);
}

QTEST_GUILESS_MAIN(TestOfficeStore)
#include "test_officestore.moc"
