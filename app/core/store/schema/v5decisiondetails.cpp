#include "store/schema/steps.h"

#include "store/sql.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn::migration {

Result<void> addDecisionDetails(QSqlDatabase &db)
{
    return sqlExecAll(db,
        {
            u"ALTER TABLE applications ADD COLUMN decision_number TEXT"_s,
            u"ALTER TABLE applications ADD COLUMN decided_at TEXT"_s,
            u"ALTER TABLE applications ADD COLUMN decided_by_name TEXT"_s,
            u"ALTER TABLE product_lines ADD COLUMN held_code TEXT"_s,
        });
}

} // namespace dsn::migration
