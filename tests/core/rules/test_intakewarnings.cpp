// The counter's early warnings (rules/intakewarnings.h), as a rule on given facts and as read
// from the workstation's store: an open case of the same subject, a DSN code it already holds for
// a product of the same type and name, and applications that have not reached the office.
#include "casesamples.h"
#include "storefixture.h"

#include "cases/casestore.h"
#include "intake/intakefacts.h"
#include "session/actor.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;

class TestIntakeWarnings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void openCaseAndHeldCode();
    void otherSubjectHasNoWarnings();
    void finalCaseIsNotOpen();
    void ruleOrdersWarningsAndMatchesNamesByTheGround2Key();
    void unsentBacklogText_data();
    void unsentBacklogText();

private:
    QStringList warningsFor(const dsn::Application &application)
    {
        return dsn::intakeWarningTexts(*m_cases, *m_db, application, dsn::kDefaultUnsentWarningLimit);
    }
    QString takeCaseWithIssuedCode(const QString &taxpayerId);
    std::unique_ptr<StoreFixture> m_store;
    dsn::Database *m_db = nullptr;
    dsn::CaseStore *m_cases = nullptr;
    const QDateTime m_received { QDate(2025, 3, 4), QTime(5, 0), QTimeZone::utc() };
};

void TestIntakeWarnings::init()
{
    StoreOptions options;
    options.database.clock = [] {
        return QDateTime(QDate(2025, 3, 4), QTime(6, 0), QTimeZone::utc());
    };
    options.office.clear();
    m_store = std::make_unique<StoreFixture>();
    QVERIFY(m_store->open(options));
    m_db = m_store->database.get();
    m_cases = m_store->cases.get();
}

// A case of the subject whose first line (gasoline "АИ-92-К5") came back issued with a code.
QString TestIntakeWarnings::takeCaseWithIssuedCode(const QString &taxpayerId)
{
    const dsn::Actor operatorActor = m_store->operatorActor();
    auto number = m_cases->intake(
        application(u"ТОО «Мұнай»"_s, taxpayerId, m_received,
            { { 1, u"АИ-92-К5"_s, u"СТ РК 1614-2006"_s }, { 2, u"ДТ-Л-К5"_s, u"СТ РК 1102-2002"_s } }),
        operatorActor);
    if (!number)
        return {};
    const auto issued = m_db->write([&](QSqlDatabase &c) {
        return dsn::sqlExec(c,
            u"UPDATE product_lines SET decision = 'issued', dsn_code = '300100011001' WHERE line_no = 1"
            u" AND application_id = (SELECT id FROM applications WHERE case_number = ?)"_s,
            { *number });
    });
    return issued ? *number : QString();
}

void TestIntakeWarnings::openCaseAndHeldCode()
{
    const QString tin = validBin(3);
    const QString caseNumber = takeCaseWithIssuedCode(tin);
    QVERIFY(!caseNumber.isEmpty());

    // The same gasoline typed with other spaces and case, a new fuel oil, and the same name
    // under another type: only the first is the one the subject holds a code for.
    const dsn::Application next = application(u"ТОО «Мұнай»"_s, tin, m_received,
        { { 1, u"  аи-92-к5 "_s, u"СТ РК 1614-2006"_s }, { 3, u"Мазут М100"_s, u"ГОСТ 10585-2013"_s },
            { 2, u"АИ-92-К5"_s, u"СТ РК 1614-2006"_s } });
    const QStringList warnings = warningsFor(next);
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.at(0).contains(caseNumber), qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(1).contains(u"3 001 0001 1 001"_s), qPrintable(warnings.at(1)));
    QVERIFY(warnings.at(1).contains(caseNumber));

    const auto held = m_cases->heldCodes(tin);
    QVERIFY(held);
    QCOMPARE(held->size(), 1);
    QCOMPARE(held->at(0).productType, 1);
    QCOMPARE(held->at(0).productName, u"АИ-92-К5"_s);

    // Spellings that look the same (a Latin "A", non-breaking hyphens, a zero-width space) are
    // the same product for the warning as for the office's ground 2 (rules/productname.h).
    const dsn::Application lookAlike = application(
        u"ТОО «Мұнай»"_s, tin, m_received, { { 1, u"AИ\u201192\u2011\u200BК5"_s, u"СТ РК 1614-2006"_s } });
    const QStringList again = warningsFor(lookAlike);
    QCOMPARE(again.size(), 2);
    QVERIFY2(again.at(1).contains(u"3 001 0001 1 001"_s), qPrintable(again.at(1)));
}

void TestIntakeWarnings::otherSubjectHasNoWarnings()
{
    QVERIFY(!takeCaseWithIssuedCode(validBin(3)).isEmpty());
    const dsn::Application other = application(u"ТОО «Басқа»"_s, validBin(40), m_received);
    QCOMPARE(warningsFor(other), QStringList());
    QCOMPARE(m_cases->heldCodes(dsn::TaxpayerId::parse(validBin(40)).id->digits())->size(), 0);
}

void TestIntakeWarnings::finalCaseIsNotOpen()
{
    const QString tin = validBin(5);
    const QString caseNumber = takeCaseWithIssuedCode(tin);
    QVERIFY(!caseNumber.isEmpty());
    QVERIFY(m_db->write([&](QSqlDatabase &c) {
        return dsn::sqlExec(
            c, u"UPDATE applications SET status = 'handed_over' WHERE case_number = ?"_s, { caseNumber });
    }));
    // A handed-over case is no longer open, but the code it brought is still held.
    const QStringList warnings = warningsFor(application(u"ТОО «Мұнай»"_s, tin, m_received));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.at(0).contains(u"3 001 0001 1 001"_s));
}

void TestIntakeWarnings::ruleOrdersWarningsAndMatchesNamesByTheGround2Key()
{
    dsn::IntakeFacts facts;
    facts.openCases = { u"AST01-2025-000007"_s };
    facts.heldCodes = { { u"300100011001"_s, 1, u"АИ-92-К5"_s, u"AST01-2025-000003"_s },
        { u"300100021001"_s, 2, u"ДТ-Л-К5"_s, u"AST01-2025-000003"_s } };
    facts.unsentCount = 3;
    facts.oldestUnsent = QDateTime(QDate(2025, 3, 3), QTime(4, 0), QTimeZone::utc());
    const QList<dsn::IntakeLine> a { { 2, u"Мазут М100"_s }, { 1, u"  аи-92-к5 "_s } };

    const QList<dsn::IntakeWarning> warnings = dsn::intakeWarnings(a, facts);
    QCOMPARE(warnings.size(), 3);
    QCOMPARE(warnings.at(0).kind, dsn::IntakeWarningKind::OpenCase);
    QCOMPARE(warnings.at(0).caseNumber, u"AST01-2025-000007"_s);
    QCOMPARE(warnings.at(1).kind, dsn::IntakeWarningKind::CodeAlreadyHeld);
    QCOMPARE(warnings.at(1).dsnCode, u"300100011001"_s); // type 1, the same name by the key
    // The clerk reads the code grouped, as on the certificate.
    QVERIFY2(warnings.at(1).text().contains(u"3 001 0001 1 001"_s), qPrintable(warnings.at(1).text()));
    QCOMPARE(warnings.at(2).kind, dsn::IntakeWarningKind::UnsentBacklog);
    QCOMPARE(warnings.at(2).count, 3);
    QVERIFY2(warnings.at(2).text().contains(u"03.03.2025 09:00"_s), qPrintable(warnings.at(2).text()));

    // Nothing known: nothing to warn about.
    QCOMPARE(dsn::intakeWarnings(a, dsn::IntakeFacts {}).size(), 0);
}

void TestIntakeWarnings::unsentBacklogText_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QDateTime>("oldest");
    QTest::addColumn<QStringList>("contains");

    QTest::newRow("two, since the previous evening")
        << 2 << QDateTime(QDate(2026, 3, 19), QTime(20, 0), QTimeZone::utc())
        << QStringList { u"2 application"_s, u"20.03.2026 01:00"_s, u"not legally final"_s };
    QTest::newRow("one, time unknown")
        << 1 << QDateTime() << QStringList { u"1 application"_s, u"not legally final"_s };
}

void TestIntakeWarnings::unsentBacklogText()
{
    QFETCH(int, count);
    QFETCH(QDateTime, oldest);
    QFETCH(QStringList, contains);

    dsn::IntakeWarning w;
    w.kind = dsn::IntakeWarningKind::UnsentBacklog;
    w.count = count;
    w.since = oldest;
    const QString text = w.text();
    for (const QString &part : std::as_const(contains))
        QVERIFY2(text.contains(part), qPrintable(text + u" lacks "_s + part));
}

QTEST_GUILESS_MAIN(TestIntakeWarnings)
#include "test_intakewarnings.moc"
