#include "base/kazakhstantime.h"
#include "calendar/calendardata.h"
#include "cases/casenumber.h"
#include "cases/casestore.h"
#include "casesamples.h"
#include "store/audittrail.h"
#include "storefixture.h"
#include "storerows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;
using dsn::Actor;
using dsn::CaseStatus;
using dsn::ErrorCode;
using dsn::Role;

Q_DECLARE_METATYPE(dsn::Role)
Q_DECLARE_METATYPE(dsn::IntakeOrigin)
Q_DECLARE_METATYPE(dsn::ErrorCode)

namespace {

// Tuesday 4 March 2025, 10:15 in Astana.
const QDateTime kReceived(QDate(2025, 3, 4), QTime(10, 15), QTimeZone(5 * 3600));

} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void intakeWritesEverythingInOneTransaction();
    void caseNumbersFollowTheYearCounter();
    void caseNumberYearIsTheReceiptsYearBefore2024();
    void subjectIsUpdatedNotDuplicated();
    void invalidApplicationWritesNothing();
    void intakeRoles_data();
    void intakeRoles();
    void newWorkstationTakesItsOwnCode();
    void invalidWorkstationCodeWritesNothing();
    void systemIntakeWithoutOfficeSetting();
    void dueAtFollowsTheWorkingCalendar_data();
    void dueAtFollowsTheWorkingCalendar();
    void dueAtUsesTheCalendarKeptInTheStore();
    void statusChangeThroughTheTable();
    void wrongRoleStatusChangeChangesNothing_data();
    void wrongRoleStatusChangeChangesNothing();
    void openCaseIsAudited();
    void printsCountReprints();
    void openCaseNamesThePeopleByFullName();
    void caseNumberFormat();

private:
    Actor operatorActor() const { return m_store->operatorActor(); }
    Actor reviewerActor() const { return m_store->reviewerActor(); }

    std::unique_ptr<StoreFixture> m_store;
    dsn::Database *m_db = nullptr;
    QDateTime m_now;
};

void TestCaseStore::init()
{
    m_now = QDateTime(QDate(2025, 3, 4), QTime(6, 0), QTimeZone::utc());
    StoreOptions options;
    options.database.clock = [this] {
        return m_now;
    };
    m_store = std::make_unique<StoreFixture>();
    QVERIFY(m_store->open(options));
    m_db = m_store->database.get();
}

void TestCaseStore::intakeWritesEverythingInOneTransaction()
{
    dsn::CaseStore store(*m_db);
    const QSqlDatabase c = m_db->connection();
    const qint64 auditBefore = count(c, u"audit_log"_s);
    const dsn::Application a = application(u"ТОО «Көкшетау Мұнай»"_s, u"940140000385"_s, kReceived,
        { dsn::ProductLine { 1, u"АИ-92-К5"_s, u"СТ РК 1614-2006"_s },
            dsn::ProductLine { 2, u"ДТ-Л-К5"_s, u"ГОСТ 32511-2013"_s } });
    dsn::ValidationProblems problems;
    auto number = store.intake(a, operatorActor(), {}, &problems);
    QVERIFY2(number, number ? "" : qPrintable(number.error().message + u' ' + number.error().detail));
    QVERIFY(problems.isEmpty());
    QCOMPARE(*number, u"AST01-2025-000001"_s);

    auto row = dsn::sqlRun(c,
        u"SELECT taxpayer_name, taxpayer_id, subject_type, department_code, country, atu,"
        u" head_name, application_date, received_at, received_by, received_by_name, office_code,"
        u" channel, status, created_at, length(uid), content_hash FROM applications"
        u" WHERE case_number = ?"_s,
        { *number });
    QVERIFY(row && row->next());
    QCOMPARE(row->value(0).toString(), a.taxpayerName);
    QCOMPARE(row->value(1).toString(), u"940140000385"_s);
    QCOMPARE(row->value(2).toString(), u"producer"_s);
    QCOMPARE(row->value(3).toString(), u"11"_s);
    QCOMPARE(row->value(4).toInt(), 3);
    QCOMPARE(row->value(5).toInt(), 1);
    QCOMPARE(row->value(6).toString(), a.headName);
    QCOMPARE(row->value(7).toString(), u"2025-03-04"_s);
    QCOMPARE(row->value(8).toString(), u"2025-03-04T05:15:00.000Z"_s);
    QCOMPARE(row->value(9).toLongLong(), *operatorActor().userId);
    QCOMPARE(row->value(10).toString(), kOperatorName);
    QCOMPARE(row->value(11).toString(), u"SC-AST-01"_s);
    QCOMPARE(row->value(12).toString(), u"counter"_s);
    QCOMPARE(row->value(13).toString(), u"accepted"_s);
    QCOMPARE(row->value(14).toString(), u"2025-03-04T06:00:00.000Z"_s);
    QCOMPARE(row->value(15).toInt(), 36);
    QCOMPARE(row->value(16).toString().size(), 64);
    row->finish();

    QCOMPARE(count(c, u"product_lines"_s), 2);
    QCOMPARE(dsn::sqlScalar(c,
                 u"SELECT group_concat(line_no || ':' || product_type || ':' || name, ',')"
                 u" FROM (SELECT * FROM product_lines ORDER BY line_no)"_s)
                 ->toString(),
        u"1:1:АИ-92-К5,2:2:ДТ-Л-К5"_s);
    QCOMPARE(count(c, u"subjects"_s), 1);
    QCOMPARE(dsn::sqlScalar(c, u"SELECT id_kind FROM subjects"_s)->toString(), u"bin"_s);

    auto history = store.caseHistory(*number);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().from, std::nullopt);
    QCOMPARE(history->first().to, CaseStatus::Accepted);
    QCOMPARE(history->first().actorName, kOperatorName);
    QCOMPARE(history->first().actorRole, u"operator"_s);

    QCOMPARE(count(c, u"audit_log"_s), auditBefore + 1);
    QCOMPARE(dsn::sqlScalar(c, u"SELECT event || ' ' || object_id FROM audit_log ORDER BY id DESC LIMIT 1"_s)
                 ->toString(),
        u"case_intake "_s + *number);
    auto verification = dsn::AuditTrail::verify(c);
    QVERIFY(verification && verification->intact);

    QCOMPARE(count(c, u"outbox"_s), 1);
    const QJsonObject payload
        = QJsonDocument::fromJson(dsn::sqlScalar(c, u"SELECT payload FROM outbox"_s)->toString().toUtf8())
              .object();
    QCOMPARE(payload.value(u"case_number"_s).toString(), *number);
    QCOMPARE(
        payload.value(u"application"_s).toObject().value(u"taxpayer_id"_s).toString(), u"940140000385"_s);
    QCOMPARE(dsn::sqlScalar(c, u"SELECT kind FROM outbox"_s)->toString(), u"application"_s);

    // The full-text index was written with the case.
    QCOMPARE(
        dsn::sqlScalar(c, u"SELECT count(*) FROM case_search WHERE case_search MATCH 'дт'"_s)->toInt(), 1);
}

void TestCaseStore::caseNumbersFollowTheYearCounter()
{
    dsn::CaseStore store(*m_db);
    QStringList numbers;
    for (int i = 0; i < 3; ++i) {
        auto n = store.intake(application(u"ИП Ахметов"_s, validIin(i), kReceived), operatorActor());
        QVERIFY(n);
        numbers.append(*n);
    }
    // 31 December 2024, 21:00 UTC is already 1 January 2025 in Kazakhstan; 18:00 UTC is still 2024.
    auto late2024 = store.intake(application(u"ИП Ахметов"_s, validIin(1),
                                     QDateTime(QDate(2024, 12, 31), QTime(18, 0), QTimeZone::utc())),
        operatorActor());
    auto newYear = store.intake(application(u"ИП Ахметов"_s, validIin(1),
                                    QDateTime(QDate(2024, 12, 31), QTime(21, 0), QTimeZone::utc())),
        operatorActor());
    QVERIFY(late2024 && newYear);
    QCOMPARE(
        numbers, (QStringList { u"AST01-2025-000001"_s, u"AST01-2025-000002"_s, u"AST01-2025-000003"_s }));
    QCOMPARE(*late2024, u"AST01-2024-000001"_s);
    QCOMPARE(*newYear, u"AST01-2025-000004"_s);
    QCOMPARE(dsn::sqlScalar(m_db->connection(), u"SELECT value FROM counters WHERE name = ?"_s,
                 { dsn::caseCounterName(2025) })
                 ->toInt(),
        4);
}

void TestCaseStore::caseNumberYearIsTheReceiptsYearBefore2024()
{
    // 31 December 2022, 18:30 UTC: Kazakhstan's clock (UTC+6 until March 2024) already showed
    // 1 January 2023 00:30, and that is what the receipt prints; the case number agrees.
    const QDateTime received(QDate(2022, 12, 31), QTime(18, 30), QTimeZone::utc());
    QCOMPARE(dsn::formatKazakhstanDateTime(received), u"01.01.2023 00:30"_s);
    dsn::CaseStore store(*m_db);
    auto number = store.intake(application(u"ИП Ахметов"_s, validIin(1), received), operatorActor());
    QVERIFY2(number, number ? "" : qPrintable(number.error().message));
    QCOMPARE(*number, u"AST01-2023-000001"_s);
}

void TestCaseStore::subjectIsUpdatedNotDuplicated()
{
    dsn::CaseStore store(*m_db);
    QVERIFY(store.intake(application(u"ТОО «Старое имя»"_s, u"940140000385"_s, kReceived), operatorActor()));
    QVERIFY(store.intake(application(u"ТОО «Новое имя»"_s, u"940140 000385"_s, kReceived), operatorActor()));
    const QSqlDatabase c = m_db->connection();
    QCOMPARE(count(c, u"subjects"_s), 1);
    QCOMPARE(dsn::sqlScalar(c, u"SELECT name FROM subjects"_s)->toString(), u"ТОО «Новое имя»"_s);
    // Each application keeps the name it was filed under.
    QCOMPARE(dsn::sqlScalar(c,
                 u"SELECT group_concat(taxpayer_name, ';') FROM (SELECT * FROM applications ORDER BY id)"_s)
                 ->toString(),
        u"ТОО «Старое имя»;ТОО «Новое имя»"_s);
}

void TestCaseStore::invalidApplicationWritesNothing()
{
    dsn::CaseStore store(*m_db);
    QVERIFY(store.intake(application(u"ТОО А"_s, validBin(1), kReceived), operatorActor()));
    const auto before = snapshot(m_db->connection());
    dsn::Application bad = application(u"ТОО Б"_s, u"921029350852"_s, kReceived);
    bad.atu = 19; // historical
    bad.products.append(dsn::ProductLine { 5, u"X"_s, u"Y"_s });
    dsn::ValidationProblems problems;
    auto r = store.intake(bad, operatorActor(), {}, &problems);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QStringList fields;
    for (const auto &p : problems)
        fields.append(p.field);
    QCOMPARE(fields, (QStringList { u"taxpayer_id"_s, u"atu"_s, u"products[1].type"_s }));
    QCOMPARE(snapshot(m_db->connection()), before);
}

void TestCaseStore::intakeRoles_data()
{
    QTest::addColumn<dsn::Role>("role");
    QTest::addColumn<dsn::IntakeOrigin>("origin");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<dsn::ErrorCode>("error");

    using O = dsn::IntakeOrigin;
    const auto none = ErrorCode::Internal;
    QTest::newRow("operator at the counter") << Role::Operator << O::Counter << QString() << true << none;
    QTest::newRow("reviewer") << Role::Reviewer << O::Counter << QString() << false
                              << ErrorCode::PermissionDenied;
    QTest::newRow("administrator") << Role::Administrator << O::Counter << QString() << false
                                   << ErrorCode::PermissionDenied;
    QTest::newRow("system without origin")
        << Role::System << O::Counter << QString() << false << ErrorCode::PermissionDenied;
    QTest::newRow("system for the counter")
        << Role::System << O::OnBehalfOfCounter << u"imported by dsnctl"_s << true << none;
    QTest::newRow("system without reason")
        << Role::System << O::OnBehalfOfCounter << u"  "_s << false << ErrorCode::InvalidInput;
    QTest::newRow("operator claiming the system's origin")
        << Role::Operator << O::OnBehalfOfCounter << u"imported"_s << false << ErrorCode::PermissionDenied;
    QTest::newRow("reviewer claiming the system's origin")
        << Role::Reviewer << O::OnBehalfOfCounter << u"imported"_s << false << ErrorCode::PermissionDenied;
}

void TestCaseStore::intakeRoles()
{
    QFETCH(dsn::Role, role);
    QFETCH(dsn::IntakeOrigin, origin);
    QFETCH(QString, reason);
    QFETCH(bool, allowed);
    QFETCH(dsn::ErrorCode, error);

    dsn::CaseStore store(*m_db);
    Actor actor = role == Role::System ? Actor::system()
                                       : Actor { operatorActor().userId, u"someone"_s, role, u"SC-AST-01"_s };
    const auto before = snapshot(m_db->connection());
    auto r = store.intake(application(u"ТОО А"_s, validBin(2), kReceived), actor, { origin, reason });
    QCOMPARE(bool(r), allowed);
    if (!allowed) {
        QCOMPARE(r.error().code, error);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(snapshot(m_db->connection()), before);
        return;
    }
    auto history = store.caseHistory(*r);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().actorRole, dsn::roleKey(role));
    QCOMPARE(history->first().comment, reason);
    if (role == Role::System) {
        QCOMPARE(history->first().actorName, u"system"_s);
        const QJsonObject details = QJsonDocument::fromJson(
            dsn::sqlScalar(m_db->connection(), u"SELECT details FROM audit_log ORDER BY id DESC LIMIT 1"_s)
                ->toString()
                .toUtf8())
                                        .object();
        QCOMPARE(details.value(u"reason"_s).toString(), reason);
        QCOMPARE(
            dsn::sqlScalar(m_db->connection(), u"SELECT received_by IS NULL FROM applications"_s)->toInt(),
            1);
    }
}

void TestCaseStore::newWorkstationTakesItsOwnCode()
{
    QVERIFY(m_db->write([](QSqlDatabase &c) {
        return dsn::sqlExec(c, u"DELETE FROM settings WHERE key = 'workstation.code'"_s);
    }));
    dsn::CaseStore store(*m_db);
    QVERIFY(!store.workstationCode());
    auto first = store.intake(application(u"ТОО А"_s, validBin(3), kReceived), operatorActor());
    QVERIFY2(first, first ? "" : qPrintable(first.error().detail));
    const auto code = store.workstationCode();
    QVERIFY(code);
    QVERIFY2(QRegularExpression(u"^WS[2-9A-HJ-NP-Z]{6}$"_s).match(*code).hasMatch(), qPrintable(*code));
    QVERIFY(first->startsWith(*code + u'-'));
    // The code stays: the next case carries the same one.
    auto second = store.intake(application(u"ТОО Б"_s, validBin(4), kReceived), operatorActor());
    QVERIFY(second);
    QVERIFY(second->startsWith(*code + u'-'));
    QCOMPARE(
        dsn::sqlScalar(m_db->connection(),
            u"SELECT count(*) FROM audit_log WHERE event = 'settings_changed' AND object_id = 'workstation.code'"_s)
            ->toInt(),
        1);
}

void TestCaseStore::invalidWorkstationCodeWritesNothing()
{
    QVERIFY(setSetting(*m_db, u"workstation.code"_s, u"ast-1"_s)); // not capital letters and digits
    dsn::CaseStore store(*m_db);
    QVERIFY(!store.workstationCode());
    const auto before = snapshot(m_db->connection());
    auto r = store.intake(application(u"ТОО А"_s, validBin(3), kReceived), operatorActor());
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QCOMPARE(snapshot(m_db->connection()), before);
}

void TestCaseStore::systemIntakeWithoutOfficeSetting()
{
    QVERIFY(m_db->write([](QSqlDatabase &c) {
        return dsn::sqlExec(c, u"DELETE FROM settings WHERE key = 'workstation.office'"_s);
    }));
    dsn::CaseStore store(*m_db);
    auto n = store.intake(application(u"ТОО А"_s, validBin(3), kReceived), Actor::system(),
        { dsn::IntakeOrigin::OnBehalfOfCounter, u"imported"_s });
    QVERIFY2(n, n ? "" : qPrintable(n.error().detail));
    QCOMPARE(
        dsn::sqlScalar(m_db->connection(), u"SELECT office_code FROM applications"_s)->toString(), QString());
}

void TestCaseStore::dueAtFollowsTheWorkingCalendar_data()
{
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<QString>("due");
    const QTimeZone kz(5 * 3600);
    // The day of acceptance is not counted; the term ends when the provider closes (18:30) on its
    // next working day.
    QTest::newRow("Tuesday") << QDateTime(QDate(2025, 3, 4), QTime(10, 15), kz)
                             << u"2025-03-05T13:30:00.000Z"_s;
    // 8 March 2025 fell on a Saturday and moved to Monday 10 March.
    QTest::newRow("Friday before the moved holiday")
        << QDateTime(QDate(2025, 3, 7), QTime(11, 0), kz) << u"2025-03-11T13:30:00.000Z"_s;
    // The State Corporation works on Saturday; the provider does not.
    QTest::newRow("Saturday") << QDateTime(QDate(2025, 3, 15), QTime(12, 0), kz)
                              << u"2025-03-17T13:30:00.000Z"_s;
}

void TestCaseStore::dueAtFollowsTheWorkingCalendar()
{
    QFETCH(QDateTime, received);
    QFETCH(QString, due);
    m_now = received.addSecs(60);
    dsn::CaseStore store(*m_db);
    auto n = store.intake(application(u"ТОО А"_s, validBin(4), received), operatorActor());
    QVERIFY(n);
    QCOMPARE(
        dsn::sqlScalar(m_db->connection(), u"SELECT due_at FROM applications WHERE case_number = ?"_s, { *n })
            ->toString(),
        due);
}

void TestCaseStore::dueAtUsesTheCalendarKeptInTheStore()
{
    // The administrator's correction: Wednesday 5 March 2025 made a day off by decree.
    const dsn::CalendarLoadResult shipped = dsn::loadShippedCalendar();
    QVERIFY(shipped.ok());
    dsn::CalendarYear y2025;
    for (const auto &y : shipped.years) {
        if (y.year == 2025)
            y2025 = y;
    }
    QCOMPARE(y2025.year, 2025);
    y2025.daysOff.append(dsn::DecreeDayOff { QDate(2025, 3, 5), QDate(), u"test decree"_s });
    const auto store = [this](const QByteArray &json) {
        return m_db->write([&](QSqlDatabase &c) {
            return dsn::sqlExec(c,
                u"INSERT OR REPLACE INTO calendar_years(year, data, updated_at, updated_by)"
                u" VALUES (2025, ?, '2025-01-01T00:00:00.000Z', 'admin')"_s,
                { QString::fromUtf8(json) });
        });
    };
    QVERIFY(store(dsn::calendarYearToJson(y2025)));

    dsn::CaseStore cases(*m_db);
    auto n = cases.intake(application(u"ТОО А"_s, validBin(4), kReceived), operatorActor());
    QVERIFY(n);
    // The day after acceptance is now a day off: the term ends on Thursday 6 March at 18:30.
    QCOMPARE(
        dsn::sqlScalar(m_db->connection(), u"SELECT due_at FROM applications WHERE case_number = ?"_s, { *n })
            ->toString(),
        u"2025-03-06T13:30:00.000Z"_s);

    // A damaged calendar row stops the intake; nothing is written.
    QVERIFY(store("{\"year\": 2025, \"daysOff\": 7}"));
    const auto before = snapshot(m_db->connection());
    auto refused = cases.intake(application(u"ТОО Б"_s, validBin(5), kReceived), operatorActor());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Damaged);
    QCOMPARE(snapshot(m_db->connection()), before);
}

void TestCaseStore::statusChangeThroughTheTable()
{
    dsn::CaseStore store(*m_db);
    auto n = store.intake(application(u"ТОО А"_s, validBin(5), kReceived), operatorActor());
    QVERIFY(n);
    const QSqlDatabase c = m_db->connection();
    const qint64 outboxBefore = count(c, u"outbox"_s);
    m_now = m_now.addSecs(600);
    QVERIFY(store.changeStatus(*n, CaseStatus::Sent, operatorActor(), u"courier"_s));
    m_now = m_now.addSecs(600);
    QVERIFY(store.changeStatus(*n, CaseStatus::Registered, reviewerActor()));
    QVERIFY(store.changeStatus(*n, CaseStatus::InReview, reviewerActor()));

    QCOMPARE(
        dsn::sqlScalar(c, u"SELECT status FROM applications WHERE case_number = ?"_s, { *n })->toString(),
        u"in_review"_s);
    QCOMPARE(dsn::sqlScalar(c, u"SELECT registered_at FROM applications WHERE case_number = ?"_s, { *n })
                 ->toString(),
        u"2025-03-04T06:20:00.000Z"_s);
    auto history = store.caseHistory(*n);
    QVERIFY(history);
    QCOMPARE(history->size(), 4);
    QCOMPARE(history->at(1).from, std::optional(CaseStatus::Accepted));
    QCOMPARE(history->at(1).to, CaseStatus::Sent);
    QCOMPARE(history->at(1).comment, u"courier"_s);
    QCOMPARE(history->at(1).at, QDateTime(QDate(2025, 3, 4), QTime(6, 10), QTimeZone::utc()));
    QCOMPARE(history->at(2).actorName, kReviewerName);
    QCOMPARE(history->at(3).to, CaseStatus::InReview);
    QCOMPARE(count(c, u"outbox"_s), outboxBefore + 3);
    QCOMPARE(dsn::sqlScalar(
                 c, u"SELECT count(*) FROM audit_log WHERE event = 'case_status' AND object_id = ?"_s, { *n })
                 ->toInt(),
        3);
    auto verification = dsn::AuditTrail::verify(c);
    QVERIFY(verification && verification->intact);

    auto missing = store.changeStatus(u"AST01-2025-999999"_s, CaseStatus::Sent, operatorActor());
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestCaseStore::wrongRoleStatusChangeChangesNothing_data()
{
    QTest::addColumn<int>("stepsBefore"); // how far along accepted > sent > registered > in_review
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<Role>("role");
    QTest::addColumn<ErrorCode>("error");

    QTest::newRow("operator registers")
        << 1 << CaseStatus::Registered << Role::Operator << ErrorCode::PermissionDenied;
    QTest::newRow("reviewer sends") << 0 << CaseStatus::Sent << Role::Reviewer << ErrorCode::PermissionDenied;
    QTest::newRow("administrator decides")
        << 3 << CaseStatus::Issued << Role::Administrator << ErrorCode::PermissionDenied;
    QTest::newRow("system decides") << 3 << CaseStatus::Refused << Role::System
                                    << ErrorCode::PermissionDenied;
    QTest::newRow("operator hands over undecided")
        << 0 << CaseStatus::HandedOver << Role::Operator << ErrorCode::Conflict;
    QTest::newRow("reviewer skips review")
        << 2 << CaseStatus::Issued << Role::Reviewer << ErrorCode::Conflict;
    QTest::newRow("back to accepted") << 1 << CaseStatus::Accepted << Role::Operator << ErrorCode::Conflict;
}

void TestCaseStore::wrongRoleStatusChangeChangesNothing()
{
    QFETCH(int, stepsBefore);
    QFETCH(CaseStatus, to);
    QFETCH(Role, role);
    QFETCH(ErrorCode, error);

    dsn::CaseStore store(*m_db);
    auto n = store.intake(application(u"ТОО А"_s, validBin(6), kReceived), operatorActor());
    QVERIFY(n);
    const QList<std::pair<CaseStatus, Actor>> path = { { CaseStatus::Sent, operatorActor() },
        { CaseStatus::Registered, reviewerActor() }, { CaseStatus::InReview, reviewerActor() } };
    for (int i = 0; i < stepsBefore; ++i)
        QVERIFY(store.changeStatus(*n, path[i].first, path[i].second));

    const auto before = snapshot(m_db->connection());
    const Actor actor = role == Role::System
        ? Actor::system()
        : Actor { m_store->administratorActor().userId, u"x"_s, role, u"O"_s };
    m_now = m_now.addSecs(60);
    auto r = store.changeStatus(*n, to, actor, u"attempt"_s);
    QVERIFY(!r);
    QCOMPARE(r.error().code, error);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(snapshot(m_db->connection()), before);
}

void TestCaseStore::openCaseIsAudited()
{
    dsn::CaseStore store(*m_db);
    dsn::Application person = application(u"ИП Жұмабаев Нұрлан"_s, u"921029350851"_s, kReceived);
    person.queueTicket = u"A-17"_s;
    person.channel = dsn::IntakeChannel::Home;
    auto p = store.intake(person, operatorActor());
    auto b = store.intake(
        application(u"АО «Нефтяная компания»"_s, u"940140000385"_s, kReceived), operatorActor());
    QVERIFY(p && b);
    QVERIFY(store.recordPrint(*p, u"receipt"_s, dsn::Language::Kazakh, QString(64, u'a'), operatorActor()));

    auto record = store.openCase(*p, reviewerActor(), u"review"_s);
    QVERIFY(record);
    QCOMPARE(record->caseNumber, *p);
    QCOMPARE(record->application, dsn::normalizedApplication(person));
    QCOMPARE(record->idKind, u"iin"_s);
    QCOMPARE(record->status, CaseStatus::Accepted);
    QCOMPARE(record->receivedBy, operatorActor().userId);
    QCOMPARE(record->lines.size(), 1);
    QCOMPARE(record->lines.first().lineNo, 1);
    QCOMPARE(record->history.size(), 1);
    QCOMPARE(record->documents.size(), 1);
    QCOMPARE(record->documents.first().language, u"kk"_s);
    QVERIFY(record->dueAt.isValid());

    const QSqlDatabase c = m_db->connection();
    QCOMPARE(dsn::sqlScalar(c,
                 u"SELECT event || ' ' || actor_name || ' ' || object_id FROM audit_log"
                 u" ORDER BY id DESC LIMIT 1"_s)
                 ->toString(),
        u"person_viewed "_s + kReviewerName + u' ' + *p);
    QVERIFY(store.openCase(*b, reviewerActor()));
    QCOMPARE(dsn::sqlScalar(c, u"SELECT event || ' ' || object_id FROM audit_log ORDER BY id DESC LIMIT 1"_s)
                 ->toString(),
        u"case_viewed "_s + *b);

    const qint64 auditBefore = count(c, u"audit_log"_s);
    auto missing = store.openCase(u"AST01-2025-777777"_s, reviewerActor());
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(count(c, u"audit_log"_s), auditBefore);
}

void TestCaseStore::printsCountReprints()
{
    dsn::CaseStore store(*m_db);
    auto n = store.intake(application(u"ТОО А"_s, validBin(7), kReceived), operatorActor());
    QVERIFY(n);
    auto other = store.intake(application(u"ТОО Б"_s, validBin(8), kReceived), operatorActor());
    QVERIFY(other);
    // Reprints are counted per case, document kind and language: the first Russian receipt of
    // a case whose receipt was printed in Kazakh is an original, not a reprint.
    QList<int> numbers;
    for (const auto &[number, kind, lang] : {
             std::tuple { *n, u"receipt"_s, dsn::Language::Kazakh },
             std::tuple { *n, u"receipt"_s, dsn::Language::Russian },
             std::tuple { *n, u"certificate"_s, dsn::Language::Kazakh },
             std::tuple { *n, u"receipt"_s, dsn::Language::Kazakh },
             std::tuple { *other, u"receipt"_s, dsn::Language::Kazakh },
             std::tuple { *n, u"receipt"_s, dsn::Language::Russian },
             std::tuple { *n, u"receipt"_s, dsn::Language::Kazakh },
         }) {
        auto r = store.recordPrint(number, kind, lang, QString(64, u'b'), operatorActor());
        QVERIFY(r);
        numbers.append(*r);
    }
    QCOMPARE(numbers, (QList<int> { 0, 0, 0, 1, 0, 1, 2 }));
    QCOMPARE(dsn::sqlScalar(
                 m_db->connection(), u"SELECT count(*) FROM audit_log WHERE event = 'document_printed'"_s)
                 ->toInt(),
        7);

    // The case, as the case view reads it, lists the same numbers as the prints returned, and
    // so does the audit trail.
    const auto record = store.openCase(*n, operatorActor());
    QVERIFY(record);
    QList<std::tuple<QString, QString, int>> listed;
    for (const dsn::PrintedDocument &document : record->documents)
        listed.append({ document.kind, document.language, document.reprintNo });
    const QList<std::tuple<QString, QString, int>> expected { { u"receipt"_s, u"kk"_s, 0 },
        { u"receipt"_s, u"ru"_s, 0 }, { u"certificate"_s, u"kk"_s, 0 }, { u"receipt"_s, u"kk"_s, 1 },
        { u"receipt"_s, u"ru"_s, 1 }, { u"receipt"_s, u"kk"_s, 2 } };
    QCOMPARE(listed, expected);
    QCOMPARE(dsn::sqlScalar(m_db->connection(),
                 u"SELECT group_concat(json_extract(details, '$.reprint_no'), ',') FROM"
                 u" (SELECT details FROM audit_log WHERE event = 'document_printed' ORDER BY id)"_s)
                 ->toString(),
        u"0,0,0,1,0,1,2"_s);
    QVERIFY(!store.recordPrint(
        u"AST01-2025-777777"_s, u"receipt"_s, dsn::Language::Kazakh, QString(64, u'b'), operatorActor()));
}

// The case names who received it, who printed and who changed its status by their full names
// (for the clerk); the user names stay beside them (for the audit).
void TestCaseStore::openCaseNamesThePeopleByFullName()
{
    dsn::CaseStore store(*m_db);
    auto n = store.intake(application(u"ТОО А"_s, validBin(9), kReceived), operatorActor());
    QVERIFY(n);
    QVERIFY(store.recordPrint(*n, u"receipt"_s, dsn::Language::Kazakh, QString(64, u'c'), operatorActor()));
    QVERIFY(
        store.recordPrint(*n, u"receipt"_s, dsn::Language::Russian, QString(64, u'c'), dsn::Actor::system()));
    const auto record = store.openCase(*n, dsn::Actor::system());
    QVERIFY(record);
    QCOMPARE(record->receivedByName, dsntest::kOperatorName);
    QCOMPARE(record->receivedByFullName, u"Сейітқали Әйгерім"_s);
    QCOMPARE(record->receivedByDisplayName(), u"Сейітқали Әйгерім"_s);
    QCOMPARE(record->documents.size(), 2);
    QCOMPARE(record->documents.at(0).printedByName, dsntest::kOperatorName);
    QCOMPARE(record->documents.at(0).printedByFullName, u"Сейітқали Әйгерім"_s);
    QCOMPARE(record->documents.at(0).printedByDisplayName(), u"Сейітқали Әйгерім"_s);
    // The system has no full name: its name stays.
    QVERIFY(record->documents.at(1).printedByFullName.isEmpty());
    QCOMPARE(record->documents.at(1).printedByDisplayName(), dsn::Actor::system().name);
    QCOMPARE(record->history.size(), 1);
    QCOMPARE(record->history.at(0).actorName, dsntest::kOperatorName);
    QCOMPARE(record->history.at(0).actorFullName, u"Сейітқали Әйгерім"_s);
    QCOMPARE(record->history.at(0).actorDisplayName(), u"Сейітқали Әйгерім"_s);
}

void TestCaseStore::caseNumberFormat()
{
    QCOMPARE(dsn::formatCaseNumber(u"AST01"_s, 2025, 7), u"AST01-2025-000007"_s);
    QCOMPARE(dsn::formatCaseNumber(u"AST01"_s, 2025, 1234567), u"AST01-2025-1234567"_s);
    QCOMPARE(dsn::parseCaseNumber(u"ALM02-2026-000123"),
        (std::optional(dsn::CaseNumber { u"ALM02"_s, 2026, 123 })));
    QCOMPARE(dsn::parseCaseNumber(u"alm02-2026-000123"), std::nullopt);
    QCOMPARE(dsn::parseCaseNumber(u"ALM02-2026-123"), std::nullopt);
    QCOMPARE(dsn::parseCaseNumber(u"ALM02-2026-000000"), std::nullopt);
    QCOMPARE(dsn::parseCaseNumber(u"ALM02-2026-000123\n"), std::nullopt);
    // A workstation hands in only its own numbers (the code compared without case), never one
    // with a control or format character.
    QVERIFY(dsn::caseNumberRefusal(u"ALM02-2026-000123", u"ALM02").isEmpty());
    QVERIFY(dsn::caseNumberRefusal(u"ALM02-2026-000123", u"alm02").isEmpty());
    QVERIFY(dsn::caseNumberRefusal(u"ALM02-2026-000123", u"AST01").contains(u"ALM02"_s));
    QVERIFY(!dsn::caseNumberRefusal(u"ALM02-2026-000123", u"ALM0").isEmpty());
    QVERIFY(!dsn::caseNumberRefusal(u"ALM02-2026-000123\r", u"ALM02").isEmpty());
    QVERIFY(!dsn::caseNumberRefusal(u"ALM02-2026-\u200b000123", u"ALM02").isEmpty());
    QVERIFY(!dsn::caseNumberRefusal(u"ALM02/2026/000123", u"ALM02").isEmpty());
    QVERIFY(dsn::CaseStore::isValidWorkstationCode(u"AST01"));
    QVERIFY(!dsn::CaseStore::isValidWorkstationCode(u"A"));
    QVERIFY(!dsn::CaseStore::isValidWorkstationCode(u"AST-01"));
}

QTEST_GUILESS_MAIN(TestCaseStore)
#include "test_casestore.moc"
