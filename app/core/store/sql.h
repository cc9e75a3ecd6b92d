#pragma once

#include "base/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <optional>

// Small helpers for running statements on a store connection: forward-only queries with
// positional values, and errors turned into store errors.
namespace dsn {

// Busy (5) and locked (6) become ErrorCode::Busy, constraint failures (19) ErrorCode::Conflict,
// "not a database" (26) ErrorCode::NotAStore, "malformed" (11) ErrorCode::Damaged, the rest
// ErrorCode::Sql. The message names what was being done; the SQL error text goes to detail.
Error sqlError(const QSqlError &error, const QString &whatFailed);
bool isBusyError(const QSqlError &error);

// Prepares and runs one statement with positional values (?). The query is forward-only;
// read its rows, then let it go out of scope (or call finish()).
Result<QSqlQuery> sqlRun(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Runs one statement and finishes it.
Result<void> sqlExec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Whether the connection is inside a transaction (BEGIN ... not yet committed); nullopt when
// the connection is not an open SQLite connection.
std::optional<bool> sqlInTransaction(const QSqlDatabase &db);

// Runs statements one after another (schema steps); stops at the first failure.
Result<void> sqlExecAll(const QSqlDatabase &db, const QStringList &statements);

// The first column of the first row; an invalid QVariant when there is no row.
Result<QVariant> sqlScalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// SQL NULL for empty text or a missing id, the value otherwise (bound as a typed NULL, so a
// null QString is never mistaken for '').
QVariant sqlNullable(const QString &text);
QVariant sqlNullable(const std::optional<qint64> &id);

} // namespace dsn
