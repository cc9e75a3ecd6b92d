#include "users/passwordhasher.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <argon2.h>

#include <array>

namespace dsn {

namespace {

constexpr uint32_t kSaltBytes = 16;
constexpr uint32_t kHashBytes = 32;

// Overwrites the buffer in a way the compiler may not drop.
void wipe(QByteArray &bytes)
{
    volatile char *p = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
    bytes.clear();
}

} // namespace

QString hashPassword(const QString &password, const PasswordCost &cost)
{
    std::array<quint32, kSaltBytes / 4> salt;
    QRandomGenerator::system()->fillRange(salt.data(), salt.size());
    QByteArray utf8 = password.toUtf8();
    const size_t encodedLength = argon2_encodedlen(
        cost.timeCost, cost.memoryKiB, cost.parallelism, kSaltBytes, kHashBytes, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(cost.timeCost, cost.memoryKiB, cost.parallelism, utf8.constData(),
        size_t(utf8.size()), salt.data(), kSaltBytes, kHashBytes, encoded.data(), encodedLength);
    wipe(utf8);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData()); // NUL-terminated
}

bool verifyPassword(const QString &password, const QString &encodedHash)
{
    if (!encodedHash.startsWith(QLatin1StringView("$argon2id$")))
        return false;
    const QByteArray encoded = encodedHash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const int rc = argon2id_verify(encoded.constData(), utf8.constData(), size_t(utf8.size()));
    wipe(utf8);
    return rc == ARGON2_OK;
}

} // namespace dsn
