// The review desk's side of the office store, on PostgreSQL and SQLite: a review workstation
// works only on its department's cases, takes a case and gives it back, mirrors its department's
// queue by the changes after a number, sees the evidence of both refusal grounds, and ground 1
// follows the taxpayer registry on the day of the decision in Kazakhstan time.
#include "officestorefixture.h"

#include "officecore/officestore.h"

#include <QTimeZone>
#include <QtTest>

using namespace dsn;
using namespace dsn::office;
using officetest::fixedNow;
using officetest::issue;
using officetest::registerBoth;

class TestReviewDesk : public QObject, private officetest::OfficeStoreFixture
{
    Q_OBJECT

private slots:
    void onlyTheDepartmentsCases_data() { backendRows(); }
    void onlyTheDepartmentsCases();
    void takeAndRelease_data() { backendRows(); }
    void takeAndRelease();
    void queueMirrorsTheChanges_data() { backendRows(); }
    void queueMirrorsTheChanges();
    void evidenceOfBothGrounds_data() { backendRows(); }
    void evidenceOfBothGrounds();
    void groundOneOnTheDayOfTheDecision_data() { backendRows(); }
    void groundOneOnTheDayOfTheDecision();

private:
    // A case of the fixture's subject, addressed to the department.
    PushItem caseOf(const QString &department, int n, const QJsonArray &products = {}) const
    {
        QJsonObject json = officetest::applicationJson(officetest::bin(1),
            products.isEmpty() ? QJsonArray { officetest::product(1, u"АИ-92-К5"_s) } : products);
        json[u"department"_s] = department;
        return item(json, u"AST01-2026-%1"_s.arg(n, 6, 10, QChar(u'0')));
    }
    QString statusOf(OfficeDatabase &db, const QString &uid)
    {
        return scalar(db.connection(), u"SELECT status FROM cases WHERE case_uid = ?"_s, { uid })->toString();
    }
};

// Every operation on a case of another department is refused and changes nothing; the queue and
// the monitoring show the department's cases only; a desk without a place sees none.
void TestReviewDesk::onlyTheDepartmentsCases()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    QVERIFY(store.importTaxpayers({ officetest::producer(officetest::bin(1)) }));
    QVERIFY(store.registerWorkstation(u"DGD-15"_s, Role::Reviewer, u"15"_s));
    const Workstation aktobe { u"DGD-15"_s, Role::Reviewer, u"15"_s };
    const PushItem ours = caseOf(u"11"_s, 1);
    const PushItem theirs = caseOf(u"15"_s, 2, { officetest::product(2, u"ДТ-Л"_s) });
    QVERIFY(store.push(m_counter, ours));
    QVERIFY(store.push(m_counter, theirs));
    const qint64 events = *store.rowCount(u"events"_s);
    const qint64 queueSeq
        = scalar(db->connection(), u"SELECT value FROM counters WHERE name = 'queue_seq'"_s)->toLongLong();

    QCOMPARE(store.startReview(m_reviewer, theirs.caseUid).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(store.take(m_reviewer, theirs.caseUid, officetest::reviewerPerson()).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(store.release(m_reviewer, theirs.caseUid).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(officetest::decide(store, m_reviewer, theirs.caseUid, { issue(1) }).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(store.evidence(m_reviewer, theirs.caseUid).error().code, ErrorCode::PermissionDenied);
    // An unknown case is still not found.
    QCOMPARE(store.evidence(m_reviewer, u"00000000-0000-0000-0000-000000000000"_s).error().code,
        ErrorCode::NotFound);
    QCOMPARE(statusOf(*db, theirs.caseUid), u"registered"_s);
    QCOMPARE(*store.rowCount(u"events"_s), events);
    QCOMPARE(*store.rowCount(u"codes"_s), 0);
    QCOMPARE(*store.rowCount(u"decision_keys"_s), 0);
    QCOMPARE(scalar(db->connection(), u"SELECT value FROM counters WHERE name = 'queue_seq'"_s)->toLongLong(),
        queueSeq);

    const QList<QueueCase> mine = store.queue(m_reviewer, 0, 100).value();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().caseUid, ours.caseUid);
    const QList<QueueCase> aktobes = store.queue(aktobe, 0, 100).value();
    QCOMPARE(aktobes.size(), 1);
    QCOMPARE(aktobes.first().caseUid, theirs.caseUid);
    QVERIFY(officetest::decide(store, aktobe, theirs.caseUid, { issue(1) }));
    QCOMPARE(store.events(QDate(), QDate(), u"15"_s)->size(), 2);
    QCOMPARE(store.events(QDate(), QDate(), u"11"_s)->size(), 1);
    QCOMPARE(store.events()->size(), 3);

    // A review desk of an older office, without a place, sees and decides nothing.
    const Workstation placeless { u"DGD-OLD"_s, Role::Reviewer, QString() };
    QCOMPARE(store.queue(placeless, 0, 100)->size(), 0);
    QCOMPARE(store.startReview(placeless, ours.caseUid).error().code, ErrorCode::PermissionDenied);
    // A counter takes nothing into review.
    QCOMPARE(store.take(m_counter, ours.caseUid, officetest::reviewerPerson()).error().code,
        ErrorCode::PermissionDenied);
}

// A taken case shows who has it; another reviewer can neither take nor decide it; the desk that
// has it, or an administrator, gives it back; a decided case is neither taken nor given back.
void TestReviewDesk::takeAndRelease()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    QVERIFY(store.importTaxpayers({ officetest::producer(officetest::bin(1)) }));
    QVERIFY(store.registerWorkstation(u"DGD-11-b"_s, Role::Reviewer, u"11"_s));
    const Workstation otherDesk { u"DGD-11-b"_s, Role::Reviewer, u"11"_s };
    const Workstation admin { u"admin"_s, Role::Administrator, QString() };
    const Reviewer aigul = officetest::reviewerPerson();
    const Reviewer bolat { u"Болатов Ерлан"_s, u"erlan"_s };
    const PushItem p = caseOf(u"11"_s, 1);
    QVERIFY(store.push(m_counter, p));

    Result<TakeResult> taken = store.take(m_reviewer, p.caseUid, aigul);
    QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
    QVERIFY(!taken->heldByOther);
    QCOMPARE(taken->status, CaseStatus::InReview);
    QCOMPARE(taken->holder.workstation, m_reviewer.name);
    QCOMPARE(taken->holder.reviewer.login, aigul.login);
    QCOMPARE(taken->holder.since, fixedNow());
    QCOMPARE(statusOf(*db, p.caseUid), u"in_review"_s);
    const QList<CaseEvent> stages = store.events().value();
    QCOMPARE(stages.last().status, CaseStatus::InReview);
    QCOMPARE(stages.last().reviewer.name, aigul.name);

    // Again by the same person: harmless, nothing new.
    const qint64 events = *store.rowCount(u"events"_s);
    const qint64 seq = store.queue(m_reviewer, 0, 100)->first().seq;
    QVERIFY(!store.take(m_reviewer, p.caseUid, aigul)->heldByOther);
    QCOMPARE(*store.rowCount(u"events"_s), events);
    QCOMPARE(store.queue(m_reviewer, 0, 100)->first().seq, seq);
    // Another login at the same desk, or another desk: who has it.
    for (const auto &[desk, person] :
        { std::pair { m_reviewer, bolat }, std::pair { otherDesk, aigul }, std::pair { otherDesk, bolat } }) {
        Result<TakeResult> refused = store.take(desk, p.caseUid, person);
        QVERIFY(refused && refused->heldByOther);
        QCOMPARE(refused->holder.workstation, m_reviewer.name);
        QCOMPARE(refused->holder.reviewer.name, aigul.name);
    }
    Result<DecisionOutcome> notYours
        = store.decide(otherDesk, p.caseUid, officetest::decisionRequest({ issue(1) }));
    QVERIFY(notYours && notYours->heldByOther.isSet() && !notYours->decided());
    QCOMPARE(store.release(otherDesk, p.caseUid).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(*store.rowCount(u"events"_s), events);
    QCOMPARE(*store.rowCount(u"codes"_s), 0);

    // The desk that has it gives it back; then another takes it, and an administrator frees it.
    Result<TakeResult> released = store.release(m_reviewer, p.caseUid);
    QVERIFY(released);
    QVERIFY(!released->holder.isSet());
    QCOMPARE(released->status, CaseStatus::InReview);
    QVERIFY(store.queue(m_reviewer, 0, 100)->first().seq > seq);
    QVERIFY(!store.queue(m_reviewer, 0, 100)->first().holder.isSet());
    QVERIFY(store.release(m_reviewer, p.caseUid)); // nobody has it: harmless
    QVERIFY(!store.take(otherDesk, p.caseUid, bolat)->heldByOther);
    QVERIFY(store.release(admin, p.caseUid));
    QVERIFY(!store.take(otherDesk, p.caseUid, bolat)->heldByOther);

    // The holder decides; the decided case stays as it is.
    Result<DecisionOutcome> decided = store.decide(otherDesk, p.caseUid,
        DecisionRequest { QUuid::createUuid().toString(QUuid::WithoutBraces), bolat, { issue(1) } });
    QVERIFY(decided && decided->result);
    QCOMPARE(decided->result->reviewer.name, bolat.name);
    QCOMPARE(store.take(m_reviewer, p.caseUid, aigul).error().code, ErrorCode::Conflict);
    QCOMPARE(store.release(admin, p.caseUid).error().code, ErrorCode::Conflict);
    QCOMPARE(store.startReview(m_reviewer, p.caseUid).error().code, ErrorCode::Conflict);
    QCOMPARE(scalar(db->connection(), u"SELECT decided_login FROM cases"_s)->toString(), bolat.login);
}

// Each change of a case gives it the next number of the queue; a desk asking for the changes
// after the last number it has gets each changed case once, as it is now.
void TestReviewDesk::queueMirrorsTheChanges()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    QVERIFY(store.importTaxpayers({ officetest::producer(officetest::bin(1)) }));
    QList<PushItem> items;
    for (int i = 0; i < 3; ++i) {
        items.append(caseOf(u"11"_s, i + 1, { officetest::product(i + 1, u"Өнім %1"_s.arg(i)) }));
        QVERIFY(store.push(m_counter, items.last()));
    }
    const QList<QueueCase> all = store.queue(m_reviewer, 0, 100).value();
    QCOMPARE(all.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(all.at(i).caseUid, items.at(i).caseUid);
        QCOMPARE(all.at(i).caseNumber, items.at(i).caseNumber);
        QCOMPARE(all.at(i).status, CaseStatus::Registered);
        QVERIFY(i == 0 || all.at(i).seq > all.at(i - 1).seq);
        QVERIFY(all.at(i).registeredAt.isValid() && all.at(i).dueAt > all.at(i).registeredAt);
        QVERIFY(!all.at(i).holder.isSet());
    }
    // The application as pushed, and its lines.
    const QJsonObject application = all.first().application;
    QCOMPARE(application.value(u"taxpayer_id"_s).toString(), officetest::bin(1));
    QCOMPARE(application.value(u"taxpayer_name"_s).toString(), u"ТОО «Көкшетау Мұнай»"_s);
    QCOMPARE(application.value(u"subject_type"_s).toString(), u"producer"_s);
    const QJsonObject line = all.first().lines.first().toObject();
    QCOMPARE(line.value(u"product_type"_s).toInt(), 1);
    QCOMPARE(line.value(u"name"_s).toString(), u"Өнім 0"_s);
    QCOMPARE(line.value(u"spec"_s).toString(), u"СТ РК 1614-2006"_s);
    QVERIFY(!line.contains(u"decision"_s));
    QCOMPARE(store.queue(m_reviewer, 0, 2)->size(), 2);
    const qint64 last = all.last().seq;
    QCOMPARE(store.queue(m_reviewer, last, 100)->size(), 0);

    // Taken and decided: the first case comes once more, as it is after the decision.
    QVERIFY(store.take(m_reviewer, items.first().caseUid, officetest::reviewerPerson()));
    QVERIFY(officetest::decide(store, m_reviewer, items.first().caseUid, { issue(1) }));
    const QList<QueueCase> changed = store.queue(m_reviewer, last, 100).value();
    QCOMPARE(changed.size(), 1);
    const QueueCase &decided = changed.first();
    QCOMPARE(decided.caseUid, items.first().caseUid);
    QCOMPARE(decided.status, CaseStatus::Issued);
    QCOMPARE(decided.decisionNumber, u"11-2026-000001"_s);
    QCOMPARE(decided.decidedAt, fixedNow());
    QCOMPARE(decided.decidedBy.login, officetest::reviewerPerson().login);
    QCOMPARE(decided.holder.reviewer.login, officetest::reviewerPerson().login);
    QCOMPARE(decided.lines.first().toObject().value(u"decision"_s).toString(), u"issued"_s);
    QCOMPARE(decided.lines.first().toObject().value(u"dsn_code"_s).toString().size(), 12);
    QCOMPARE(store.queue(m_reviewer, decided.seq, 100)->size(), 0);
}

// What the reviewer's screen shows first: the registrations, in force or not on the day, and per
// line every code the subject holds for the product type, as the same product or a look-alike.
void TestReviewDesk::evidenceOfBothGrounds()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    OfficeStore store(*db, fixedNow);
    QVERIFY(registerBoth(store));
    const QString subject = officetest::bin(1);
    TaxpayerRegistration ended = officetest::producer(subject);
    ended.activity = kPetroleumWholesale.toString();
    ended.place = u"75"_s;
    ended.deregisteredOn = QDate(2026, 3, 20);
    QVERIFY(store.importTaxpayers({ officetest::producer(subject), ended }));
    const PushItem first = caseOf(u"11"_s, 1, { officetest::product(1, u"АИ-92-К5"_s) });
    QVERIFY(store.push(m_counter, first));
    const QString code
        = officetest::decide(store, m_reviewer, first.caseUid, { issue(1) })->lines.first().dsnCode;
    const PushItem second = caseOf(u"11"_s, 2,
        { officetest::product(1, u"АИ 92 К5"_s), officetest::product(1, u"аи-92-к5"_s),
            officetest::product(2, u"ДТ-Л"_s), officetest::product(1, u"АИ-95-К5"_s) });
    QVERIFY(store.push(m_counter, second));

    Result<CaseEvidence> e = store.evidence(m_reviewer, second.caseUid);
    QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
    QCOMPARE(e->day, QDate(2026, 3, 20));
    QCOMPARE(e->subjectType, u"producer"_s);
    QCOMPARE(e->requiredActivity, u"petroleum_production"_s);
    QVERIFY(!e->groundOneHolds);
    QCOMPARE(e->registry.registrations, 2);
    QCOMPARE(e->registry.importedAt, fixedNow());
    QCOMPARE(e->registrations.size(), 2);
    QCOMPARE(e->lines.size(), 4);
    const auto matches = [](const LineEvidence &l) {
        QList<ProductNameMatch> list;
        for (const HeldCode &c : l.codes)
            list.append(c.match);
        return list;
    };
    QCOMPARE(matches(e->lines.at(0)), QList<ProductNameMatch> { ProductNameMatch::LookAlike });
    QCOMPARE(e->lines.at(0).codes.first().dsnCode, code);
    QCOMPARE(e->lines.at(0).codes.first().name, u"АИ-92-К5"_s);
    QVERIFY(!e->lines.at(0).groundTwoHolds);
    QCOMPARE(e->lines.at(0).groundThatHolds, std::nullopt);
    QCOMPARE(matches(e->lines.at(1)), QList<ProductNameMatch> { ProductNameMatch::Same });
    QVERIFY(e->lines.at(1).groundTwoHolds);
    QCOMPARE(e->lines.at(1).groundThatHolds, RefusalGround::CodeAlreadyIssued);
    QVERIFY(e->lines.at(2).codes.isEmpty());
    QCOMPARE(matches(e->lines.at(3)), QList<ProductNameMatch> { ProductNameMatch::Different });

    // An importer needs the wholesale registration, which ended that day: ground 1 holds.
    QJsonObject importer = officetest::applicationJson(subject, { officetest::product(3, u"Мазут М-100"_s) });
    importer[u"subject_type"_s] = u"importer"_s;
    const PushItem third = item(importer, u"AST01-2026-000003"_s);
    QVERIFY(store.push(m_counter, third));
    Result<CaseEvidence> imported = store.evidence(m_reviewer, third.caseUid);
    QVERIFY(imported->groundOneHolds);
    QCOMPARE(imported->requiredActivity, u"petroleum_wholesale"_s);
    QCOMPARE(imported->lines.first().groundThatHolds, RefusalGround::NotRegisteredTaxpayer);
    QVERIFY(!inForce(imported->registrations.at(1), imported->day));
}

// Ground 1 holds unless a registration for the activity is in force on the day of the decision,
// the day of Kazakhstan's calendar: 01:00 on 20 March there is still 19 March in UTC.
void TestReviewDesk::groundOneOnTheDayOfTheDecision()
{
    struct Row
    {
        const char *what;
        QString activity;
        QDate registeredOn;
        QDate deregisteredOn;
        bool issued;
    };
    const QDate day(2026, 3, 20);
    const QString production = kPetroleumProduction.toString();
    const QList<Row> rows = {
        { "in force", production, QDate(2001, 1, 1), QDate(), true },
        { "registered that day", production, day, QDate(), true },
        { "not yet", production, day.addDays(1), QDate(), false },
        { "deregistered before", production, QDate(2001, 1, 1), day.addDays(-1), false },
        { "deregistered that day", production, QDate(2001, 1, 1), day, false },
        { "deregistered the next day", production, QDate(2001, 1, 1), day.addDays(1), true },
        { "wrong activity", kPetroleumWholesale.toString(), QDate(2001, 1, 1), QDate(), false },
    };
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    // 20 March 2026 01:00 in Kazakhstan.
    OfficeStore store(*db, [] { return QDateTime(QDate(2026, 3, 19), QTime(20, 0), QTimeZone::utc()); });
    QVERIFY(registerBoth(store));
    int n = 0;
    for (const Row &row : rows) {
        TaxpayerRegistration r = officetest::producer(officetest::bin(1));
        r.activity = row.activity;
        r.registeredOn = row.registeredOn;
        r.deregisteredOn = row.deregisteredOn;
        QVERIFY(store.importTaxpayers({ r }));
        const PushItem p = caseOf(u"11"_s, ++n, { officetest::product(1, u"Өнім %1"_s.arg(n)) });
        QCOMPARE(store.push(m_counter, p)->outcome, PushOutcome::Stored);
        Result<DecisionOutcome> d
            = store.decide(m_reviewer, p.caseUid, officetest::decisionRequest({ issue(1) }));
        QVERIFY2(d, row.what);
        QVERIFY2(d->decided() == row.issued, row.what);
        if (!row.issued) {
            QCOMPARE(d->problems.size(), 1);
            QCOMPARE(d->problems.first().kind, DecisionProblemKind::GroundHolds);
            QCOMPARE(d->problems.first().ground, RefusalGround::NotRegisteredTaxpayer);
            QVERIFY2(
                d->problems.first().reason.contains(u"2026-03-20"_s), qPrintable(d->problems.first().reason));
        }
    }
}

QTEST_GUILESS_MAIN(TestReviewDesk)
#include "test_reviewdesk.moc"
