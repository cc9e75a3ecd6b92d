#pragma once

#include "base/result.h"
#include "cases/caserecord.h"

#include <QSqlDatabase>
#include <QString>

// Reading a case from the store's tables, inside the caller's transaction. Not audited: callers
// that show a case to a user go through CaseStore::openCase().
namespace dsn {

Result<qint64> findCaseId(const QSqlDatabase &db, const QString &caseNumber); // ErrorCode::NotFound
Result<CaseRecord> loadCase(const QSqlDatabase &db, const QString &caseNumber);
Result<QList<StatusEvent>> loadHistory(const QSqlDatabase &db, qint64 applicationId);

} // namespace dsn
