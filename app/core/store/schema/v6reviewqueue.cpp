#include "store/schema/steps.h"

#include "store/sql.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn::migration {

Result<void> addReviewQueue(QSqlDatabase &db)
{
    return sqlExecAll(db,
        {
            u"ALTER TABLE applications ADD COLUMN origin TEXT NOT NULL DEFAULT 'intake'"
            u" CHECK (origin IN ('intake', 'queue'))"_s,
            u"ALTER TABLE applications ADD COLUMN taken_by_name TEXT"_s,
            u"ALTER TABLE applications ADD COLUMN taken_by_login TEXT"_s,
            u"ALTER TABLE applications ADD COLUMN taken_at TEXT"_s,
            u"CREATE INDEX applications_queue ON applications(origin, due_at)"_s,
            u"ALTER TABLE sync_state ADD COLUMN queue_seq INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE TABLE pending_decisions ("
            u" id INTEGER PRIMARY KEY,"
            u" application_id INTEGER NOT NULL UNIQUE REFERENCES applications(id),"
            u" idempotency_key TEXT NOT NULL UNIQUE,"
            u" body TEXT NOT NULL,"
            u" reviewer_user_id INTEGER REFERENCES users(id),"
            u" reviewer_name TEXT NOT NULL,"
            u" created_at TEXT NOT NULL,"
            u" attempts INTEGER NOT NULL DEFAULT 0,"
            u" last_error TEXT,"
            u" answered_at TEXT,"
            u" failure TEXT)"_s,
        });
}

} // namespace dsn::migration
