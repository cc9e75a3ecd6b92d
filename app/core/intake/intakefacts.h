#pragma once

#include "base/result.h"
#include "cases/application.h"
#include "rules/intakewarnings.h"

#include <QStringList>

#include <chrono>

// The counter's early warnings as the store gives them: the facts of rules/intakewarnings.h read
// from the cases and the sync backlog, and the rule applied. Used by the counter desk and by
// dsnctl case add.
namespace dsn {
class CaseStore;
class Database;

// Reads the facts for the application from the store: at most five open cases of the subject,
// its held codes, and the applications unsent for longer than unsentLimit. A subject whose IIN/BIN
// does not parse has no cases to find.
Result<IntakeFacts> readIntakeFacts(const CaseStore &cases, Database &database,
    const Application &application, std::chrono::seconds unsentLimit);

// The warnings' texts, read and ruled in one step; a store that cannot be read gives none (the
// warnings only help, the intake itself reports a store that fails).
QStringList intakeWarningTexts(const CaseStore &cases, Database &database, const Application &application,
    std::chrono::seconds unsentLimit);

} // namespace dsn
