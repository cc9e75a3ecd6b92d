#include "session/sessioncontroller.h"

#include "session/lockscreen.h"
#include "session/logindialog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace dsn::gui {

SessionController::SessionController(
    UserStore &users, LockScreen *lockScreen, SessionClock::MonotonicClock monotonicClock, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_lockScreen(lockScreen)
    , m_clock(std::chrono::minutes(10), std::move(monotonicClock))
{
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &SessionController::unlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &SessionController::requestSignOut);

    m_idleTimer = new QTimer(this);
    m_idleTimer->setInterval(std::chrono::seconds(5));
    connect(m_idleTimer, &QTimer::timeout, this, &SessionController::checkIdle);
    // Any key or mouse input anywhere in the program is activity of the session.
    qApp->installEventFilter(this);
}

SessionController::~SessionController()
{
    qApp->removeEventFilter(this);
}

void SessionController::setIdleLimit(std::chrono::milliseconds limit)
{
    m_clock.setIdleLimit(limit);
}

bool SessionController::isLocked() const
{
    return m_user && m_clock.isLocked();
}

bool SessionController::permits(Action action) const
{
    if (isLocked())
        return action == Action::SignOut && rolePermits(action);
    return rolePermits(action);
}

bool SessionController::rolePermits(Action action) const
{
    return m_user && dsn::permits(m_user->role, action);
}

void SessionController::start(const User &user)
{
    m_user = user;
    m_clock.start();
    m_idleTimer->start();
    m_lockScreen->reset();
    m_lockScreen->setUser(user.fullName);
    emit started();
}

bool SessionController::checkIdle()
{
    if (!m_user || !m_clock.checkIdle())
        return false;
    lockNow();
    return true;
}

void SessionController::lock()
{
    if (!permits(Action::LockSession))
        return;
    m_clock.lock();
    lockNow();
}

void SessionController::lockNow()
{
    (void)m_users.recordLogout(m_user->actor(), true);
    m_lockScreen->reset();
    emit locked();
}

void SessionController::unlock(const QString &password)
{
    if (!m_user || !m_clock.isLocked())
        return;
    Result<User> user = m_users.authenticate(m_user->username, password);
    if (!user) {
        std::optional<QDateTime> lockedUntil;
        if (user.error().code == ErrorCode::AccountLocked) {
            Result<std::optional<User>> found = m_users.findUser(m_user->username);
            if (found && *found)
                lockedUntil = (*found)->lockedUntil;
        }
        m_lockScreen->setMessage(loginFailureMessage(user.error(), lockedUntil));
        return;
    }
    m_user = *user;
    m_clock.start();
    m_lockScreen->reset();
    emit unlocked();
}

void SessionController::signOut()
{
    if (!permits(Action::SignOut))
        return;
    (void)m_users.recordLogout(m_user->actor(), false);
    m_clock.end();
    m_idleTimer->stop();
    m_user.reset();
    m_lockScreen->reset();
    m_lockScreen->setUser({});
    emit ended();
}

void SessionController::requestSignOut()
{
    if (!permits(Action::SignOut))
        return;
    if (m_signOutGuard)
        m_signOutGuard([this] { signOut(); });
    else
        signOut();
}

void SessionController::quit()
{
    if (!m_user)
        return;
    (void)m_users.recordLogout(m_user->actor(), false);
    m_clock.end();
    m_idleTimer->stop();
    m_user.reset();
}

bool SessionController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        // Input after the idle limit does not revive the session: it locks it, once.
        if (m_user && !m_clock.isLocked())
            m_clock.touch();
        else if (m_user)
            checkIdle();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dsn::gui
