#pragma once

#include <QSqlDatabase>
#include <QStringList>

// What a store's cases must satisfy beyond SQLite's own checks and the audit chain; `dsnctl db
// check` reports every breach. Each case number is handed out once, so:
// - every case number parses, and the serials of one workstation and year are distinct;
// - no case of this workstation has a serial above its year's counter (a counter behind its
//   cases hands numbers out again);
// - every intake in the audit trail names a case that is in the store, and no case number was
//   taken in twice (a case whose intake is recorded but which is gone was lost).
namespace dsn {

// The breaches found, translated; empty when the cases agree. Read inside one read transaction
// or on a read-only connection.
QStringList caseConsistencyProblems(const QSqlDatabase &db);

} // namespace dsn
