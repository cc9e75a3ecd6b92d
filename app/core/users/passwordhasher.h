#pragma once

#include <QString>

#include <cstdint>

// Password hashing with Argon2id (libargon2). Only the encoded hash
// ("$argon2id$v=19$m=...,t=...,p=...$salt$hash") is ever stored; the password itself lives only
// in memory for the duration of the call and its UTF-8 copy is wiped afterwards.
namespace dsn {

struct PasswordCost
{
    uint32_t timeCost = 3;      // iterations
    uint32_t memoryKiB = 65536; // 64 MiB
    uint32_t parallelism = 1;

    // The production setting above.
    static PasswordCost production() { return PasswordCost(); }
    // A cheap setting for tests only.
    static PasswordCost fastForTests() { return PasswordCost { 1, 256, 1 }; }
};

// An encoded Argon2id hash with a fresh random 16-byte salt; empty on failure.
QString hashPassword(const QString &password, const PasswordCost &cost);
// True when password matches the encoded hash.
bool verifyPassword(const QString &password, const QString &encodedHash);

} // namespace dsn
