// The office schema. The statements are written in the SQL that PostgreSQL and SQLite both
// accept; where the dialects differ, the variant is chosen here and nowhere else. Times are
// ISO 8601 text in UTC with milliseconds (base/storetime.h), which sorts in time order.
#include "officecore/officedatabase.h"

#include "rules/productname.h"

#include <QSet>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

// Version 2: the anchors of every counter workstation's audit trail (see OfficeStore::checkAuditHead).
// An epoch starts with the workstation and again each time an administrator accepts an alert;
// anchors are compared only within the current epoch, older ones stay as history.
QStringList auditAnchorStatements()
{
    return {
        u"CREATE TABLE audit_anchors ("
        u" workstation TEXT NOT NULL REFERENCES workstations (name),"
        u" epoch INTEGER NOT NULL,"
        u" seq BIGINT NOT NULL CHECK (seq >= 0),"
        u" hash TEXT NOT NULL,"
        u" anchored_at TEXT NOT NULL,"
        u" PRIMARY KEY (workstation, epoch, seq))"_s,
        // At most one alert per epoch: the open one is the current epoch's, accepting it starts
        // the next epoch.
        u"CREATE TABLE audit_alerts ("
        u" workstation TEXT NOT NULL REFERENCES workstations (name),"
        u" epoch INTEGER NOT NULL,"
        u" raised_at TEXT NOT NULL,"
        u" reason TEXT NOT NULL,"
        u" reported_seq BIGINT,"
        u" reported_hash TEXT,"
        u" accepted_at TEXT,"
        u" accepted_by TEXT,"
        u" note TEXT,"
        u" PRIMARY KEY (workstation, epoch))"_s,
    };
}

} // namespace

QStringList schemaStatements(Dialect dialect, int version)
{
    Q_UNUSED(dialect); // versions 1 to 3 need no dialect variant
    if (version == 2)
        return auditAnchorStatements();
    if (version == 3)
        return {}; // product names re-keyed by schemaDataStep()
    if (version != 1)
        return {};
    return {
        u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
        // Counter rows: "event_seq" numbers the case events, "market_subject" the entity numbers.
        // They are updated in the transaction that uses the number: no gaps, no sequences.
        u"CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"_s,
        u"INSERT INTO counters (name, value) VALUES ('event_seq', 0)"_s,
        u"INSERT INTO counters (name, value) VALUES ('market_subject', 0)"_s,
        u"CREATE TABLE workstations ("
        u" name TEXT PRIMARY KEY,"
        u" role TEXT NOT NULL CHECK (role IN ('counter', 'review', 'admin')),"
        u" token_hash TEXT NOT NULL UNIQUE,"
        u" created_at TEXT NOT NULL,"
        u" revoked_at TEXT)"_s,
        u"CREATE TABLE taxpayers ("
        u" taxpayer_id TEXT PRIMARY KEY,"
        u" name TEXT NOT NULL,"
        u" activity TEXT NOT NULL,"
        u" registered_on TEXT NOT NULL,"
        u" imported_at TEXT NOT NULL)"_s,
        u"CREATE TABLE cases ("
        u" case_uid TEXT PRIMARY KEY,"
        u" case_number TEXT NOT NULL UNIQUE,"
        u" content_hash TEXT NOT NULL,"
        u" workstation TEXT NOT NULL REFERENCES workstations (name),"
        u" taxpayer_id TEXT NOT NULL,"
        u" country INTEGER NOT NULL,"
        u" atu INTEGER NOT NULL,"
        u" application TEXT NOT NULL,"
        u" received_at TEXT NOT NULL,"
        u" arrived_at TEXT NOT NULL,"
        u" registered_at TEXT NOT NULL,"
        u" due_at TEXT NOT NULL,"
        // officeCaseStatuses(), as the CHECK lists of roles and refusal grounds are the workstation
        // roles and the Rules' grounds: tests/office/test_officeschema.cpp holds them equal.
        u" status TEXT NOT NULL CHECK (status IN ('registered', 'in_review', 'issued', 'partly_issued', "
        u"'refused')),"
        u" decided_at TEXT)"_s,
        u"CREATE TABLE case_lines ("
        u" case_uid TEXT NOT NULL REFERENCES cases (case_uid),"
        u" line_no INTEGER NOT NULL,"
        u" product_type INTEGER NOT NULL,"
        u" name TEXT NOT NULL,"
        u" norm_name TEXT NOT NULL,"
        u" spec TEXT NOT NULL,"
        u" decision TEXT CHECK (decision IN ('issued', 'refused')),"
        u" dsn_code TEXT,"
        u" refusal_ground INTEGER CHECK (refusal_ground IN (1, 2)),"
        u" refusal_text TEXT,"
        u" PRIMARY KEY (case_uid, line_no))"_s,
        // A market subject's entity number, the same in all of its codes.
        u"CREATE TABLE subjects ("
        u" taxpayer_id TEXT PRIMARY KEY,"
        u" entity_no INTEGER NOT NULL UNIQUE CHECK (entity_no BETWEEN 1 AND 9999),"
        u" assigned_at TEXT NOT NULL)"_s,
        // The last brand number given per subject and product type.
        u"CREATE TABLE brand_counters ("
        u" taxpayer_id TEXT NOT NULL,"
        u" product_type INTEGER NOT NULL,"
        u" last_brand BIGINT NOT NULL,"
        u" PRIMARY KEY (taxpayer_id, product_type))"_s,
        u"CREATE TABLE codes ("
        u" dsn_code TEXT PRIMARY KEY,"
        u" taxpayer_id TEXT NOT NULL,"
        u" product_type INTEGER NOT NULL,"
        u" norm_name TEXT NOT NULL,"
        u" brand BIGINT NOT NULL,"
        u" case_uid TEXT NOT NULL,"
        u" line_no INTEGER NOT NULL,"
        u" issued_at TEXT NOT NULL,"
        u" UNIQUE (taxpayer_id, product_type, norm_name),"
        u" UNIQUE (taxpayer_id, product_type, brand),"
        u" FOREIGN KEY (case_uid, line_no) REFERENCES case_lines (case_uid, line_no))"_s,
        // Every stage of every case (Rules §9), numbered by the counter row "event_seq".
        u"CREATE TABLE events ("
        u" seq BIGINT PRIMARY KEY,"
        u" case_uid TEXT NOT NULL REFERENCES cases (case_uid),"
        u" workstation TEXT NOT NULL,"
        u" status TEXT NOT NULL,"
        u" at TEXT NOT NULL,"
        u" lines TEXT NOT NULL,"
        u" actor TEXT NOT NULL)"_s,
        u"CREATE INDEX events_by_workstation ON events (workstation, seq)"_s,
        u"CREATE INDEX events_by_time ON events (at)"_s,
    };
}

namespace {

// Version 2: norm_name holds productNameKey() (rules/productname.h) instead of the name with
// spaces collapsed and case folded, so that ground 2 also finds the codes issued before.
Result<void> rekeyProductNames(QSqlDatabase &db)
{
    Result<QSqlQuery> lines = run(db, u"SELECT case_uid, line_no, name, norm_name FROM case_lines"_s);
    if (!lines)
        return lines.error();
    struct Line
    {
        QString caseUid;
        int lineNo;
        QString key;
    };
    QList<Line> changedLines;
    while (lines->next()) {
        const QString key = productNameKey(lines->value(2).toString());
        if (key != lines->value(3).toString())
            changedLines.append({ lines->value(0).toString(), lines->value(1).toInt(), key });
    }
    lines->finish();
    for (const Line &line : changedLines) {
        if (Result<void> r
            = exec(db, u"UPDATE case_lines SET norm_name = ? WHERE case_uid = ? AND line_no = ?"_s,
                { line.key, line.caseUid, line.lineNo });
            !r)
            return r;
    }

    // Codes: one key per subject, product type and name (a UNIQUE constraint). Codes issued
    // under the old rule to names that now have one key (the spellings the old rule let
    // through) are all kept; the first issued takes the key, so that ground 2 finds it, and
    // each later one a key of its own, the key, U+0001 and its code: productNameKey() never
    // holds a control character, so no name can ever match such a key.
    Result<QSqlQuery> codes = run(db,
        u"SELECT c.dsn_code, c.taxpayer_id, c.product_type, l.name, c.norm_name FROM codes c"
        u" JOIN case_lines l ON l.case_uid = c.case_uid AND l.line_no = c.line_no"
        u" ORDER BY c.issued_at, c.brand, c.dsn_code"_s);
    if (!codes)
        return codes.error();
    struct Code
    {
        QString dsnCode;
        QString key;
    };
    QList<Code> changedCodes;
    QSet<QString> taken;
    while (codes->next()) {
        const QString dsnCode = codes->value(0).toString();
        QString key = productNameKey(codes->value(3).toString());
        const QString group = codes->value(1).toString() + u'|' + codes->value(2).toString() + u'|' + key;
        if (taken.contains(group))
            key += QChar(0x0001) + dsnCode;
        else
            taken.insert(group);
        if (key != codes->value(4).toString())
            changedCodes.append({ dsnCode, key });
    }
    codes->finish();
    // Two passes: a new key may be the old key of another row, and the constraint is checked
    // for each statement.
    for (const Code &code : changedCodes) {
        if (Result<void> r = exec(db, u"UPDATE codes SET norm_name = ? WHERE dsn_code = ?"_s,
                { QString(QChar(0x0002) + code.dsnCode), code.dsnCode });
            !r)
            return r;
    }
    for (const Code &code : changedCodes) {
        if (Result<void> r
            = exec(db, u"UPDATE codes SET norm_name = ? WHERE dsn_code = ?"_s, { code.key, code.dsnCode });
            !r)
            return r;
    }
    return {};
}

} // namespace

Result<void> schemaDataStep(QSqlDatabase &db, Dialect dialect, int version)
{
    Q_UNUSED(dialect);
    if (version == 3)
        return rekeyProductNames(db);
    return {};
}

} // namespace dsn::office
