// The office schema's CHECK lists, read from the live database on SQLite and PostgreSQL, hold
// exactly the values the office's code uses: case statuses (the lifecycle table), workstation
// roles and refusal grounds (the Rules' numbers). A status, role or ground added in one place and
// not in the other fails here rather than in a reviewer's hands.
#include "officetestsupport.h"

#include "officecore/officestore.h"
#include "rules/refusalcheck.h"

#include <QRegularExpression>
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

QTEST_GUILESS_MAIN(TestOfficeSchema)
#include "test_officeschema.moc"
