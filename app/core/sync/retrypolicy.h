#pragma once

#include <QDateTime>

#include <functional>

// When a failed push is tried again: exponential backoff with jitter. The n-th failure in a row
// waits a ceiling of base * 2^(n-1), capped at max, and then a random part of it: between half
// the ceiling and the whole ceiling, so that workstations that failed together do not come back
// together. The random source is injectable (tests); it returns a number in [0, 1).
namespace dsn {

using RandomSource = std::function<double()>;

// A uniform random number in [0, 1) from the system's generator.
RandomSource systemRandom();

struct RetryPolicy
{
    qint64 baseMs = 10'000;     // first retry after 5-10 s
    qint64 maxMs = 30 * 60'000; // never more than 30 minutes
    qint64 minMs = 1'000;       // never sooner than a second

    // The ceiling of the wait after `failures` failures in a row (1 for the first).
    qint64 ceilingMs(int failures) const;
    // The wait itself, for a random value r in [0, 1) (values outside are clamped).
    qint64 delayMs(int failures, double r) const;
    QDateTime nextAttempt(const QDateTime &now, int failures, const RandomSource &random) const;
};

} // namespace dsn
