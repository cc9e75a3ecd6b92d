// The office schema's CHECK lists, read from the live database on SQLite and PostgreSQL, hold
// exactly the values the office's code uses: case statuses (the lifecycle table), workstation
// roles and refusal grounds (the Rules' numbers). A status, role or ground added in one place and
// not in the other fails here rather than in a reviewer's hands. And the upgrade to the review
// desk (schema 4) keeps what an office of schema 3 holds, as the upgrade to certificates printed
// and checked (schema 5) keeps what one of schema 4 holds.
#include "officetestsupport.h"

#include "officecore/officestore.h"
#include "rules/refusalcheck.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>

using namespace dsn;
using namespace dsn::office;

class TestOfficeSchema : public QObject
{
    Q_OBJECT

private slots:
    void statusesAreTheOfficesOwn_data() { backendRows(); }
    void statusesAreTheOfficesOwn();
    void officeStatusesFollowTheLifecycle();
    void rolesAreTheWorkstationRoles_data() { backendRows(); }
    void rolesAreTheWorkstationRoles();
    void refusalGroundsAreTheRules_data() { backendRows(); }
    void refusalGroundsAreTheRules();
    void upgradeToTheReviewDesk_data() { backendRows(); }
    void upgradeToTheReviewDesk();
    void upgradeToCertificates_data() { backendRows(); }
    void upgradeToCertificates();

private:
    static void backendRows()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &b : officetest::backends())
            QTest::newRow(qPrintable(b)) << b;
    }
    std::unique_ptr<OfficeDatabase> freshDatabase()
    {
        QFETCH(QString, backend);
        const QString url = officetest::newDatabaseUrl(backend, m_dir);
        const Result<OfficeLocation> location = OfficeLocation::parse(url);
        if (url.isEmpty() || !location)
            return nullptr;
        Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(*location);
        if (!db) {
            qWarning("open: %s %s", qPrintable(db.error().message), qPrintable(db.error().detail));
            return nullptr;
        }
        return std::move(*db);
    }

    QTemporaryDir m_dir;
};

namespace {

// The values a CHECK constraint of the live schema allows for the column, sorted: from
// "CHECK (column IN ('a', 'b'))" in SQLite's table text, from "CHECK ((column = ANY
// (ARRAY['a'::text, 'b'::text])))" as PostgreSQL gives its constraints back.
QStringList checkedValues(OfficeDatabase &db, const QString &table, const QString &column)
{
    QString list;
    if (db.dialect() == Dialect::Sqlite) {
        const Result<QVariant> sql = scalar(
            db.connection(), u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s, { table });
        const QRegularExpression in(u"CHECK\\s*\\(\\s*%1\\s+IN\\s*\\(([^)]*)\\)"_s.arg(column));
        list = in.match(sql ? sql->toString() : QString()).captured(1);
    } else {
        Result<QSqlQuery> constraints = run(db.connection(),
            u"SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
            u"WHERE t.relname = ? AND c.contype = 'c'"_s,
            { table });
        const QRegularExpression any(u"\\(\\(?%1\\)? = ANY \\(\\(?ARRAY\\[([^\\]]*)\\]"_s.arg(column));
        while (constraints && constraints->next()) {
            const QRegularExpressionMatch match = any.match(constraints->value(0).toString());
            if (match.hasMatch())
                list = match.captured(1);
        }
    }
    QStringList values;
    static const QRegularExpression cast(u"::[a-z ]+"_s);
    for (QString value : list.split(u',', Qt::SkipEmptyParts)) {
        value = value.remove(cast).trimmed();
        if (value.startsWith(u'\'') && value.endsWith(u'\''))
            value = value.mid(1, value.size() - 2);
        values.append(value);
    }
    values.sort();
    return values;
}

QStringList sorted(QStringList values)
{
    values.sort();
    return values;
}

} // namespace

void TestOfficeSchema::statusesAreTheOfficesOwn()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    QStringList used;
    for (const CaseStatus status : officeCaseStatuses())
        used.append(statusKey(status));
    const QStringList checked = checkedValues(*db, u"cases"_s, u"status"_s);
    QVERIFY2(!checked.isEmpty(), "no CHECK on cases.status found in the live schema");
    QCOMPARE(checked, sorted(used));
}

// The office's part of a case's life: from registration to the decision, nothing of the counter's.
void TestOfficeSchema::officeStatusesFollowTheLifecycle()
{
    QCOMPARE(officeCaseStatuses(),
        (QList<CaseStatus> { CaseStatus::Registered, CaseStatus::InReview, CaseStatus::Issued,
            CaseStatus::PartlyIssued, CaseStatus::Refused }));
}

void TestOfficeSchema::rolesAreTheWorkstationRoles()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    QStringList used;
    for (const Role role : workstationRoles())
        used.append(workstationRoleKey(role));
    const QStringList checked = checkedValues(*db, u"workstations"_s, u"role"_s);
    QVERIFY2(!checked.isEmpty(), "no CHECK on workstations.role found in the live schema");
    QCOMPARE(checked, sorted(used));
}

void TestOfficeSchema::refusalGroundsAreTheRules()
{
    std::unique_ptr<OfficeDatabase> db = freshDatabase();
    QVERIFY(db);
    QStringList used;
    for (const RefusalGround ground : allRefusalGrounds())
        used.append(QString::number(refusalGroundNumber(ground)));
    const QStringList checked = checkedValues(*db, u"case_lines"_s, u"refusal_ground"_s);
    QVERIFY2(!checked.isEmpty(), "no CHECK on case_lines.refusal_ground found in the live schema");
    QCOMPARE(checked, sorted(used));
}

// Schema 3 to 4: the workstations keep their tokens and get an empty place (a review desk then
// sees nothing until it is registered anew); the cases get the department and subject type of
// their application and a place in the review queue; the registry's rows stay, with an empty
// place, and the time they were imported becomes the registry's import.
void TestOfficeSchema::upgradeToTheReviewDesk()
{
    QFETCH(QString, backend);
    const Result<OfficeLocation> location = OfficeLocation::parse(officetest::newDatabaseUrl(backend, m_dir));
    QVERIFY(location);
    QString error;
    QVERIFY2(officetest::createOfficeSchema(*location, 3, &error), qPrintable(error));
    const QString subject = officetest::bin(1);
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject application
        = officetest::applicationJson(subject, { officetest::product(1, u"АИ-92"_s) });
    const QStringList rows = {
        u"INSERT INTO workstations (name, role, token_hash, created_at) VALUES "
        u"('AST01', 'counter', ?, '2026-03-01T00:00:00.000Z')"_s,
        u"INSERT INTO workstations (name, role, token_hash, created_at) VALUES "
        u"('DGD-11', 'review', ?, '2026-03-01T00:00:00.000Z')"_s,
        u"INSERT INTO taxpayers (taxpayer_id, name, activity, registered_on, imported_at) VALUES "
        u"(?, 'ТОО А', 'petroleum_production', '2001-01-01', '2026-03-02T03:04:05.006Z')"_s,
        u"INSERT INTO cases (case_uid, case_number, content_hash, workstation, taxpayer_id, country, atu, "
        u"application, received_at, arrived_at, registered_at, due_at, status) VALUES "
        u"(?, 'AST01-2026-000001', 'x', 'AST01', ?, 3, 1, ?, '2026-03-20T10:00:00.000Z', "
        u"'2026-03-20T10:05:00.000Z', '2026-03-20T10:05:00.000Z', '2026-03-26T13:30:00.000Z', 'registered')"_s,
        u"INSERT INTO case_lines (case_uid, line_no, product_type, name, norm_name, spec) VALUES "
        u"(?, 1, 1, 'АИ-92', 'аи-92', 'СТ')"_s,
    };
    const QList<QVariantList> values = { { OfficeStore::tokenHash(u"counter-token"_s) },
        { OfficeStore::tokenHash(u"review-token"_s) }, { subject },
        { uid, subject, QString::fromUtf8(QJsonDocument(application).toJson(QJsonDocument::Compact)) },
        { uid } };
    QVERIFY2(officetest::execOnOfficeDatabase(*location, rows, values, &error), qPrintable(error));

    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(*location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
    QCOMPARE((*db)->schemaVersion(), officeSchemaVersion());
    QSqlDatabase c = (*db)->connection();
    QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM workstations WHERE place = ''"_s)->toInt(), 2);
    QCOMPARE(scalar(c, u"SELECT department_code FROM cases"_s)->toString(), u"11"_s);
    QCOMPARE(scalar(c, u"SELECT subject_type FROM cases"_s)->toString(), u"producer"_s);
    QCOMPARE(scalar(c, u"SELECT queue_seq FROM cases"_s)->toInt(), 1);
    QCOMPARE(scalar(c, u"SELECT value FROM counters WHERE name = 'queue_seq'"_s)->toInt(), 1);
    QCOMPARE(scalar(c, u"SELECT place FROM taxpayers WHERE taxpayer_id = ?"_s, { subject })->toString(),
        QString());

    OfficeStore store(**db);
    const RegistryInfo registry = store.registryInfo().value();
    QCOMPARE(registry.registrations, 1);
    QCOMPARE(registry.importedAt, QDateTime(QDate(2026, 3, 2), QTime(3, 4, 5, 6), QTimeZone::utc()));
    const Workstation review = store.authenticate(u"review-token"_s)->value();
    QCOMPARE(review.place, QString());
    QCOMPARE(store.queue(review, 0, 100)->size(), 0);
    QCOMPARE(store.startReview(review, uid).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(scalar(c, u"SELECT status FROM cases"_s)->toString(), u"registered"_s);
    // Registered anew with its department, the desk sees the case.
    QVERIFY(store.registerWorkstation(u"DGD-11-desk"_s, Role::Reviewer, u"11"_s));
    const Workstation desk { u"DGD-11-desk"_s, Role::Reviewer, u"11"_s };
    QCOMPARE(store.queue(desk, 0, 100)->size(), 1);
    QVERIFY(store.startReview(desk, uid));
}

// Schema 4 to 5: the cases stay as they were, without a clerk named (the counters of before did
// not send one); no print and no check is on record yet, and both can be recorded.
void TestOfficeSchema::upgradeToCertificates()
{
    QFETCH(QString, backend);
    const Result<OfficeLocation> location = OfficeLocation::parse(officetest::newDatabaseUrl(backend, m_dir));
    QVERIFY(location);
    QString error;
    QVERIFY2(officetest::createOfficeSchema(*location, 4, &error), qPrintable(error));
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QStringList rows = {
        u"INSERT INTO workstations (name, role, place, token_hash, created_at) VALUES "
        u"('AST01', 'counter', 'SC-AKM-01', 'h', '2026-03-01T00:00:00.000Z')"_s,
        u"INSERT INTO cases (case_uid, case_number, content_hash, workstation, taxpayer_id, country, atu, "
        u"application, received_at, arrived_at, registered_at, due_at, status, department_code, queue_seq) "
        u"VALUES "
        u"(?, 'AST01-2026-000001', 'x', 'AST01', ?, 3, 1, '{}', '2026-03-20T10:00:00.000Z', "
        u"'2026-03-20T10:05:00.000Z', '2026-03-20T10:05:00.000Z', '2026-03-26T13:30:00.000Z', 'registered', "
        u"'11', "
        u"1)"_s,
    };
    QVERIFY2(officetest::execOnOfficeDatabase(*location, rows, { {}, { uid, officetest::bin(1) } }, &error),
        qPrintable(error));

    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(*location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
    QCOMPARE((*db)->schemaVersion(), 5);
    QSqlDatabase c = (*db)->connection();
    QCOMPARE(
        scalar(c, u"SELECT case_number FROM cases WHERE received_by IS NULL AND received_login IS NULL"_s)
            ->toString(),
        u"AST01-2026-000001"_s);
    OfficeStore store(**db);
    QCOMPARE(store.rowCount(u"certificate_prints"_s).value(), 0);
    QCOMPARE(store.rowCount(u"verify_requests"_s).value(), 0);
    QVERIFY(store.recordPrint(CertificatePrint {
        u"P1"_s, uid, u"11-2026-000001"_s, u"AST01"_s, QString(), QString(), QDateTime(), u"KID"_s }));
    QVERIFY(store.recordVerify(VerifyRecord {
        QDateTime(), u"127.0.0.1"_s, u"11-2026-000001"_s, u"number"_s, u"genuine"_s, {}, {}, 0 }));
    QVERIFY(store.recordVerify(
        VerifyRecord { QDateTime(), u"127.0.0.1"_s, u"x"_s, u"invalid"_s, u"bad_request"_s, {}, {}, 2 }));
    QCOMPARE(store.printRecorded(u"11-2026-000001"_s, u"P1"_s).value(), true);
    QCOMPARE(store.printRecorded(u"11-2026-000002"_s, u"P1"_s).value(), false);
    QCOMPARE(scalar(c, u"SELECT value FROM counters WHERE name = 'verify_seq'"_s)->toInt(), 2);
    QCOMPARE(scalar(c, u"SELECT refused_before FROM verify_requests WHERE seq = 2"_s)->toInt(), 2);
    // A check of another kind than the three is refused by the schema itself.
    QVERIFY(
        !store.recordVerify(VerifyRecord { QDateTime(), u"::1"_s, u"x"_s, u"other"_s, u"x"_s, {}, {}, 0 }));
}

QTEST_GUILESS_MAIN(TestOfficeSchema)
#include "test_officeschema.moc"
