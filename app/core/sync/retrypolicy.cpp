#include "sync/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace dsn {

RandomSource systemRandom()
{
    return [] {
        return QRandomGenerator::global()->generateDouble();
    };
}

qint64 RetryPolicy::ceilingMs(int failures) const
{
    const qint64 cap = std::max(maxMs, minMs);
    qint64 ceiling = std::max<qint64>(baseMs, 1);
    for (int i = 1; i < failures && ceiling < cap; ++i)
        ceiling *= 2;
    return std::clamp(ceiling, minMs, cap);
}

qint64 RetryPolicy::delayMs(int failures, double r) const
{
    const double unit = std::clamp(r, 0.0, 1.0);
    const qint64 ceiling = ceilingMs(failures);
    const qint64 half = ceiling / 2;
    const qint64 delay = half + qint64(double(ceiling - half) * unit);
    return std::clamp(delay, minMs, ceiling);
}

QDateTime RetryPolicy::nextAttempt(const QDateTime &now, int failures, const RandomSource &random) const
{
    return now.addMSecs(delayMs(failures, random ? random() : 0.5));
}

} // namespace dsn
