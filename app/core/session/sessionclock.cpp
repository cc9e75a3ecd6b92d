#include "session/sessionclock.h"

#include <QElapsedTimer>

#include <memory>

namespace dsn {

SessionClock::SessionClock(std::chrono::milliseconds idleLimit, MonotonicClock clock)
    : m_limit(idleLimit)
    , m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] {
            return timer->elapsed();
        };
    }
}

qint64 SessionClock::now() const
{
    return m_clock();
}

void SessionClock::start()
{
    m_state = State::Active;
    m_lastActivity = now();
}

void SessionClock::end()
{
    m_state = State::NoSession;
}

void SessionClock::touch()
{
    if (checkIdle() || m_state != State::Active)
        return;
    m_lastActivity = now();
}

void SessionClock::lock()
{
    if (m_state == State::Active)
        m_state = State::Locked;
}

bool SessionClock::checkIdle()
{
    if (m_state == State::Active && now() - m_lastActivity >= m_limit.count()) {
        m_state = State::Locked;
        return true;
    }
    return false;
}

SessionClock::State SessionClock::state() const
{
    if (m_state == State::Active && now() - m_lastActivity >= m_limit.count())
        return State::Locked;
    return m_state;
}

std::chrono::milliseconds SessionClock::idleFor() const
{
    if (m_state != State::Active)
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(now() - m_lastActivity);
}

std::chrono::milliseconds SessionClock::remaining() const
{
    if (state() != State::Active)
        return std::chrono::milliseconds(0);
    return m_limit - idleFor();
}

} // namespace dsn
