#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_pkey_st;

// Ed25519 (RFC 8032) through OpenSSL 3: the office signs certificate tokens with a private key
// it keeps, and anyone checks them with its public key (32 raw bytes).
namespace dsn {

inline constexpr qsizetype kEd25519PublicKeySize = 32;
inline constexpr qsizetype kEd25519SignatureSize = 64;

class Ed25519PrivateKey
{
public:
    Ed25519PrivateKey() = default;

    // A new key from the system's random source.
    static Result<Ed25519PrivateKey> generate();
    // An unencrypted PKCS#8 PEM key ("-----BEGIN PRIVATE KEY-----") that is an Ed25519 key.
    static Result<Ed25519PrivateKey> fromPem(const QByteArray &pem);

    bool isNull() const { return !m_key; }
    // The key as unencrypted PKCS#8 PEM. Secret: write it only to a file its owner alone reads.
    QByteArray toPem() const;
    // The public key, 32 raw bytes.
    QByteArray publicKey() const;
    // The 64-byte signature of the message (empty for a null key).
    QByteArray sign(const QByteArray &message) const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
};

// Whether signature is a valid Ed25519 signature of message by publicKey (32 raw bytes).
bool ed25519Verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

// A key's identifier: the first 8 bytes of the SHA-256 of its 32 raw bytes, in base32 (13
// characters, "A-Z2-7"). It names the key in tokens and key files.
QString signingKeyId(const QByteArray &publicKey);

} // namespace dsn
