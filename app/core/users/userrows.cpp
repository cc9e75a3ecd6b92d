#include "users/userrows.h"

#include "store/sql.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

QString userColumns()
{
    return u"id, username, full_name, role, office_code, active, failed_attempts, locked_until, "
           u"created_at, password_changed_at"_s;
}

User userFromRow(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.role = roleFromKey(q.value(3).toString()).value_or(Role::Operator);
    u.officeCode = q.value(4).toString();
    u.active = q.value(5).toInt() != 0;
    u.failedAttempts = q.value(6).toInt();
    if (!q.value(7).isNull())
        u.lockedUntil = fromStoreTime(q.value(7).toString());
    u.createdAt = fromStoreTime(q.value(8).toString()).value_or(QDateTime());
    u.passwordChangedAt = fromStoreTime(q.value(9).toString()).value_or(QDateTime());
    return u;
}

Result<std::optional<User>> selectUser(const QSqlDatabase &db, const QString &where, const QVariant &key)
{
    Result<QSqlQuery> q = sqlRun(db, u"SELECT "_s + userColumns() + u" FROM users WHERE "_s + where, { key });
    if (!q)
        return q.error();
    std::optional<User> user;
    if (q->next())
        user = userFromRow(*q);
    q->finish();
    return user;
}

Result<QString> selectHash(const QSqlDatabase &db, qint64 id)
{
    Result<QVariant> v = sqlScalar(db, u"SELECT password_hash FROM users WHERE id = ?"_s, { id });
    if (!v)
        return v.error();
    return v->toString();
}

Error wrongCredentials()
{
    return makeError(ErrorCode::AuthenticationFailed,
        QCoreApplication::translate("dsn::Users", "The user name or the password is wrong."));
}

Result<std::optional<User>> userOnConnection(const QSqlDatabase &db, qint64 id)
{
    return selectUser(db, u"id = ?"_s, id);
}

} // namespace dsn
