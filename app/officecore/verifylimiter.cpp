#include "officecore/verifylimiter.h"

#include <arpa/inet.h>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

VerifyLimiter::VerifyLimiter(int perMinute, Clock clock)
    : m_limit(qMax(1, perMinute))
    , m_clock(clock ? std::move(clock) : Clock([] { return std::chrono::steady_clock::now(); }))
{
}

QString VerifyLimiter::key(const QString &address)
{
    in6_addr v6 {};
    const QByteArray text = address.toLatin1();
    if (!address.contains(u':') || inet_pton(AF_INET6, text.constData(), &v6) != 1)
        return address;
    static const unsigned char mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
    if (std::memcmp(v6.s6_addr, mapped, sizeof mapped) == 0) {
        char v4[INET_ADDRSTRLEN] = {};
        inet_ntop(AF_INET, v6.s6_addr + 12, v4, sizeof v4);
        return QString::fromLatin1(v4);
    }
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(v6.s6_addr), 8).toHex())
        + u"::/64"_s;
}

void VerifyLimiter::prune(std::chrono::steady_clock::time_point now)
{
    // Ended minutes first, those with uncounted refusals last; then any, a tenth of the table at
    // once, so that it stays bounded, and cheap to keep, also under a flood of addresses.
    for (const bool keepUnrecorded : { true, false }) {
        for (auto it = m_windows.begin(); it != m_windows.end();) {
            const bool ended = now - it->start >= kWindow;
            if (ended && (!keepUnrecorded || it->unrecorded == 0))
                it = m_windows.erase(it);
            else
                ++it;
        }
        if (m_windows.size() < kMaxAddresses)
            return;
    }
    while (m_windows.size() > kMaxAddresses - kMaxAddresses / 10)
        m_windows.erase(m_windows.begin());
}

VerifyLimiter::Verdict VerifyLimiter::admit(const QString &address)
{
    const auto now = m_clock();
    const QString k = key(address);
    const std::lock_guard lock(m_mutex);
    if (!m_windows.contains(k) && m_windows.size() >= kMaxAddresses)
        prune(now);
    Window &w = m_windows[k];
    if (w.requests == 0 || now - w.start >= kWindow) {
        w.start = now;
        w.requests = 0;
    }
    ++w.requests;
    Verdict verdict;
    verdict.admitted = w.requests <= m_limit;
    verdict.record = w.requests <= m_limit + 1;
    if (!verdict.admitted) {
        const auto left = std::chrono::ceil<std::chrono::seconds>(kWindow - (now - w.start));
        verdict.retryAfterSeconds = int(qMax<qint64>(1, left.count()));
    }
    if (verdict.record) {
        verdict.refusedBefore = w.unrecorded;
        w.unrecorded = 0;
    } else {
        ++w.unrecorded;
    }
    return verdict;
}

} // namespace dsn::office
