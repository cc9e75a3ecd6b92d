#include "lifecycle/caselifecycle.h"
#include "lifecycle/complaintlifecycle.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsn::CaseStatus;
using dsn::Role;
using dsn::TransitionVerdict;

namespace {

// The lifecycle as the service standard describes it, written out independently of the
// production table: "from>to" keys with the roles allowed. "new" is the intake.
const QHash<QString, QSet<QString>> &expectedEdges()
{
    static const QHash<QString, QSet<QString>> edges = {
        { u"new>accepted"_s, { u"operator"_s } },
        { u"accepted>sent"_s, { u"operator"_s, u"system"_s } },
        { u"sent>registered"_s, { u"reviewer"_s, u"system"_s } },
        { u"registered>in_review"_s, { u"reviewer"_s } },
        { u"in_review>issued"_s, { u"reviewer"_s } },
        { u"in_review>partly_issued"_s, { u"reviewer"_s } },
        { u"in_review>refused"_s, { u"reviewer"_s } },
        { u"issued>ready"_s, { u"operator"_s, u"system"_s } },
        { u"partly_issued>ready"_s, { u"operator"_s, u"system"_s } },
        { u"refused>ready"_s, { u"operator"_s, u"system"_s } },
        { u"ready>handed_over"_s, { u"operator"_s } },
        { u"ready>transferred_to_provider"_s, { u"operator"_s } },
        { u"transferred_to_provider>returned_for_handover"_s, { u"reviewer"_s } },
        { u"returned_for_handover>handed_over"_s, { u"operator"_s } },
    };
    return edges;
}

const QList<Role> kRoles = { Role::Operator, Role::Reviewer, Role::Administrator, Role::System };

} // namespace

Q_DECLARE_METATYPE(std::optional<CaseStatus>)

class TestCaseLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void keysRoundTrip();
    void everyPair_data();
    void everyPair();
    void tableHasNoDuplicateEdges();
    void administratorNeverMovesCases();
    void nextStatuses_followTable();
    void lifecyclePath_takesOnlyTheRolesSteps();
    void refusalMessagesNameTheStatuses();
    void decidedAndFinal();
    void complaints_data();
    void complaints();
    void complaintDeadlines();
};

void TestCaseLifecycle::keysRoundTrip()
{
    const QList<CaseStatus> all = dsn::allCaseStatuses();
    QCOMPARE(all.size(), dsn::kCaseStatusCount);
    QSet<QString> keys;
    for (CaseStatus s : all) {
        const QString key = dsn::statusKey(s);
        QVERIFY(!key.isEmpty());
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QCOMPARE(dsn::statusFromKey(key), std::optional<CaseStatus>(s));
        QVERIFY(!dsn::statusDisplayName(s).isEmpty());
    }
    QCOMPARE(dsn::statusFromKey(u"unknown"), std::nullopt);
    for (Role r : kRoles)
        QCOMPARE(dsn::roleFromKey(dsn::roleKey(r)), std::optional<Role>(r));
    QCOMPARE(dsn::roleFromKey(u"root"), std::nullopt);
}

// Every (from, to, role) combination, including the intake, against the independent table.
void TestCaseLifecycle::everyPair_data()
{
    QTest::addColumn<std::optional<CaseStatus>>("from");
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<Role>("role");
    QTest::addColumn<int>("expected");

    QList<std::optional<CaseStatus>> froms = { std::nullopt };
    for (CaseStatus s : dsn::allCaseStatuses())
        froms.append(s);
    for (const auto &from : froms) {
        const QString fromKey = from ? dsn::statusKey(*from) : u"new"_s;
        for (CaseStatus to : dsn::allCaseStatuses()) {
            const QString edge = fromKey + u'>' + dsn::statusKey(to);
            for (Role role : kRoles) {
                TransitionVerdict expected = TransitionVerdict::NoSuchTransition;
                if (expectedEdges().contains(edge))
                    expected = expectedEdges().value(edge).contains(dsn::roleKey(role))
                        ? TransitionVerdict::Allowed
                        : TransitionVerdict::RoleNotAllowed;
                const QString name = edge + u" by "_s + dsn::roleKey(role);
                QTest::newRow(qPrintable(name)) << from << to << role << static_cast<int>(expected);
            }
        }
    }
}

void TestCaseLifecycle::everyPair()
{
    QFETCH(std::optional<CaseStatus>, from);
    QFETCH(CaseStatus, to);
    QFETCH(Role, role);
    QFETCH(int, expected);
    const TransitionVerdict verdict = dsn::checkTransition(from, to, role);
    QCOMPARE(static_cast<int>(verdict), expected);
    QCOMPARE(dsn::transitionVerdictMessage(verdict, from, to, role).isEmpty(),
        verdict == TransitionVerdict::Allowed);
}

void TestCaseLifecycle::tableHasNoDuplicateEdges()
{
    QSet<QString> seen;
    for (const dsn::CaseTransition &t : dsn::caseLifecycleTable()) {
        const QString key = (t.from ? dsn::statusKey(*t.from) : u"new"_s) + u'>' + dsn::statusKey(t.to);
        QVERIFY2(!seen.contains(key), qPrintable(key));
        QVERIFY2(!t.roles.isEmpty(), qPrintable(key));
        seen.insert(key);
    }
    QCOMPARE(seen.size(), expectedEdges().size());
}

void TestCaseLifecycle::administratorNeverMovesCases()
{
    for (const dsn::CaseTransition &t : dsn::caseLifecycleTable())
        QVERIFY(!t.roles.contains(Role::Administrator));
}

void TestCaseLifecycle::nextStatuses_followTable()
{
    QCOMPARE(dsn::nextStatuses(std::nullopt, Role::Operator), QList<CaseStatus> { CaseStatus::Accepted });
    QCOMPARE(dsn::nextStatuses(std::nullopt, Role::Reviewer), QList<CaseStatus> {});
    QCOMPARE(dsn::nextStatuses(CaseStatus::InReview, Role::Reviewer),
        (QList<CaseStatus> { CaseStatus::Issued, CaseStatus::PartlyIssued, CaseStatus::Refused }));
    QCOMPARE(dsn::nextStatuses(CaseStatus::ReadyAtStateCorp, Role::Operator),
        (QList<CaseStatus> { CaseStatus::HandedOver, CaseStatus::TransferredToProvider }));
    QCOMPARE(dsn::nextStatuses(CaseStatus::HandedOver, Role::Operator), QList<CaseStatus> {});
}

void TestCaseLifecycle::lifecyclePath_takesOnlyTheRolesSteps()
{
    const QList<Role> syncAndReviewer { Role::System, Role::Reviewer };
    // The office reports a decision the workstation has not seen the steps to.
    QCOMPARE(dsn::lifecyclePath(CaseStatus::Sent, CaseStatus::Refused, syncAndReviewer),
        (QList<CaseStatus> { CaseStatus::Registered, CaseStatus::InReview, CaseStatus::Refused }));
    QCOMPARE(dsn::lifecyclePath(CaseStatus::Accepted, CaseStatus::Sent, syncAndReviewer),
        QList<CaseStatus> { CaseStatus::Sent });
    // The system alone cannot review.
    QCOMPARE(
        dsn::lifecyclePath(CaseStatus::Sent, CaseStatus::Issued, { Role::System }), QList<CaseStatus> {});
    // Nowhere to go backwards, and no path to where the case already is.
    QCOMPARE(dsn::lifecyclePath(CaseStatus::Issued, CaseStatus::Sent, syncAndReviewer), QList<CaseStatus> {});
    QCOMPARE(dsn::lifecyclePath(CaseStatus::Sent, CaseStatus::Sent, syncAndReviewer), QList<CaseStatus> {});
    // Only the operator hands over.
    QCOMPARE(dsn::lifecyclePath(CaseStatus::ReadyAtStateCorp, CaseStatus::HandedOver, syncAndReviewer),
        QList<CaseStatus> {});
    QCOMPARE(dsn::lifecyclePath(CaseStatus::ReadyAtStateCorp, CaseStatus::HandedOver, { Role::Operator }),
        QList<CaseStatus> { CaseStatus::HandedOver });
}

void TestCaseLifecycle::refusalMessagesNameTheStatuses()
{
    const QString wrongRole = dsn::transitionVerdictMessage(
        TransitionVerdict::RoleNotAllowed, CaseStatus::InReview, CaseStatus::Issued, Role::Operator);
    QVERIFY(wrongRole.contains(dsn::statusDisplayName(CaseStatus::InReview)));
    QVERIFY(wrongRole.contains(dsn::statusDisplayName(CaseStatus::Issued)));
    QVERIFY(wrongRole.contains(dsn::roleDisplayName(Role::Operator)));
    const QString noEdge = dsn::transitionVerdictMessage(
        TransitionVerdict::NoSuchTransition, CaseStatus::Accepted, CaseStatus::HandedOver, Role::Operator);
    QVERIFY(noEdge.contains(dsn::statusDisplayName(CaseStatus::HandedOver)));
}

void TestCaseLifecycle::decidedAndFinal()
{
    for (CaseStatus s :
        { CaseStatus::Accepted, CaseStatus::Sent, CaseStatus::Registered, CaseStatus::InReview })
        QVERIFY(!dsn::isDecided(s));
    for (CaseStatus s : { CaseStatus::Issued, CaseStatus::PartlyIssued, CaseStatus::Refused,
             CaseStatus::ReadyAtStateCorp, CaseStatus::HandedOver })
        QVERIFY(dsn::isDecided(s));
    int finals = 0;
    for (CaseStatus s : dsn::allCaseStatuses()) {
        // A final status has no way out; every other status has one for some role.
        bool hasExit = false;
        for (Role r : kRoles)
            hasExit = hasExit || !dsn::nextStatuses(s, r).isEmpty();
        QCOMPARE(dsn::isFinal(s), !hasExit);
        finals += dsn::isFinal(s) ? 1 : 0;
    }
    QCOMPARE(finals, 1);
}

void TestCaseLifecycle::complaints_data()
{
    using dsn::ComplaintStatus;
    QTest::addColumn<int>("from"); // -1: filing
    QTest::addColumn<int>("to");
    QTest::addColumn<Role>("role");
    QTest::addColumn<int>("expected");
    const auto A = static_cast<int>(TransitionVerdict::Allowed);
    const auto R = static_cast<int>(TransitionVerdict::RoleNotAllowed);
    const auto N = static_cast<int>(TransitionVerdict::NoSuchTransition);
    const int filed = static_cast<int>(ComplaintStatus::Filed);
    const int review = static_cast<int>(ComplaintStatus::InReview);
    const int upheld = static_cast<int>(ComplaintStatus::Upheld);
    const int dismissed = static_cast<int>(ComplaintStatus::Dismissed);
    QTest::newRow("operator files") << -1 << filed << Role::Operator << A;
    QTest::newRow("reviewer files") << -1 << filed << Role::Reviewer << A;
    QTest::newRow("system cannot file") << -1 << filed << Role::System << R;
    QTest::newRow("reviewer reviews") << filed << review << Role::Reviewer << A;
    QTest::newRow("admin reviews") << filed << review << Role::Administrator << A;
    QTest::newRow("operator cannot review") << filed << review << Role::Operator << R;
    QTest::newRow("reviewer upholds") << review << upheld << Role::Reviewer << A;
    QTest::newRow("admin dismisses") << review << dismissed << Role::Administrator << A;
    QTest::newRow("operator cannot decide") << review << dismissed << Role::Operator << R;
    QTest::newRow("no decision before review") << filed << upheld << Role::Reviewer << N;
    QTest::newRow("decided is final") << upheld << dismissed << Role::Reviewer << N;
}

void TestCaseLifecycle::complaints()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(Role, role);
    QFETCH(int, expected);
    std::optional<dsn::ComplaintStatus> fromStatus;
    if (from >= 0)
        fromStatus = static_cast<dsn::ComplaintStatus>(from);
    const auto verdict
        = dsn::checkComplaintTransition(fromStatus, static_cast<dsn::ComplaintStatus>(to), role);
    QCOMPARE(static_cast<int>(verdict), expected);
}

void TestCaseLifecycle::complaintDeadlines()
{
    QCOMPARE(dsn::complaintReviewWorkingDays(dsn::ComplaintAddressee::Provider), 5);
    QCOMPARE(dsn::complaintReviewWorkingDays(dsn::ComplaintAddressee::StateCorporation), 5);
    QCOMPARE(dsn::complaintReviewWorkingDays(dsn::ComplaintAddressee::QualityAssessmentBody), 15);
    for (auto a : { dsn::ComplaintAddressee::Provider, dsn::ComplaintAddressee::StateCorporation,
             dsn::ComplaintAddressee::QualityAssessmentBody })
        QCOMPARE(dsn::addresseeFromKey(dsn::addresseeKey(a)), std::optional(a));
}

QTEST_GUILESS_MAIN(TestCaseLifecycle)
#include "test_caselifecycle.moc"
