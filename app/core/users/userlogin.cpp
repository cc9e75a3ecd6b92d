#include "users/userstore.h"

#include "store/audittrail.h"
#include "store/sql.h"
#include "users/userrows.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

// Signing in and out: UserStore's authentication, with its lockout and audit entries.
namespace dsn {

Result<User> UserStore::authenticate(const QString &username, const QString &password)
{
    Result<std::optional<User>> found = findUser(username);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        // Check against a hash of the same cost so that the answer takes as long as for a known name.
        if (m_decoyHash.isEmpty())
            m_decoyHash = hashPassword(QUuid::createUuid().toString(), m_cost);
        (void)verifyPassword(password, m_decoyHash);
        Result<void> audited = m_db.write([&](QSqlDatabase &db) -> Result<void> {
            Result<qint64> r = AuditTrail::appendAnonymous(db, username.left(64), AuditEvent::LoginFailed,
                { { u"reason"_s, u"unknown_user"_s } }, m_db.clock());
            if (!r)
                return r.error();
            return {};
        });
        if (!audited)
            return audited.error();
        return wrongCredentials();
    }
    const User user = **found;
    const auto lockedAt = [this](const User &u) {
        return u.lockedUntil && *u.lockedUntil > m_db.clock()();
    };
    const auto lockedError = [](const QDateTime &until) {
        return makeError(ErrorCode::AccountLocked,
            QCoreApplication::translate(
                "dsn::Users", "Too many failed logins. The account is locked until %1.")
                .arg(QLocale().toString(until.toLocalTime(), u"dd.MM.yyyy HH:mm"_s)));
    };

    bool matches = false;
    if (!lockedAt(user)) {
        Result<QString> stored = selectHash(m_db.connection(), user.id);
        if (!stored)
            return stored.error();
        matches = verifyPassword(password, *stored);
    }

    std::optional<Error> refusal;
    User current = user;
    Result<void> written = m_db.write([&](QSqlDatabase &db) -> Result<void> {
        // Read again under the write lock: another attempt may have counted meanwhile.
        Result<std::optional<User>> again = selectUser(db, u"id = ?"_s, user.id);
        if (!again)
            return again.error();
        if (!again->has_value())
            return wrongCredentials();
        current = **again;
        const Actor actor = current.actor();
        const QDateTime now = m_db.clock()();
        auto audit = [&](QLatin1StringView event, const QJsonObject &details) -> Result<void> {
            Result<qint64> r = AuditTrail::append(
                db, actor, event, u"user"_s, QString::number(current.id), details, m_db.clock());
            if (!r)
                return r.error();
            return {};
        };
        if (lockedAt(current)) {
            refusal = lockedError(*current.lockedUntil);
            return audit(AuditEvent::LoginFailed, { { u"reason"_s, u"locked"_s } });
        }
        if (!matches) {
            const int attempts = current.failedAttempts + 1;
            if (attempts >= m_policy.maxFailedAttempts) {
                const QDateTime until = now.addSecs(m_policy.lockoutPeriod.count());
                if (Result<void> r
                    = sqlExec(db, u"UPDATE users SET failed_attempts = 0, locked_until = ? WHERE id = ?"_s,
                        { toStoreTime(until), current.id });
                    !r)
                    return r;
                if (Result<void> r = audit(AuditEvent::LoginFailed,
                        { { u"reason"_s, u"wrong_password"_s }, { u"attempt"_s, attempts } });
                    !r)
                    return r;
                refusal = lockedError(until);
                return audit(
                    AuditEvent::Lockout, { { u"until"_s, toStoreTime(until) }, { u"attempts"_s, attempts } });
            }
            if (Result<void> r = sqlExec(
                    db, u"UPDATE users SET failed_attempts = ? WHERE id = ?"_s, { attempts, current.id });
                !r)
                return r;
            refusal = wrongCredentials();
            return audit(AuditEvent::LoginFailed,
                { { u"reason"_s, u"wrong_password"_s }, { u"attempt"_s, attempts } });
        }
        if (!current.active) {
            refusal = makeError(ErrorCode::AccountInactive,
                QCoreApplication::translate("dsn::Users", "This account was deactivated."));
            return audit(AuditEvent::LoginFailed, { { u"reason"_s, u"inactive"_s } });
        }
        if (Result<void> r = sqlExec(db,
                u"UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"_s, { current.id });
            !r)
            return r;
        current.failedAttempts = 0;
        current.lockedUntil.reset();
        return audit(AuditEvent::Login, {});
    });
    if (!written)
        return written.error();
    if (refusal)
        return *refusal;
    return current;
}

Result<void> UserStore::recordLogout(const Actor &actor, bool idle)
{
    return m_db.write([&](QSqlDatabase &db) -> Result<void> {
        Result<qint64> r
            = AuditTrail::append(db, actor, idle ? AuditEvent::SessionLocked : AuditEvent::Logout, u"user"_s,
                actor.userId ? QString::number(*actor.userId) : QString(), {}, m_db.clock());
        if (!r)
            return r.error();
        return {};
    });
}

} // namespace dsn
