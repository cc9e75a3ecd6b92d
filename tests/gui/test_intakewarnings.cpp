// The counter form's early warnings, read from the workstation's store: an open case of the
// same subject, and a DSN code it already holds for a product of the same type and name.
#include "casesamples.h"
#include "storefixture.h"

#include "cases/casestore.h"
#include "intake/opencasewarning.h"
#include "users/actor.h"

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

private:
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
    const QStringList warnings = dsn::gui::openCaseWarnings(*m_cases, next);
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.at(0).contains(caseNumber), qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(1).contains(u"300100011001"_s), qPrintable(warnings.at(1)));
    QVERIFY(warnings.at(1).contains(caseNumber));

    const auto held = m_cases->heldCodes(tin);
    QVERIFY(held);
    QCOMPARE(held->size(), 1);
    QCOMPARE(held->at(0).productType, 1);
    QCOMPARE(held->at(0).productName, u"АИ-92-К5"_s);

    // Spellings that look the same (a Latin "A", non-breaking hyphens, a zero-width space) are
    // the same product for the warning as for the office's ground 2 (cases/productname.h).
    const dsn::Application lookAlike = application(
        u"ТОО «Мұнай»"_s, tin, m_received, { { 1, u"AИ\u201192\u2011\u200BК5"_s, u"СТ РК 1614-2006"_s } });
    const QStringList again = dsn::gui::openCaseWarnings(*m_cases, lookAlike);
    QCOMPARE(again.size(), 2);
    QVERIFY2(again.at(1).contains(u"300100011001"_s), qPrintable(again.at(1)));
}

void TestIntakeWarnings::otherSubjectHasNoWarnings()
{
    QVERIFY(!takeCaseWithIssuedCode(validBin(3)).isEmpty());
    const dsn::Application other = application(u"ТОО «Басқа»"_s, validBin(40), m_received);
    QCOMPARE(dsn::gui::openCaseWarnings(*m_cases, other), QStringList());
    QCOMPARE(m_cases->heldCodes(dsn::TaxpayerId::parse(validBin(40)).id->digits())->size(), 0);
}

void TestIntakeWarnings::finalCaseIsNotOpen()
{
    const QString tin = validBin(5);
    const QString caseNumber = takeCaseWithIssuedCode(tin);
    QVERIFY(!caseNumber.isEmpty());
    QVERIFY(m_db->write([&](QSqlDatabase &c) {
        return dsn::sqlExec(c, u"UPDATE applications SET status = 'handed_over' WHERE case_number = ?"_s,
            { caseNumber });
    }));
    // A handed-over case is no longer open, but the code it brought is still held.
    const QStringList warnings = dsn::gui::openCaseWarnings(*m_cases, application(u"ТОО «Мұнай»"_s, tin, m_received));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.at(0).contains(u"300100011001"_s));
}

QTEST_MAIN(TestIntakeWarnings)
#include "test_intakewarnings.moc"
