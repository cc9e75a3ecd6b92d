// A review desk's queue: the department's cases mirrored from the office into the store, kept up
// to date as the office reports them taken and decided, listed due first.
#include "cases/casestore.h"
#include "cases/mirroredcase.h"
#include "cases/reviewqueue.h"
#include "casesamples.h"
#include "store/database.h"
#include "store/sql.h"
#include "storefixture.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsn::CaseStatus;
using dsn::MirrorOutcome;
using dsn::Urgency;

class TestReviewQueue : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void aNewCaseIsAddedSearchableAndNeverSent();
    void theSameStateTwiceChangesNothing();
    void takenAndDecidedFollowTheOffice();
    void aCaseTakenInHereIsNeverOverwritten();
    void aCaseWithoutStructureIsRefusedWhole();
    void urgency_data();
    void urgency();
    void theQueueIsDueFirstWithCounts();

private:
    dsn::MirroredCase sample(int n, const QDateTime &dueAt) const;
    dsn::Result<MirrorOutcome> mirror(const dsn::MirroredCase &m);
    int rows(const QString &fromWhere) const;

    std::unique_ptr<dsntest::StoreFixture> m_store;
    QDateTime m_now;
};

void TestReviewQueue::init()
{
    m_now = QDateTime(QDate(2026, 12, 2), QTime(11, 0), dsntest::kazakhstan());
    m_store = std::make_unique<dsntest::StoreFixture>();
    dsntest::StoreOptions options;
    options.database.clock = [this] {
        return m_now;
    };
    options.workstation = u"DGD11R"_s;
    QVERIFY(m_store->open(options));
}

dsn::MirroredCase TestReviewQueue::sample(int n, const QDateTime &dueAt) const
{
    dsn::MirroredCase m;
    m.uid = u"5d0c3f0e-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
    m.caseNumber = u"AST01-2026-%1"_s.arg(n, 6, 10, QChar(u'0'));
    m.workstation = u"AST01"_s;
    m.receivedByName = u"Сейітқали Әйгерім"_s;
    m.contentHash = QString(64, u'a');
    m.application = dsntest::application(u"ЖШС «Қызылорда Отын %1»"_s.arg(n), dsntest::validBin(n),
        m_now.addSecs(-86400),
        { dsn::ProductLine { 1, u"АИ-92-К4"_s, u"СТ РК 1658"_s },
            dsn::ProductLine { 2, u"ДТ-Л-К5"_s, u"ГОСТ 32511"_s } });
    m.status = CaseStatus::Registered;
    m.registeredAt = m_now.addSecs(-80000);
    m.dueAt = dueAt;
    return m;
}

dsn::Result<MirrorOutcome> TestReviewQueue::mirror(const dsn::MirroredCase &m)
{
    MirrorOutcome outcome = MirrorOutcome::Unchanged;
    dsn::Result<void> r = m_store->database->write([&](QSqlDatabase &db) -> dsn::Result<void> {
        dsn::Result<MirrorOutcome> written = dsn::writeMirroredCase(db, m, m_store->database->clock());
        if (!written)
            return written.error();
        outcome = *written;
        return {};
    });
    if (!r)
        return r.error();
    return outcome;
}

int TestReviewQueue::rows(const QString &fromWhere) const
{
    int n = -1;
    const auto r = m_store->database->read([&](QSqlDatabase &db) -> dsn::Result<void> {
        auto v = dsn::sqlScalar(db, u"SELECT COUNT(*) FROM "_s + fromWhere);
        if (!v)
            return v.error();
        n = v->toInt();
        return {};
    });
    return r ? n : -1;
}

void TestReviewQueue::aNewCaseIsAddedSearchableAndNeverSent()
{
    const dsn::MirroredCase m = sample(1, m_now.addSecs(3600));
    const auto added = mirror(m);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QCOMPARE(*added, MirrorOutcome::Added);

    auto record = m_store->cases->openCase(m.caseNumber, m_store->reviewerActor());
    QVERIFY2(record, record ? "" : qPrintable(record.error().message));
    QCOMPARE(record->uid, m.uid);
    QCOMPARE(record->status, CaseStatus::Registered);
    QCOMPARE(record->lines.size(), 2);
    QCOMPARE(record->lines.at(1).product.name, u"ДТ-Л-К5"_s);
    QCOMPARE(record->receivedByDisplayName(), m.receivedByName);
    QCOMPARE(record->officeCode, u"AST01"_s);
    QCOMPARE(record->dueAt, m.dueAt);
    // Found by the store's search, in Kazakh letters of any case.
    dsn::CaseQuery query;
    query.text = u"ҚЫЗЫЛОРДА"_s;
    auto page = m_store->cases->search(query);
    QVERIFY(page);
    QCOMPARE(page->cases.size(), 1);
    // Nothing for this workstation to push: the case is the office's.
    QCOMPARE(rows(u"outbox"_s), 0);
    QVERIFY(m_store->auditEvents().contains(u"case_mirrored"_s));
}

void TestReviewQueue::theSameStateTwiceChangesNothing()
{
    const dsn::MirroredCase m = sample(2, m_now.addSecs(3600));
    QCOMPARE(*mirror(m), MirrorOutcome::Added);
    const int events = rows(u"status_events"_s);
    const int audit = rows(u"audit_log"_s);
    const auto again = mirror(m);
    QVERIFY(again);
    QCOMPARE(*again, MirrorOutcome::Unchanged);
    QCOMPARE(rows(u"status_events"_s), events);
    QCOMPARE(rows(u"audit_log"_s), audit);
    QCOMPARE(rows(u"applications"_s), 1);
}

void TestReviewQueue::takenAndDecidedFollowTheOffice()
{
    dsn::MirroredCase m = sample(3, m_now.addSecs(3600));
    QCOMPARE(*mirror(m), MirrorOutcome::Added);

    m.status = CaseStatus::InReview;
    m.takenByName = u"Жұмабаева Гүлнар"_s;
    m.takenByLogin = u"gulnar"_s;
    m.takenAt = m_now;
    QCOMPARE(*mirror(m), MirrorOutcome::Updated);
    auto queue = dsn::ReviewQueue(*m_store->database).open();
    QVERIFY(queue);
    QCOMPARE(queue->size(), 1);
    QCOMPARE(queue->first().status, CaseStatus::InReview);
    QCOMPARE(queue->first().takenByName, u"Жұмабаева Гүлнар"_s);

    m.status = CaseStatus::PartlyIssued;
    m.decisionNumber = u"11-2026-000007"_s;
    m.decidedAt = m_now.addSecs(600);
    m.decidedByName = u"Жұмабаева Гүлнар"_s;
    dsn::CaseLine issued;
    issued.lineNo = 1;
    issued.decision = u"issued"_s;
    issued.dsnCode = u"300100011001"_s;
    dsn::CaseLine refused;
    refused.lineNo = 2;
    refused.decision = u"refused"_s;
    refused.refusalGround = 2;
    refused.refusalText = u"Бұл өнімге ДСН-код бұрын берілген."_s;
    refused.heldCode = u"300100012001"_s;
    m.lines = { issued, refused };
    QCOMPARE(*mirror(m), MirrorOutcome::Updated);

    auto record = m_store->cases->openCase(m.caseNumber, m_store->reviewerActor());
    QVERIFY(record);
    QCOMPARE(record->status, CaseStatus::PartlyIssued);
    QCOMPARE(record->decisionNumber, u"11-2026-000007"_s);
    QCOMPARE(record->decidedAt, m.decidedAt);
    QCOMPARE(record->decidedByName, u"Жұмабаева Гүлнар"_s);
    QCOMPARE(record->lines.at(0).dsnCode, u"300100011001"_s);
    QCOMPARE(record->lines.at(1).refusalGround, std::optional<int>(2));
    QCOMPARE(record->lines.at(1).heldCode, u"300100012001"_s);
    // The history follows the table: in review, then the decision, at the office's time.
    QCOMPARE(record->history.last().to, CaseStatus::PartlyIssued);
    QCOMPARE(record->history.last().at, m.decidedAt);
    // Decided, it has left the queue.
    QCOMPARE(dsn::ReviewQueue(*m_store->database).open()->size(), 0);
}

void TestReviewQueue::aCaseTakenInHereIsNeverOverwritten()
{
    const auto own = m_store->cases->intake(
        dsntest::application(u"ТОО «Свой»"_s, dsntest::validBin(9), m_now.addSecs(-60)),
        m_store->operatorActor());
    QVERIFY2(own, own ? "" : qPrintable(own.error().message));
    dsn::MirroredCase m = sample(4, m_now.addSecs(3600));
    m.caseNumber = *own;
    const auto r = mirror(m);
    QVERIFY(!r);
    QCOMPARE(r.error().code, dsn::ErrorCode::Conflict);
    auto record = m_store->cases->openCase(*own, m_store->operatorActor());
    QVERIFY(record);
    QCOMPARE(record->application.taxpayerName, u"ТОО «Свой»"_s);
    QCOMPARE(rows(u"applications"_s), 1);
}

void TestReviewQueue::aCaseWithoutStructureIsRefusedWhole()
{
    dsn::MirroredCase m = sample(5, m_now.addSecs(3600));
    m.application.taxpayerId = u"123456789012"_s; // check digit wrong
    QCOMPARE(mirror(m).error().code, dsn::ErrorCode::InvalidInput);
    m = sample(5, m_now.addSecs(3600));
    dsn::CaseLine stray;
    stray.lineNo = 3; // the application has two lines
    stray.decision = u"issued"_s;
    m.lines = { stray };
    QCOMPARE(mirror(m).error().code, dsn::ErrorCode::InvalidInput);
    QCOMPARE(rows(u"applications"_s), 0);
    QCOMPARE(rows(u"subjects"_s), 0);
}

void TestReviewQueue::urgency_data()
{
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<Urgency>("expected");
    const QDateTime now(QDate(2026, 12, 2), QTime(11, 0), dsntest::kazakhstan());
    QTest::newRow("past") << now.addSecs(-1) << Urgency::Overdue;
    QTest::newRow("now") << now << Urgency::Overdue;
    QTest::newRow("later today") << now.addSecs(3600 * 7) << Urgency::DueToday;
    QTest::newRow("last second of today")
        << QDateTime(QDate(2026, 12, 2), QTime(23, 59, 59), dsntest::kazakhstan()) << Urgency::DueToday;
    QTest::newRow("tomorrow") << QDateTime(QDate(2026, 12, 3), QTime(0, 0), dsntest::kazakhstan())
                              << Urgency::Later;
    // Kazakhstan's date, not UTC's: 02:00 on the 3rd in Astana is still the 2nd in UTC.
    QTest::newRow("tomorrow in Astana")
        << QDateTime(QDate(2026, 12, 3), QTime(2, 0), dsntest::kazakhstan()) << Urgency::Later;
    QTest::newRow("no due time") << QDateTime() << Urgency::Later;
}

void TestReviewQueue::urgency()
{
    QFETCH(QDateTime, due);
    QFETCH(Urgency, expected);
    QCOMPARE(dsn::urgencyOf(due, m_now), expected);
}

void TestReviewQueue::theQueueIsDueFirstWithCounts()
{
    QVERIFY(mirror(sample(10, m_now.addDays(1))));
    QVERIFY(mirror(sample(11, m_now.addSecs(-600))));
    dsn::MirroredCase noDue = sample(12, QDateTime());
    QVERIFY(mirror(noDue));
    dsn::MirroredCase mine = sample(13, m_now.addSecs(1800));
    mine.status = CaseStatus::InReview;
    mine.takenByName = u"Reviewer"_s;
    mine.takenByLogin = u"Reviewer"_s;
    QVERIFY(mirror(mine));

    dsn::ReviewQueue queue(*m_store->database);
    const auto open = queue.open();
    QVERIFY(open);
    QStringList order;
    for (const dsn::QueueEntry &e : *open)
        order.append(e.caseNumber.right(2));
    QCOMPARE(order, (QStringList { u"11"_s, u"13"_s, u"10"_s, u"12"_s }));
    QCOMPARE(open->at(0).urgency, Urgency::Overdue);
    QCOMPARE(open->at(1).urgency, Urgency::DueToday);
    QCOMPARE(open->at(2).urgency, Urgency::Later);
    const auto counts = queue.counts(u"reviewer"_s);
    QVERIFY(counts);
    QCOMPARE(counts->open, 4);
    QCOMPARE(counts->overdue, 1);
    QCOMPARE(counts->dueToday, 1);
    QCOMPARE(counts->takenBy, 1);
    QCOMPARE(counts->waiting, 0);
}

QTEST_GUILESS_MAIN(TestReviewQueue)
#include "test_reviewqueue.moc"
