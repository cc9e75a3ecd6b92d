#pragma once

#include "rules/permissions.h"
#include "session/sessionclock.h"
#include "users/userstore.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

class QTimer;

namespace dsn::gui {

class LockScreen;

// One signed-in user at a time: the sign-in that starts a session, the idle clock watching the
// application's input, the lock (at once or after the idle limit) that only the same user's
// password lifts, and the sign-out. Every lock, unlock and sign-out is recorded in the audit
// trail through the user store. The window hosting the work listens to the signals and shows
// or hides it; what the user may do comes from the permissions table (permits()).
class SessionController : public QObject
{
    Q_OBJECT

public:
    // `lockScreen` is the window's lock page: the controller answers its password and sign-out.
    SessionController(UserStore &users, LockScreen *lockScreen,
        SessionClock::MonotonicClock monotonicClock = {}, QObject *parent = nullptr);
    ~SessionController() override;

    void setIdleLimit(std::chrono::milliseconds limit);

    const std::optional<User> &user() const { return m_user; }
    bool isSignedIn() const { return m_user.has_value(); }
    bool isLocked() const;
    // The user's role may do the action now: signed in, and the session not locked (locked,
    // only signing out is left).
    bool permits(Action action) const;
    // The user's role may do the action, locked or not (the menus a role sees).
    bool rolePermits(Action action) const;

    // Starts the session of a user who signed in.
    void start(const User &user);
    // The window closes: the session ends without a sign-out (no ended() signal).
    void quit();
    // Asked before a sign-out the user requested (menu or lock screen); it calls `proceed` when
    // the sign-out may go on, or not at all. Without one, a request signs out at once.
    using SignOutGuard = std::function<void(std::function<void()> proceed)>;
    void setSignOutGuard(SignOutGuard guard) { m_signOutGuard = std::move(guard); }

public slots:
    // Locks when the session has been idle past the limit; true when it locked now.
    bool checkIdle();
    void lock();
    void unlock(const QString &password);
    void signOut();
    // A sign-out the user asked for: through the guard.
    void requestSignOut();

signals:
    void started();
    void locked();
    void unlocked();
    // The user signed out: nothing of their work may stay.
    void ended();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lockNow();

    UserStore &m_users;
    LockScreen *m_lockScreen = nullptr;
    SessionClock m_clock;
    std::optional<User> m_user;
    QTimer *m_idleTimer = nullptr;
    SignOutGuard m_signOutGuard;
};

} // namespace dsn::gui
