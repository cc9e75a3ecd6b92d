#include "store/schema/steps.h"

#include "store/migrations.h"
#include "store/sql.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn::migration {

Result<void> createVersion1(QSqlDatabase &db)
{
    return sqlExecAll(db,
        {
            u"PRAGMA application_id = %1"_s.arg(kStoreApplicationId),

            u"CREATE TABLE schema_version ("
            u" singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
            u" version INTEGER NOT NULL,"
            u" updated_at TEXT NOT NULL)"_s,

            u"CREATE TABLE settings ("
            u" key TEXT PRIMARY KEY,"
            u" value TEXT NOT NULL)"_s,

            u"CREATE TABLE counters ("
            u" name TEXT PRIMARY KEY,"
            u" value INTEGER NOT NULL)"_s,

            u"CREATE TABLE users ("
            u" id INTEGER PRIMARY KEY,"
            u" username TEXT NOT NULL UNIQUE COLLATE NOCASE,"
            u" full_name TEXT NOT NULL,"
            u" role TEXT NOT NULL CHECK (role IN ('operator', 'reviewer', 'admin')),"
            u" office_code TEXT NOT NULL,"
            u" password_hash TEXT NOT NULL,"
            u" failed_attempts INTEGER NOT NULL DEFAULT 0,"
            u" locked_until TEXT,"
            u" active INTEGER NOT NULL DEFAULT 1,"
            u" created_at TEXT NOT NULL,"
            u" password_changed_at TEXT NOT NULL)"_s,

            u"CREATE TABLE subjects ("
            u" id INTEGER PRIMARY KEY,"
            u" taxpayer_id TEXT NOT NULL UNIQUE CHECK (length(taxpayer_id) = 12),"
            u" name TEXT NOT NULL,"
            u" id_kind TEXT NOT NULL CHECK (id_kind IN ('iin', 'bin')),"
            u" subject_type TEXT NOT NULL CHECK (subject_type IN ('producer', 'importer')),"
            u" updated_at TEXT NOT NULL)"_s,

            u"CREATE TABLE applications ("
            u" id INTEGER PRIMARY KEY,"
            u" case_number TEXT NOT NULL UNIQUE,"
            u" uid TEXT NOT NULL UNIQUE,"
            u" subject_id INTEGER NOT NULL REFERENCES subjects(id),"
            u" taxpayer_name TEXT NOT NULL,"
            u" taxpayer_id TEXT NOT NULL,"
            u" subject_type TEXT NOT NULL,"
            u" department_code TEXT NOT NULL,"
            u" country INTEGER NOT NULL,"
            u" atu INTEGER NOT NULL,"
            u" head_name TEXT NOT NULL,"
            u" application_date TEXT NOT NULL,"
            u" received_at TEXT NOT NULL,"
            u" received_by INTEGER REFERENCES users(id),"
            u" received_by_name TEXT NOT NULL,"
            u" office_code TEXT NOT NULL,"
            u" channel TEXT NOT NULL CHECK (channel IN ('counter', 'home')),"
            u" queue_ticket TEXT,"
            u" status TEXT NOT NULL,"
            u" registered_at TEXT,"
            u" due_at TEXT,"
            u" content_hash TEXT NOT NULL,"
            u" created_at TEXT NOT NULL,"
            u" updated_at TEXT NOT NULL)"_s,

            u"CREATE TABLE product_lines ("
            u" id INTEGER PRIMARY KEY,"
            u" application_id INTEGER NOT NULL REFERENCES applications(id),"
            u" line_no INTEGER NOT NULL,"
            u" product_type INTEGER NOT NULL CHECK (product_type BETWEEN 1 AND 4),"
            u" name TEXT NOT NULL,"
            u" spec TEXT NOT NULL,"
            u" decision TEXT CHECK (decision IN ('issued', 'refused')),"
            u" dsn_code TEXT,"
            u" refusal_ground INTEGER,"
            u" refusal_text TEXT,"
            u" UNIQUE (application_id, line_no))"_s,

            u"CREATE TABLE status_events ("
            u" id INTEGER PRIMARY KEY,"
            u" application_id INTEGER NOT NULL REFERENCES applications(id),"
            u" from_status TEXT,"
            u" to_status TEXT NOT NULL,"
            u" actor_user_id INTEGER,"
            u" actor_name TEXT NOT NULL,"
            u" actor_role TEXT NOT NULL,"
            u" at TEXT NOT NULL,"
            u" comment TEXT)"_s,

            u"CREATE TABLE printed_documents ("
            u" id INTEGER PRIMARY KEY,"
            u" application_id INTEGER NOT NULL REFERENCES applications(id),"
            u" kind TEXT NOT NULL,"
            u" language TEXT NOT NULL,"
            u" content_hash TEXT NOT NULL,"
            u" printed_by INTEGER,"
            u" printed_by_name TEXT NOT NULL,"
            u" printed_at TEXT NOT NULL,"
            u" reprint_no INTEGER NOT NULL)"_s,

            u"CREATE TABLE outbox ("
            u" id INTEGER PRIMARY KEY,"
            u" application_id INTEGER NOT NULL REFERENCES applications(id),"
            u" kind TEXT NOT NULL,"
            u" payload TEXT NOT NULL,"
            u" content_hash TEXT NOT NULL,"
            u" created_at TEXT NOT NULL,"
            u" attempts INTEGER NOT NULL DEFAULT 0,"
            u" next_attempt_at TEXT,"
            u" last_error TEXT,"
            u" acknowledged_at TEXT)"_s,

            u"CREATE TABLE audit_log ("
            u" id INTEGER PRIMARY KEY,"
            u" at TEXT NOT NULL,"
            u" actor_user_id INTEGER,"
            u" actor_name TEXT NOT NULL,"
            u" actor_role TEXT NOT NULL,"
            u" event TEXT NOT NULL,"
            u" object_type TEXT,"
            u" object_id TEXT,"
            u" details TEXT NOT NULL DEFAULT '{}',"
            u" prev_hash TEXT NOT NULL,"
            u" hash TEXT NOT NULL)"_s,

            u"CREATE TABLE audit_head ("
            u" singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
            u" last_id INTEGER NOT NULL,"
            u" last_hash TEXT NOT NULL,"
            u" entries INTEGER NOT NULL)"_s,
            // The empty chain: no entry yet, the genesis hash is 64 zeros.
            u"INSERT INTO audit_head(singleton, last_id, last_hash, entries) VALUES (1, 0, '%1', 0)"_s.arg(
                QString(64, u'0')),

            u"CREATE TABLE reference_versions ("
            u" kind TEXT PRIMARY KEY,"
            u" version TEXT NOT NULL,"
            u" content_hash TEXT NOT NULL,"
            u" loaded_at TEXT NOT NULL)"_s,

            u"CREATE TABLE calendar_years ("
            u" year INTEGER PRIMARY KEY,"
            u" data TEXT NOT NULL,"
            u" updated_at TEXT NOT NULL,"
            u" updated_by TEXT NOT NULL)"_s,

            u"CREATE INDEX applications_status ON applications(status)"_s,
            u"CREATE INDEX applications_received_at ON applications(received_at)"_s,
            u"CREATE INDEX applications_due_at ON applications(due_at)"_s,
            u"CREATE INDEX applications_subject ON applications(subject_id)"_s,
            u"CREATE INDEX product_lines_application ON product_lines(application_id)"_s,
            u"CREATE INDEX status_events_application ON status_events(application_id)"_s,
            u"CREATE INDEX outbox_acknowledged ON outbox(acknowledged_at)"_s,
        });
}

} // namespace dsn::migration
