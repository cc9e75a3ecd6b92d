#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <functional>
#include <mutex>

// The rate limit of the public certificate check (GET verify/...): at most a number of requests
// in each minute from one client address, counted from the first request of the minute. An IPv6
// address counts by its /64 network (one host may hold all of it). The counts are this process's
// own: several dsn-office processes each allow the limit.
//
// A request over the limit is refused and not recorded one by one: the first refusal of a minute
// is recorded (so that the audit shows the limit was reached), the further ones are counted and
// that count goes with the address's next recorded request (VerifyRecord::refusedBefore). So the
// audit writes stay bounded by the limit, whatever a client sends.
namespace dsn::office {

class VerifyLimiter
{
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;
    static constexpr qsizetype kMaxAddresses = 100'000;
    static constexpr std::chrono::seconds kWindow { 60 };

    struct Verdict
    {
        bool admitted = true;
        int retryAfterSeconds = 0; // when refused: until the address's minute ends, at least 1
        bool record = true;        // false: refused and only counted
        int refusedBefore = 0;     // refusals of the address not recorded before this one
    };

    explicit VerifyLimiter(int perMinute, Clock clock = {});

    Verdict admit(const QString &address);
    int perMinute() const { return m_limit; }

    // The address as the limit counts it: an IPv4 address as it is (also one mapped into IPv6),
    // an IPv6 address by its first 64 bits.
    static QString key(const QString &address);

private:
    struct Window
    {
        std::chrono::steady_clock::time_point start;
        int requests = 0;
        int unrecorded = 0;
    };
    void prune(std::chrono::steady_clock::time_point now);

    int m_limit;
    Clock m_clock;
    std::mutex m_mutex;
    QHash<QString, Window> m_windows;
};

} // namespace dsn::office
