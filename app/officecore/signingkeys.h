#pragma once

#include "base/result.h"
#include "signing/certificatetoken.h"
#include "signing/ed25519.h"
#include "signing/publickeyset.h"

#include <QDate>
#include <QString>

// The office's certificate signing keys, in one folder (docs/certificates.md):
//   <kid>.key          the Ed25519 private key, PKCS#8 PEM, 0600 from its creation on
//   public-keys.json   every key's public half (PublicKeySet), the current one not retired
// The first key is made when one is first needed; rotate() makes a new current key and keeps the
// old ones, retired, so that certificates printed before still verify. Changes are made under a
// lock file, so that several processes sharing the folder make one key, not one each.
namespace dsn::office {

// $STATE_DIRECTORY (systemd's StateDirectory=) or else /var/lib/dsn-office, then /signing-keys.
QString defaultSigningKeysDirectory();

class SigningKeys
{
public:
    explicit SigningKeys(QString directory = defaultSigningKeysDirectory());

    const QString &directory() const { return m_directory; }
    QString publicKeysPath() const;
    QString privateKeyPath(const QString &kid) const;

    // The public keys as kept, empty when no key was made yet; nothing is created.
    Result<PublicKeySet> readPublicKeys() const;
    // The public keys, the first key made when there is none. today: the date recorded as the
    // new key's creation (default: today in Kazakhstan).
    Result<PublicKeySet> publicKeys(QDate today = {});
    // A new current key (its kid returned); the current one is retired on today and kept.
    Result<QString> rotate(QDate today = {});
    // The claims signed with the current key (the first key made when there is none).
    Result<QString> signCertificateToken(const CertificateClaims &claims, QDate today = {});
    // The kid of the key that signs now, after its private key was read and found to be the
    // current public key's (the first key made when there is none): dsn-office checks this at
    // start, so that a folder it cannot use stops it at once rather than at the first print.
    Result<QString> checkCurrentKey(QDate today = {});

private:
    struct CurrentKey
    {
        QString kid;
        Ed25519PrivateKey key;
    };
    Result<CurrentKey> currentKey(QDate today);
    Result<PublicKeySet> addKey(QDate today, bool retireCurrent);

    QString m_directory;
};

} // namespace dsn::office
