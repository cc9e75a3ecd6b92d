// The office schema. The statements are written in the SQL that PostgreSQL and SQLite both
// accept; where the dialects differ, the variant is chosen here and nowhere else. Times are
// ISO 8601 text in UTC with milliseconds (base/storetime.h), which sorts in time order.
#include "officecore/officedatabase.h"

#include "rules/productname.h"

#include <QJsonDocument>
#include <QJsonObject>
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

// Version 4: the review desk. Workstations have a place (a counter its State Corporation branch,
// a review desk its State Revenue Department: it sees only that department's cases; existing
// workstations get an empty place, which shows a review desk nothing until it is registered
// anew). Cases carry the department and subject type of their application (filled from the
// stored application by schemaDataStep()), their place in the review queue (queue_seq, numbered
// by the counter row "queue_seq" at every change), who has taken them, and the decision's number
// and reviewer. The taxpayer registry becomes one row per registration (Tax Code art. 88:
// activity, place, dates), with a record of each import; the rows of the old registry are kept
// with an empty place. Decisions are kept by their idempotency keys.
QStringList reviewDeskStatements()
{
    return {
        u"ALTER TABLE workstations ADD COLUMN place TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE cases ADD COLUMN department_code TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE cases ADD COLUMN subject_type TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE cases ADD COLUMN queue_seq BIGINT NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE cases ADD COLUMN taken_workstation TEXT"_s,
        u"ALTER TABLE cases ADD COLUMN taken_by TEXT"_s,
        u"ALTER TABLE cases ADD COLUMN taken_login TEXT"_s,
        u"ALTER TABLE cases ADD COLUMN taken_at TEXT"_s,
        u"ALTER TABLE cases ADD COLUMN decision_number TEXT"_s,
        u"ALTER TABLE cases ADD COLUMN decided_by TEXT"_s,
        u"ALTER TABLE cases ADD COLUMN decided_login TEXT"_s,
        u"ALTER TABLE cases ADD COLUMN decided_workstation TEXT"_s,
        u"CREATE UNIQUE INDEX cases_by_decision_number ON cases (decision_number)"_s,
        u"CREATE INDEX cases_by_queue ON cases (department_code, queue_seq)"_s,
        u"ALTER TABLE case_lines ADD COLUMN held_code TEXT"_s,
        u"ALTER TABLE events ADD COLUMN decision_number TEXT"_s,
        u"ALTER TABLE events ADD COLUMN reviewer TEXT"_s,
        u"ALTER TABLE events ADD COLUMN reviewer_login TEXT"_s,
        u"INSERT INTO counters (name, value) VALUES ('queue_seq', 0)"_s,
        // A new table under another name first: PostgreSQL keeps an index's name when its table
        // is renamed, so the old one must be gone before the new one takes the name.
        u"CREATE TABLE taxpayers_v4 ("
        u" taxpayer_id TEXT NOT NULL,"
        u" name TEXT NOT NULL,"
        u" activity TEXT NOT NULL,"
        u" place TEXT NOT NULL,"
        u" registered_on TEXT NOT NULL,"
        u" deregistered_on TEXT CHECK (deregistered_on IS NULL OR deregistered_on >= registered_on),"
        u" PRIMARY KEY (taxpayer_id, activity, place, registered_on))"_s,
        u"INSERT INTO taxpayers_v4 (taxpayer_id, name, activity, place, registered_on)"
        u" SELECT taxpayer_id, name, activity, '', registered_on FROM taxpayers"_s,
        u"CREATE TABLE registry_imports ("
        u" seq INTEGER PRIMARY KEY,"
        u" imported_at TEXT NOT NULL,"
        u" registrations INTEGER NOT NULL,"
        u" source TEXT NOT NULL)"_s,
        u"INSERT INTO registry_imports (seq, imported_at, registrations, source)"
        u" SELECT 1, t.last_import, t.row_count, 'schema 4 upgrade' FROM"
        u" (SELECT MAX(imported_at) AS last_import, COUNT(*) AS row_count FROM taxpayers) t"
        u" WHERE t.row_count > 0"_s,
        u"DROP TABLE taxpayers"_s,
        u"ALTER TABLE taxpayers_v4 RENAME TO taxpayers"_s,
        // The first answer to a decision under its key, returned as it was to a retry.
        u"CREATE TABLE decision_keys ("
        u" idempotency_key TEXT PRIMARY KEY,"
        u" case_uid TEXT NOT NULL REFERENCES cases (case_uid),"
        u" workstation TEXT NOT NULL,"
        u" request_hash TEXT NOT NULL,"
        u" answer TEXT NOT NULL,"
        u" created_at TEXT NOT NULL)"_s,
    };
}

// Version 5: certificates printed and checked. Every print of a DSN certificate gets its own
// print id, signed into the token of its QR code (docs/certificates.md) and recorded here, so
// that the public check (GET verify/...) knows which prints the office made; every check is
// recorded too (verify_requests, numbered by the counter row "verify_seq"; requests refused by
// the rate limit are counted in the next row of their address, see docs/office.md). Cases keep
// the counter clerk who took the application in, as the counter says with its push.
QStringList certificateStatements()
{
    return {
        u"CREATE TABLE certificate_prints ("
        u" print_id TEXT PRIMARY KEY,"
        u" case_uid TEXT NOT NULL REFERENCES cases (case_uid),"
        u" decision_number TEXT NOT NULL,"
        u" workstation TEXT NOT NULL,"
        u" printed_by TEXT,"
        u" login TEXT,"
        u" printed_at TEXT NOT NULL,"
        u" kid TEXT NOT NULL)"_s,
        u"CREATE INDEX certificate_prints_by_number ON certificate_prints (decision_number)"_s,
        u"CREATE TABLE verify_requests ("
        u" seq BIGINT PRIMARY KEY,"
        u" at TEXT NOT NULL,"
        u" remote_address TEXT NOT NULL,"
        u" asked TEXT NOT NULL,"
        u" kind TEXT NOT NULL CHECK (kind IN ('number', 'token', 'invalid')),"
        u" outcome TEXT NOT NULL,"
        u" certificate_number TEXT,"
        u" print_id TEXT,"
        u" refused_before INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX verify_requests_by_time ON verify_requests (at)"_s,
        u"INSERT INTO counters (name, value) VALUES ('verify_seq', 0)"_s,
        u"ALTER TABLE cases ADD COLUMN received_by TEXT"_s,
        u"ALTER TABLE cases ADD COLUMN received_login TEXT"_s,
    };
}

} // namespace

QStringList schemaStatements(Dialect dialect, int version)
{
    Q_UNUSED(dialect); // versions 1 to 5 need no dialect variant
    if (version == 2)
        return auditAnchorStatements();
    if (version == 3)
        return {}; // product names re-keyed by schemaDataStep()
    if (version == 4)
        return reviewDeskStatements();
    if (version == 5)
        return certificateStatements();
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

// Version 4: each case's department and subject type from its stored application, and its place
// in the review queue in the order the cases arrived.
Result<void> fillReviewQueue(QSqlDatabase &db)
{
    Result<QSqlQuery> cases
        = run(db, u"SELECT case_uid, application FROM cases ORDER BY arrived_at, case_uid"_s);
    if (!cases)
        return cases.error();
    struct Case
    {
        QString caseUid;
        QString department;
        QString subjectType;
    };
    QList<Case> all;
    while (cases->next()) {
        const QJsonObject application = QJsonDocument::fromJson(cases->value(1).toString().toUtf8()).object();
        all.append({ cases->value(0).toString(), application.value(u"department"_s).toString(),
            application.value(u"subject_type"_s).toString() });
    }
    cases->finish();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (Result<void> r = exec(db,
                u"UPDATE cases SET department_code = ?, subject_type = ?, queue_seq = ? WHERE case_uid = ?"_s,
                { all.at(i).department, all.at(i).subjectType, qint64(i + 1), all.at(i).caseUid });
            !r)
            return r;
    }
    return exec(db, u"UPDATE counters SET value = ? WHERE name = 'queue_seq'"_s, { qint64(all.size()) });
}

} // namespace

Result<void> schemaDataStep(QSqlDatabase &db, Dialect dialect, int version)
{
    Q_UNUSED(dialect);
    if (version == 3)
        return rekeyProductNames(db);
    if (version == 4)
        return fillReviewQueue(db);
    return {};
}

} // namespace dsn::office
