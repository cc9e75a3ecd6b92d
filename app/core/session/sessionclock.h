#pragma once

#include <QtGlobal>

#include <chrono>
#include <functional>

// The idle lock of a signed-in session: after a period without user activity the session
// locks and stays locked until the user signs in again; activity after the limit does not
// revive it. Time comes from an injectable monotonic clock (milliseconds), so that changes of
// the wall clock do not matter and tests can move time.
namespace dsn {

class SessionClock
{
public:
    using MonotonicClock = std::function<qint64()>; // milliseconds since any fixed point

    explicit SessionClock(
        std::chrono::milliseconds idleLimit = std::chrono::minutes(10), MonotonicClock clock = {});

    enum class State { NoSession, Active, Locked };

    void start(); // a user signed in (or signed in again after a lock): active, idle time zero
    void end();   // the user signed out
    void touch(); // user activity: resets the idle time of an active session only
    void lock();  // lock at once (the user stepped away)

    // Moves an active session that has been idle past the limit to Locked. Returns true only
    // on the call that made that move (so the caller records and shows the lock once).
    bool checkIdle();

    State state() const; // Locked as soon as the limit has passed, even before checkIdle()
    bool isLocked() const { return state() == State::Locked; }
    bool isActive() const { return state() == State::Active; }

    std::chrono::milliseconds idleFor() const;   // zero without an active session
    std::chrono::milliseconds remaining() const; // until the idle lock; zero when locked or no session
    std::chrono::milliseconds idleLimit() const { return m_limit; }
    void setIdleLimit(std::chrono::milliseconds limit) { m_limit = limit; }

private:
    qint64 now() const;

    std::chrono::milliseconds m_limit;
    MonotonicClock m_clock;
    State m_state = State::NoSession;
    qint64 m_lastActivity = 0;
};

} // namespace dsn
