#pragma once

#include "base/result.h"
#include "session/actor.h"
#include "store/database.h"
#include "users/passwordhasher.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

// Users of the workstation: operators, reviewers and administrators, each bound to an office
// (a State Corporation branch or a revenue department). Passwords are kept only as Argon2id
// hashes and are never logged or put in audit details. Repeated failed logins lock the
// account for a while; every login, failure, lockout and change of a user is audited.
namespace dsn {

struct User
{
    qint64 id = 0;
    QString username;
    QString fullName;
    Role role = Role::Operator;
    QString officeCode;
    bool active = true;
    int failedAttempts = 0;
    std::optional<QDateTime> lockedUntil;
    QDateTime createdAt;
    QDateTime passwordChangedAt;

    Actor actor() const { return Actor { id, username, role, officeCode }; }
};

struct NewUser
{
    QString username;
    QString fullName;
    Role role = Role::Operator;
    QString officeCode;
};

struct LoginPolicy
{
    int maxFailedAttempts = 5;                      // consecutive failures that lock the account
    std::chrono::seconds lockoutPeriod { 15 * 60 }; // how long it stays locked
};

class UserStore
{
public:
    // Times come from the database's clock.
    explicit UserStore(Database &db, PasswordCost cost = PasswordCost::production(), LoginPolicy policy = {});

    // Empty when acceptable, otherwise the reason (translated). Passwords: at least 10
    // characters, at most 1024, not blank, not the user name.
    static QString passwordProblem(const QString &username, const QString &password);
    static QString usernameProblem(const QString &username);
    static QString officeCodeProblem(const QString &officeCode);

    // True while the store has no user at all: the first run, which creates an administrator.
    Result<bool> needsFirstAdministrator() const;
    // Creates the first administrator (role forced to Administrator); refused once any user exists.
    Result<User> createFirstAdministrator(const NewUser &user, const QString &password);

    // Administrator or system only.
    Result<User> createUser(const Actor &by, const NewUser &user, const QString &password);
    Result<void> changeRoleAndOffice(const Actor &by, qint64 userId, Role role, const QString &officeCode);
    Result<void> setActive(const Actor &by, qint64 userId, bool active);
    Result<void> resetPassword(const Actor &by, qint64 userId, const QString &newPassword);
    Result<void> unlock(const Actor &by, qint64 userId);

    // The user changes their own password, proving the current one.
    Result<void> changeOwnPassword(qint64 userId, const QString &currentPassword, const QString &newPassword);

    // Checks the password; counts failures and locks after LoginPolicy::maxFailedAttempts.
    // Errors: AuthenticationFailed (unknown name or wrong password, same message for both),
    // AccountLocked, AccountInactive.
    Result<User> authenticate(const QString &username, const QString &password);
    // Records the end of a session (logout, or the session locked when idle).
    Result<void> recordLogout(const Actor &actor, bool idle = false);

    Result<std::optional<User>> findUser(const QString &username) const;
    Result<std::optional<User>> userById(qint64 id) const;
    Result<QList<User>> users() const;

private:
    Result<User> insertUser(const Actor &by, const NewUser &user, const QString &password, bool firstRun);
    Result<void> changeUser(const Actor &by, qint64 userId,
        const std::function<Result<QJsonObject>(QSqlDatabase &, const User &)> &change);

    Database &m_db;
    PasswordCost m_cost;
    LoginPolicy m_policy;
    QString m_decoyHash;
};

} // namespace dsn
