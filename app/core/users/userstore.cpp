#include "users/userstore.h"

#include "rules/permissions.h"
#include "store/audittrail.h"
#include "store/sql.h"
#include "users/userrows.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

bool mayManageUsers(const Actor &by)
{
    return by.isSystem() || permits(by.role, Action::ManageUsers);
}

Error notAllowed()
{
    return makeError(ErrorCode::PermissionDenied,
        QCoreApplication::translate("dsn::Users", "Only an administrator may manage users."));
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Error noSuchUser()
{
    return makeError(
        ErrorCode::NotFound, QCoreApplication::translate("dsn::Users", "There is no such user."));
}

Result<int> activeAdministrators(const QSqlDatabase &db)
{
    Result<QVariant> n = sqlScalar(db, u"SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"_s);
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace

UserStore::UserStore(Database &db, PasswordCost cost, LoginPolicy policy)
    : m_db(db)
    , m_cost(cost)
    , m_policy(policy)
{
}

QString UserStore::passwordProblem(const QString &username, const QString &password)
{
    const qsizetype length = password.toUcs4().size();
    if (length < 10)
        return QCoreApplication::translate("dsn::Users", "The password must have at least 10 characters.");
    if (length > 1024)
        return QCoreApplication::translate("dsn::Users", "The password must have at most 1024 characters.");
    if (password.trimmed().isEmpty())
        return QCoreApplication::translate("dsn::Users", "The password must not be only spaces.");
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("dsn::Users", "The password must not be the user name.");
    return {};
}

QString UserStore::usernameProblem(const QString &username)
{
    static const QRegularExpression pattern(u"^[\\p{L}\\p{N}._-]{3,64}$"_s);
    if (!pattern.match(username).hasMatch()) {
        return QCoreApplication::translate(
            "dsn::Users", "A user name has 3 to 64 letters, digits, dots, dashes or underscores.");
    }
    // Names the audit trail uses for actors that are not users.
    if (username.compare(u"system"_s, Qt::CaseInsensitive) == 0
        || username.compare(u"anonymous"_s, Qt::CaseInsensitive) == 0) {
        return QCoreApplication::translate("dsn::Users", "This user name is reserved.");
    }
    return {};
}

QString UserStore::officeCodeProblem(const QString &officeCode)
{
    static const QRegularExpression pattern(u"^[\\p{L}\\p{N}._-]{1,32}$"_s);
    if (!pattern.match(officeCode).hasMatch()) {
        return QCoreApplication::translate("dsn::Users",
            "An office code has 1 to 32 letters, digits, dots, dashes or "
            "underscores.");
    }
    return {};
}

Result<bool> UserStore::needsFirstAdministrator() const
{
    Result<QVariant> n = sqlScalar(m_db.connection(), u"SELECT count(*) FROM users"_s);
    if (!n)
        return n.error();
    return n->toInt() == 0;
}

Result<User> UserStore::createFirstAdministrator(const NewUser &user, const QString &password)
{
    NewUser admin = user;
    admin.role = Role::Administrator;
    return insertUser(Actor::system(), admin, password, true);
}

Result<User> UserStore::createUser(const Actor &by, const NewUser &user, const QString &password)
{
    if (!mayManageUsers(by))
        return notAllowed();
    return insertUser(by, user, password, false);
}

Result<User> UserStore::insertUser(
    const Actor &by, const NewUser &user, const QString &password, bool firstRun)
{
    if (const QString p = usernameProblem(user.username); !p.isEmpty())
        return invalid(p);
    if (user.role == Role::System)
        return invalid(QCoreApplication::translate("dsn::Users", "A user cannot have the system role."));
    if (const QString p = officeCodeProblem(user.officeCode); !p.isEmpty())
        return invalid(p);
    const QString fullName = user.fullName.trimmed();
    if (fullName.isEmpty() || fullName.size() > 200)
        return invalid(
            QCoreApplication::translate("dsn::Users", "The full name must have 1 to 200 characters."));
    if (const QString p = passwordProblem(user.username, password); !p.isEmpty())
        return invalid(p);

    const QString hash = hashPassword(password, m_cost);
    if (hash.isEmpty())
        return makeError(ErrorCode::Internal, QString(), u"argon2id hashing failed"_s);

    qint64 newId = 0;
    Result<void> written = m_db.write([&](QSqlDatabase &db) -> Result<void> {
        if (firstRun) {
            Result<QVariant> n = sqlScalar(db, u"SELECT count(*) FROM users"_s);
            if (!n)
                return n.error();
            if (n->toInt() != 0) {
                return makeError(ErrorCode::Conflict,
                    QCoreApplication::translate(
                        "dsn::Users", "The first administrator was already created."));
            }
        }
        Result<std::optional<User>> existing = selectUser(db, u"username = ?"_s, user.username);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            return makeError(ErrorCode::Conflict,
                QCoreApplication::translate("dsn::Users", "A user with this name already exists."));
        }
        const QString now = toStoreTime(m_db.clock()());
        Result<QSqlQuery> q = sqlRun(db,
            u"INSERT INTO users(username, full_name, role, office_code, password_hash, "
            u"created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            { user.username, fullName, roleKey(user.role), user.officeCode, hash, now, now });
        if (!q)
            return q.error();
        newId = q->lastInsertId().toLongLong();
        q->finish();
        Actor actor = by;
        if (firstRun)
            actor = Actor { newId, user.username, Role::Administrator, user.officeCode };
        QJsonObject details { { u"username"_s, user.username }, { u"role"_s, roleKey(user.role) },
            { u"office"_s, user.officeCode } };
        if (firstRun)
            details.insert(u"first_run"_s, true);
        Result<qint64> audited = AuditTrail::append(
            db, actor, AuditEvent::UserCreated, u"user"_s, QString::number(newId), details, m_db.clock());
        if (!audited)
            return audited.error();
        return {};
    });
    if (!written)
        return written.error();
    Result<std::optional<User>> created = userById(newId);
    if (!created)
        return created.error();
    if (!created->has_value())
        return noSuchUser();
    return **created;
}

Result<void> UserStore::changeUser(const Actor &by, qint64 userId,
    const std::function<Result<QJsonObject>(QSqlDatabase &, const User &)> &change)
{
    if (!mayManageUsers(by))
        return notAllowed();
    return m_db.write([&](QSqlDatabase &db) -> Result<void> {
        Result<std::optional<User>> user = selectUser(db, u"id = ?"_s, userId);
        if (!user)
            return user.error();
        if (!user->has_value())
            return noSuchUser();
        Result<QJsonObject> details = change(db, **user);
        if (!details)
            return details.error();
        QJsonObject d = *details;
        d.insert(u"username"_s, (*user)->username);
        Result<qint64> audited = AuditTrail::append(
            db, by, AuditEvent::UserChanged, u"user"_s, QString::number(userId), d, m_db.clock());
        if (!audited)
            return audited.error();
        return {};
    });
}

Result<void> UserStore::changeRoleAndOffice(
    const Actor &by, qint64 userId, Role role, const QString &officeCode)
{
    if (role == Role::System)
        return invalid(QCoreApplication::translate("dsn::Users", "A user cannot have the system role."));
    if (const QString p = officeCodeProblem(officeCode); !p.isEmpty())
        return invalid(p);
    return changeUser(by, userId, [&](QSqlDatabase &db, const User &user) -> Result<QJsonObject> {
        if (user.role == Role::Administrator && role != Role::Administrator && user.active) {
            Result<int> admins = activeAdministrators(db);
            if (!admins)
                return admins.error();
            if (*admins <= 1) {
                return invalid(QCoreApplication::translate("dsn::Users",
                    "The last active administrator must stay an "
                    "administrator."));
            }
        }
        if (Result<void> r = sqlExec(db, u"UPDATE users SET role = ?, office_code = ? WHERE id = ?"_s,
                { roleKey(role), officeCode, userId });
            !r)
            return r.error();
        return QJsonObject { { u"change"_s, u"role_office"_s }, { u"role_before"_s, roleKey(user.role) },
            { u"role"_s, roleKey(role) }, { u"office_before"_s, user.officeCode },
            { u"office"_s, officeCode } };
    });
}

Result<void> UserStore::setActive(const Actor &by, qint64 userId, bool active)
{
    return changeUser(by, userId, [&](QSqlDatabase &db, const User &user) -> Result<QJsonObject> {
        if (!active && user.active && user.role == Role::Administrator) {
            Result<int> admins = activeAdministrators(db);
            if (!admins)
                return admins.error();
            if (*admins <= 1) {
                return invalid(QCoreApplication::translate("dsn::Users",
                    "The last active administrator cannot be "
                    "deactivated."));
            }
        }
        if (Result<void> r
            = sqlExec(db, u"UPDATE users SET active = ? WHERE id = ?"_s, { active ? 1 : 0, userId });
            !r)
            return r.error();
        return QJsonObject { { u"change"_s, active ? u"activated"_s : u"deactivated"_s } };
    });
}

Result<void> UserStore::resetPassword(const Actor &by, qint64 userId, const QString &newPassword)
{
    Result<std::optional<User>> user = userById(userId);
    if (!user)
        return user.error();
    if (!user->has_value())
        return noSuchUser();
    if (const QString p = passwordProblem((*user)->username, newPassword); !p.isEmpty())
        return invalid(p);
    const QString hash = hashPassword(newPassword, m_cost);
    if (hash.isEmpty())
        return makeError(ErrorCode::Internal, QString(), u"argon2id hashing failed"_s);
    return changeUser(by, userId, [&](QSqlDatabase &db, const User &) -> Result<QJsonObject> {
        if (Result<void> r = sqlExec(db,
                u"UPDATE users SET password_hash = ?, password_changed_at = ?, "
                u"failed_attempts = 0, locked_until = NULL WHERE id = ?"_s,
                { hash, toStoreTime(m_db.clock()()), userId });
            !r)
            return r.error();
        return QJsonObject { { u"change"_s, u"password_reset"_s } };
    });
}

Result<void> UserStore::unlock(const Actor &by, qint64 userId)
{
    return changeUser(by, userId, [&](QSqlDatabase &db, const User &) -> Result<QJsonObject> {
        if (Result<void> r = sqlExec(
                db, u"UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"_s, { userId });
            !r)
            return r.error();
        return QJsonObject { { u"change"_s, u"unlocked"_s } };
    });
}

Result<void> UserStore::changeOwnPassword(
    qint64 userId, const QString &currentPassword, const QString &newPassword)
{
    Result<std::optional<User>> user = userById(userId);
    if (!user)
        return user.error();
    if (!user->has_value() || !(*user)->active)
        return noSuchUser();
    Result<QString> stored = selectHash(m_db.connection(), userId);
    if (!stored)
        return stored.error();
    if (!verifyPassword(currentPassword, *stored))
        return wrongCredentials();
    if (const QString p = passwordProblem((*user)->username, newPassword); !p.isEmpty())
        return invalid(p);
    if (newPassword == currentPassword)
        return invalid(
            QCoreApplication::translate("dsn::Users", "The new password must differ from the old one."));
    const QString hash = hashPassword(newPassword, m_cost);
    if (hash.isEmpty())
        return makeError(ErrorCode::Internal, QString(), u"argon2id hashing failed"_s);
    const Actor self = (*user)->actor();
    return m_db.write([&](QSqlDatabase &db) -> Result<void> {
        if (Result<void> r
            = sqlExec(db, u"UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?"_s,
                { hash, toStoreTime(m_db.clock()()), userId });
            !r)
            return r;
        Result<qint64> audited
            = AuditTrail::append(db, self, AuditEvent::UserChanged, u"user"_s, QString::number(userId),
                { { u"change"_s, u"password_changed"_s }, { u"username"_s, self.name } }, m_db.clock());
        if (!audited)
            return audited.error();
        return {};
    });
}

Result<std::optional<User>> UserStore::findUser(const QString &username) const
{
    return selectUser(m_db.connection(), u"username = ?"_s, username);
}

Result<std::optional<User>> UserStore::userById(qint64 id) const
{
    return userOnConnection(m_db.connection(), id);
}

Result<QList<User>> UserStore::users() const
{
    Result<QSqlQuery> q
        = sqlRun(m_db.connection(), u"SELECT "_s + userColumns() + u" FROM users ORDER BY username"_s);
    if (!q)
        return q.error();
    QList<User> list;
    while (q->next())
        list.append(userFromRow(*q));
    q->finish();
    return list;
}

} // namespace dsn
