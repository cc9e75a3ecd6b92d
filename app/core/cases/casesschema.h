#pragma once

#include "store/result.h"

#include <QSqlDatabase>

// The schema steps of the case operations, listed in store/migrations.cpp.
namespace dsn::migration {

// Version 2: the full-text index of cases (FTS5 over case number, IIN/BIN, taxpayer name and
// product names) kept in step with applications and product_lines by triggers, filled from the
// cases already stored; an index for listing by status in receipt order, and indexes on the
// case's printed documents and outbox rows.
Result<void> addCaseSearch(QSqlDatabase &db);

} // namespace dsn::migration
