#pragma once

#include "base/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

// The signed token a DSN certificate's QR code carries, so that anyone holding the office's
// public keys can check offline that the office issued these codes to this subject
// (docs/certificates.md):
//   DSNC1.<kid>.<certificate number>.<YYYYMMDD>.<IIN/BIN>.<code>+<code>+....<print id>.<signature>
// The signature is Ed25519 over the ASCII text before its '.', key and claims included. Every
// claims set has one spelling; any other spelling, and any changed character, fails.
namespace dsn {

class Ed25519PrivateKey;
class PublicKeySet;

struct CertificateClaims
{
    QString certificateNumber; // 1-32 of A-Z a-z 0-9 '-' '/', first and last a letter or digit
    QDate issuedOn;            // the date the codes were issued
    QString subjectId;         // IIN/BIN, 12 digits, valid on issuedOn
    QStringList codes;         // 1-30 DSN codes, digits only ("305300011001"), in the certificate's order
    QString printId;           // fresh per print: 16 random bytes in base32 (26 characters)
    friend bool operator==(const CertificateClaims &, const CertificateClaims &) = default;
};

namespace certificatetoken {
inline constexpr char16_t kVersion[] = u"DSNC1";
inline constexpr int kMaxNumberLength = 32;
inline constexpr int kMaxCodes = 30;
inline constexpr int kPrintIdBytes = 16;
} // namespace certificatetoken

// A fresh print identifier from the system's random source.
QString newCertificatePrintId();

// The claims as a token may hold them; an InvalidInput error names the first problem.
Result<void> checkCertificateClaims(const CertificateClaims &claims);

// What is signed: the token without its last '.' and signature.
Result<QString> certificateTokenSignedText(const CertificateClaims &claims, const QString &kid);

// The claims signed with the key (kid: signingKeyId of its public key).
Result<QString> makeCertificateToken(const CertificateClaims &claims, const Ed25519PrivateKey &key);

// The claims of a genuine token. Errors (message translated, detail a stable word):
// "malformed" (InvalidInput: not a token of this format, or claims not in their one spelling),
// "unknown_key" (NotFound: its kid is not in keys), "bad_signature" (AuthenticationFailed),
// "retired_key" (AuthenticationFailed: the key was retired before the certificate's date).
Result<CertificateClaims> verifyCertificateToken(const QString &token, const PublicKeySet &keys);

} // namespace dsn
