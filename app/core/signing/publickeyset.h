#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

// The office's public signing keys, as it publishes them for anyone who checks certificates:
//   {"keys":[{"kid":"...","alg":"Ed25519","public_key":"<base64url of the 32 raw bytes>",
//             "created":"YYYY-MM-DD","retired":null|"YYYY-MM-DD"}]}
// One key is current (retired null) and signs; retired keys stay listed so that certificates
// printed before still verify.
namespace dsn {

struct SigningPublicKey
{
    QString kid;          // signingKeyId(publicKey)
    QByteArray publicKey; // 32 raw bytes
    QDate created;
    QDate retired; // null while the key is current
    bool isRetired() const { return retired.isValid(); }
    friend bool operator==(const SigningPublicKey &, const SigningPublicKey &) = default;
};

class PublicKeySet
{
public:
    // Strict JSON (no key twice in one object); every key Ed25519, its kid the one its bytes
    // give, its dates real, retired not before created, no kid twice. Members not named above
    // are ignored. An InvalidInput error names the first problem.
    static Result<PublicKeySet> fromJson(const QByteArray &json);
    // Indented JSON, the keys in the order they were added.
    QByteArray toJson() const;

    // Adds a key after the checks of fromJson().
    Result<void> add(const SigningPublicKey &key);
    // Marks the key retired on the date; false when there is no such key.
    bool retire(QStringView kid, QDate on);

    const SigningPublicKey *find(QStringView kid) const;
    // The one key that is not retired; nullptr when there is none, or more than one.
    const SigningPublicKey *current() const;
    const QList<SigningPublicKey> &keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }

private:
    QList<SigningPublicKey> m_keys;
};

} // namespace dsn
