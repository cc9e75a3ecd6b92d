#pragma once

#include "base/result.h"
#include "users/userstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// The users table as the users folder reads it: its columns, a row as a User, and the lookups
// every part of the store shares (the receipt names the operator who took the case by id).
namespace dsn {

// The columns userFromRow() reads, in order.
QString userColumns();
User userFromRow(const QSqlQuery &q);
// The user a WHERE clause with one value finds, or nullopt.
Result<std::optional<User>> selectUser(const QSqlDatabase &db, const QString &where, const QVariant &key);
Result<QString> selectHash(const QSqlDatabase &db, qint64 id);
// The user with the id on this connection (inside a caller's transaction), or nullopt.
Result<std::optional<User>> userOnConnection(const QSqlDatabase &db, qint64 id);

// The one answer to a failed sign-in, whatever failed, so that it tells nothing.
Error wrongCredentials();

} // namespace dsn
