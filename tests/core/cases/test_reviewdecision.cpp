// A reviewer's decision at the review desk: confirmed only on a case the reviewer has taken, with
// every line decided and every refusal reasoned; kept with its idempotency key until the office
// answers; never a code before the answer.
#include "cases/casestore.h"
#include "cases/mirroredcase.h"
#include "cases/reviewdecision.h"
#include "cases/reviewqueue.h"
#include "casesamples.h"
#include "store/database.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsn::CaseStatus;
using dsn::LineChoice;
using dsn::RefusalGround;

class TestReviewDecision : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void choiceProblems_data();
    void choiceProblems();
    void confirmedDecisionWaitsWithoutCodes();
    void onlyTheHolderInReviewDecides();
    void oneDecisionWaitsAtATime();
    void theAnswerDecidesTheCase();
    void aRefusedDecisionMakesWayForANewOne();

private:
    void mirror(const dsn::MirroredCase &m);
    dsn::MirroredCase taken(const QString &login) const;
    QList<LineChoice> issueAndRefuse() const;

    std::unique_ptr<dsntest::StoreFixture> m_store;
    std::unique_ptr<dsn::ReviewDecisions> m_decisions;
    QDateTime m_now;
};

void TestReviewDecision::init()
{
    m_now = QDateTime(QDate(2026, 12, 2), QTime(11, 0), dsntest::kazakhstan());
    m_store = std::make_unique<dsntest::StoreFixture>();
    dsntest::StoreOptions options;
    options.database.clock = [this] {
        return m_now;
    };
    options.workstation = u"DGD11R"_s;
    QVERIFY(m_store->open(options));
    m_decisions = std::make_unique<dsn::ReviewDecisions>(*m_store->database);
}

dsn::MirroredCase TestReviewDecision::taken(const QString &login) const
{
    dsn::MirroredCase m;
    m.uid = u"5d0c3f0e-0000-4000-8000-000000000001"_s;
    m.caseNumber = u"AST01-2026-000001"_s;
    m.workstation = u"AST01"_s;
    m.receivedByName = u"Сейітқали Әйгерім"_s;
    m.contentHash = QString(64, u'a');
    m.application
        = dsntest::application(u"ЖШС «Қызылорда Отын»"_s, dsntest::validBin(1), m_now.addSecs(-86400),
            { dsn::ProductLine { 1, u"АИ-92-К4"_s, u"СТ РК 1658"_s },
                dsn::ProductLine { 2, u"ДТ-Л-К5"_s, u"ГОСТ 32511"_s } });
    m.status = CaseStatus::InReview;
    m.registeredAt = m_now.addSecs(-80000);
    m.dueAt = m_now.addSecs(3600);
    m.takenByName = u"Жұмабаева Гүлнар"_s;
    m.takenByLogin = login;
    m.takenAt = m_now;
    return m;
}

void TestReviewDecision::mirror(const dsn::MirroredCase &m)
{
    const auto r = m_store->database->write([&](QSqlDatabase &db) -> dsn::Result<void> {
        auto w = dsn::writeMirroredCase(db, m, m_store->database->clock());
        if (!w)
            return w.error();
        return {};
    });
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
}

QList<LineChoice> TestReviewDecision::issueAndRefuse() const
{
    return { LineChoice { 1, true, std::nullopt, {} },
        LineChoice { 2, false, RefusalGround::CodeAlreadyIssued, u"Осы өнімге ДСН-код бұрын берілген."_s } };
}

void TestReviewDecision::choiceProblems_data()
{
    QTest::addColumn<QList<LineChoice>>("choices");
    QTest::addColumn<bool>("ok");
    const LineChoice issue1 { 1, true, std::nullopt, {} };
    const LineChoice issue2 { 2, true, std::nullopt, {} };
    const LineChoice refuse2 { 2, false, RefusalGround::NotRegisteredTaxpayer, u"Тіркеу жоқ"_s };
    QTest::newRow("both issued") << QList<LineChoice> { issue1, issue2 } << true;
    QTest::newRow("one refused with a reason") << QList<LineChoice> { issue1, refuse2 } << true;
    QTest::newRow("a line left out") << QList<LineChoice> { issue1 } << false;
    QTest::newRow("a line twice") << QList<LineChoice> { issue1, issue2, issue2 } << false;
    QTest::newRow("a line the case lacks")
        << QList<LineChoice> { issue1, issue2, LineChoice { 3, true, {}, {} } } << false;
    QTest::newRow("refused without a ground")
        << QList<LineChoice> { issue1, LineChoice { 2, false, std::nullopt, u"причина"_s } } << false;
    QTest::newRow("refused without a reason")
        << QList<LineChoice> { issue1, LineChoice { 2, false, RefusalGround::CodeAlreadyIssued, u"  "_s } }
        << false;
    QTest::newRow("issued with a ground")
        << QList<LineChoice> { issue1, LineChoice { 2, true, RefusalGround::CodeAlreadyIssued, {} } }
        << false;
    QTest::newRow("reason too long") << QList<LineChoice> { issue1,
        LineChoice {
            2, false, RefusalGround::CodeAlreadyIssued, QString(dsn::kMaxRefusalReasonLength + 1, u'ә') } }
                                     << false;
}

void TestReviewDecision::choiceProblems()
{
    QFETCH(QList<LineChoice>, choices);
    QFETCH(bool, ok);
    const QString problem = dsn::decisionChoiceProblem({ 1, 2 }, choices);
    QCOMPARE(problem.isEmpty(), ok);
}

void TestReviewDecision::confirmedDecisionWaitsWithoutCodes()
{
    mirror(taken(dsntest::kReviewerName));
    const auto key = m_decisions->confirm(
        u"AST01-2026-000001"_s, issueAndRefuse(), m_store->reviewerActor(), u"Жұмабаева Гүлнар"_s);
    QVERIFY2(key, key ? "" : qPrintable(key.error().message));
    const auto waiting = m_decisions->waiting();
    QVERIFY(waiting);
    QCOMPARE(waiting->size(), 1);
    const dsn::PendingDecision &p = waiting->first();
    QCOMPARE(p.idempotencyKey, *key);
    QCOMPARE(p.caseUid, u"5d0c3f0e-0000-4000-8000-000000000001"_s);
    const QJsonObject body = QJsonDocument::fromJson(p.body).object();
    QCOMPARE(body.value(u"idempotency_key"_s).toString(), *key);
    QCOMPARE(body.value(u"reviewer"_s).toString(), u"Жұмабаева Гүлнар"_s);
    QCOMPARE(body.value(u"login"_s).toString(), dsntest::kReviewerName);
    const QJsonArray lines = body.value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).toObject().value(u"decision"_s).toString(), u"issued"_s);
    QCOMPARE(lines.at(1).toObject().value(u"refusal_ground"_s).toInt(), 2);
    QCOMPARE(
        lines.at(1).toObject().value(u"refusal_text"_s).toString(), u"Осы өнімге ДСН-код бұрын берілген."_s);
    // The case waits in review, shown as waiting, with no code and no decision yet.
    auto record = m_store->cases->openCase(u"AST01-2026-000001"_s, m_store->reviewerActor());
    QVERIFY(record);
    QCOMPARE(record->status, CaseStatus::InReview);
    for (const dsn::CaseLine &line : record->lines) {
        QVERIFY(line.dsnCode.isEmpty());
        QVERIFY(line.decision.isEmpty());
    }
    const auto queue = dsn::ReviewQueue(*m_store->database).open();
    QVERIFY(queue && queue->size() == 1);
    QVERIFY(queue->first().decisionWaiting);
    QVERIFY(m_store->auditEvents().contains(u"decision_confirmed"_s));
}

void TestReviewDecision::onlyTheHolderInReviewDecides()
{
    mirror(taken(u"someone-else"_s));
    auto r = m_decisions->confirm(u"AST01-2026-000001"_s, issueAndRefuse(), m_store->reviewerActor(), u"Г"_s);
    QVERIFY(!r);
    QCOMPARE(r.error().code, dsn::ErrorCode::Conflict);
    // An operator never decides, whatever the case.
    mirror(taken(dsntest::kReviewerName));
    r = m_decisions->confirm(u"AST01-2026-000001"_s, issueAndRefuse(), m_store->operatorActor(), u"Ә"_s);
    QCOMPARE(r.error().code, dsn::ErrorCode::PermissionDenied);
    // A case only registered (not taken into review) is not decided.
    dsn::MirroredCase registered = taken(QString());
    registered.status = CaseStatus::Registered;
    registered.uid = u"5d0c3f0e-0000-4000-8000-000000000002"_s;
    registered.caseNumber = u"AST01-2026-000002"_s;
    mirror(registered);
    r = m_decisions->confirm(u"AST01-2026-000002"_s, issueAndRefuse(), m_store->reviewerActor(), u"Г"_s);
    QCOMPARE(r.error().code, dsn::ErrorCode::Conflict);
    QCOMPARE(m_decisions->waiting()->size(), 0);
}

void TestReviewDecision::oneDecisionWaitsAtATime()
{
    mirror(taken(dsntest::kReviewerName));
    QVERIFY(m_decisions->confirm(u"AST01-2026-000001"_s, issueAndRefuse(), m_store->reviewerActor(), u"Г"_s));
    const auto second
        = m_decisions->confirm(u"AST01-2026-000001"_s, issueAndRefuse(), m_store->reviewerActor(), u"Г"_s);
    QCOMPARE(second.error().code, dsn::ErrorCode::Conflict);
    QCOMPARE(m_decisions->waiting()->size(), 1);
    // A lost answer: the same key is kept for the next try.
    const QString key = m_decisions->waiting()->first().idempotencyKey;
    QVERIFY(m_decisions->recordAttempt(key, u"connection refused"_s));
    QCOMPARE(m_decisions->waiting()->first().idempotencyKey, key);
    QCOMPARE(m_decisions->waiting()->first().attempts, 1);
}

void TestReviewDecision::theAnswerDecidesTheCase()
{
    mirror(taken(dsntest::kReviewerName));
    const QString key
        = *m_decisions->confirm(u"AST01-2026-000001"_s, issueAndRefuse(), m_store->reviewerActor(), u"Г"_s);
    dsn::MirroredCase decided = taken(dsntest::kReviewerName);
    decided.status = CaseStatus::PartlyIssued;
    decided.decisionNumber = u"11-2026-000001"_s;
    decided.decidedAt = m_now.addSecs(5);
    decided.decidedByName = u"Жұмабаева Гүлнар"_s;
    dsn::CaseLine l1;
    l1.lineNo = 1;
    l1.decision = u"issued"_s;
    l1.dsnCode = u"300100011001"_s;
    dsn::CaseLine l2;
    l2.lineNo = 2;
    l2.decision = u"refused"_s;
    l2.refusalGround = 2;
    l2.refusalText = u"Осы өнімге ДСН-код бұрын берілген."_s;
    l2.heldCode = u"300100012001"_s;
    decided.lines = { l1, l2 };
    // An answer naming another case is not taken.
    dsn::MirroredCase other = decided;
    other.uid = u"5d0c3f0e-0000-4000-8000-00000000000f"_s;
    QCOMPARE(m_decisions->recordAnswer(key, other).error().code, dsn::ErrorCode::Conflict);
    QVERIFY(m_decisions->recordAnswer(key, decided));
    QCOMPARE(m_decisions->waiting()->size(), 0);
    auto record = m_store->cases->openCase(u"AST01-2026-000001"_s, m_store->reviewerActor());
    QVERIFY(record);
    QCOMPARE(record->status, CaseStatus::PartlyIssued);
    QCOMPARE(record->lines.at(0).dsnCode, u"300100011001"_s);
    QCOMPARE(record->decisionNumber, u"11-2026-000001"_s);
    // The same answer again (a retried reply) finds nothing waiting.
    QCOMPARE(m_decisions->recordAnswer(key, decided).error().code, dsn::ErrorCode::NotFound);
}

void TestReviewDecision::aRefusedDecisionMakesWayForANewOne()
{
    mirror(taken(dsntest::kReviewerName));
    const QString key
        = *m_decisions->confirm(u"AST01-2026-000001"_s, issueAndRefuse(), m_store->reviewerActor(), u"Г"_s);
    QVERIFY(m_decisions->recordRefusal(key, u"ground 2 holds for line 1"_s));
    QCOMPARE(m_decisions->waiting()->size(), 0);
    const auto shown = m_decisions->forCase(u"AST01-2026-000001"_s);
    QVERIFY(shown && *shown);
    QCOMPARE((*shown)->failure, u"refused"_s);
    QCOMPARE((*shown)->lastError, u"ground 2 holds for line 1"_s);
    const auto again
        = m_decisions->confirm(u"AST01-2026-000001"_s, issueAndRefuse(), m_store->reviewerActor(), u"Г"_s);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QVERIFY(*again != key);
    QCOMPARE(m_decisions->waiting()->size(), 1);
}

QTEST_GUILESS_MAIN(TestReviewDecision)
#include "test_reviewdecision.moc"
