#include "signing/certificatetoken.h"

#include "code/dsncode.h"
#include "identity/taxpayerid.h"
#include "signing/binarytext.h"
#include "signing/ed25519.h"
#include "signing/publickeyset.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::Signing)
};

using namespace certificatetoken;

const QString kDateFormat = u"yyyyMMdd"_s;
constexpr qsizetype kKeyIdLength = 13;      // 8 bytes in base32
constexpr qsizetype kSignatureLength = 103; // 64 bytes in base32
constexpr qsizetype kPrintIdLength = 26;    // 16 bytes in base32
constexpr qsizetype kMaxTokenLength = 1024; // far above the longest claims a token may hold
constexpr int kFieldCount = 8;

bool isAsciiLetterOrDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
}

bool isCertificateNumber(QStringView number)
{
    if (number.isEmpty() || number.size() > kMaxNumberLength || !isAsciiLetterOrDigit(number.front())
        || !isAsciiLetterOrDigit(number.back()))
        return false;
    for (const QChar c : number) {
        if (!isAsciiLetterOrDigit(c) && c != u'-' && c != u'/')
            return false;
    }
    return true;
}

bool isBase32Of(QStringView text, qsizetype length, qsizetype bytes)
{
    if (text.size() != length)
        return false;
    const std::optional<QByteArray> decoded = base32Decode(text);
    return decoded && decoded->size() == bytes;
}

Error claimsError(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Error tokenError(ErrorCode code, const QString &message, const QString &reason)
{
    return makeError(code, message, reason);
}

Error malformed()
{
    return tokenError(
        ErrorCode::InvalidInput, Text::tr("This is not a DSN certificate token."), u"malformed"_s);
}

Result<void> checkCode(const QString &code)
{
    const DsnCode::Result parsed = DsnCode::parse(code);
    if (parsed.isValid() && parsed.code->digits() == code)
        return {};
    const QString why = parsed.isValid() ? dsnCodeErrorMessage(DsnCodeError::NonDigit) : parsed.message;
    return claimsError(Text::tr("The DSN code %1 is not valid: %2").arg(code, why));
}

} // namespace

QString newCertificatePrintId()
{
    std::array<quint32, kPrintIdBytes / 4> words {};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return base32Encode(QByteArray(reinterpret_cast<const char *>(words.data()), kPrintIdBytes));
}

Result<void> checkCertificateClaims(const CertificateClaims &claims)
{
    if (!isCertificateNumber(claims.certificateNumber)) {
        return claimsError(
            Text::tr("The certificate number must be 1 to %1 Latin letters, digits, '-' or '/', "
                     "beginning and ending with a letter or digit.")
                .arg(kMaxNumberLength));
    }
    if (!claims.issuedOn.isValid() || claims.issuedOn.year() < 2000 || claims.issuedOn.year() > 9999)
        return claimsError(Text::tr("The date of issue is not a valid date."));
    // Valid on the day of issue: an IIN whose holder was born later was never a subject's.
    const TaxpayerId::Result subject
        = TaxpayerId::parse(claims.subjectId, TaxpayerId::Expect::Any, claims.issuedOn);
    if (!subject.isValid() || subject.id->digits() != claims.subjectId) {
        const QString why
            = subject.isValid() ? taxpayerIdErrorMessage(TaxpayerIdError::NonDigit) : subject.message;
        return claimsError(Text::tr("The IIN/BIN %1 is not valid: %2").arg(claims.subjectId, why));
    }
    if (claims.codes.isEmpty() || claims.codes.size() > kMaxCodes)
        return claimsError(Text::tr("A certificate covers 1 to %1 DSN codes.").arg(kMaxCodes));
    QSet<QString> seen;
    for (const QString &code : claims.codes) {
        if (Result<void> checked = checkCode(code); !checked)
            return checked;
        if (seen.contains(code))
            return claimsError(Text::tr("The DSN code %1 is listed twice.").arg(DsnCode::groupedText(code)));
        seen.insert(code);
    }
    if (!isBase32Of(claims.printId, kPrintIdLength, kPrintIdBytes))
        return claimsError(
            Text::tr("The print identifier must be 26 characters of base32 (16 random bytes)."));
    return {};
}

Result<QString> certificateTokenSignedText(const CertificateClaims &claims, const QString &kid)
{
    if (Result<void> checked = checkCertificateClaims(claims); !checked)
        return checked.error();
    if (!isBase32Of(kid, kKeyIdLength, 8)) {
        return makeError(
            ErrorCode::Internal, Text::tr("The certificate token cannot be signed."), u"key id "_s + kid);
    }
    const QStringList fields { QString::fromUtf16(kVersion), kid, claims.certificateNumber,
        claims.issuedOn.toString(kDateFormat), claims.subjectId, claims.codes.join(u'+'), claims.printId };
    return fields.join(u'.');
}

Result<QString> makeCertificateToken(const CertificateClaims &claims, const Ed25519PrivateKey &key)
{
    Result<QString> text = certificateTokenSignedText(claims, signingKeyId(key.publicKey()));
    if (!text)
        return text;
    const QByteArray signature = key.sign(text->toUtf8());
    if (signature.size() != kEd25519SignatureSize)
        return makeError(ErrorCode::Internal, Text::tr("The certificate token cannot be signed."), u"sign"_s);
    return QString(*text + u'.' + base32Encode(signature));
}

Result<CertificateClaims> verifyCertificateToken(const QString &token, const PublicKeySet &keys)
{
    if (token.size() > kMaxTokenLength)
        return malformed();
    const QList<QStringView> fields = QStringView(token).split(u'.');
    if (fields.size() != kFieldCount || fields.at(0) != QStringView(kVersion)
        || !isBase32Of(fields.at(1), kKeyIdLength, 8))
        return malformed();
    const std::optional<QByteArray> signature = base32Decode(fields.at(7));
    if (fields.at(7).size() != kSignatureLength || !signature || signature->size() != kEd25519SignatureSize)
        return malformed();

    const QString kid = fields.at(1).toString();
    const SigningPublicKey *key = keys.find(kid);
    if (!key) {
        return tokenError(ErrorCode::NotFound,
            Text::tr(
                "The certificate token was signed with the key %1, which is not among the office's public "
                "keys.")
                .arg(kid),
            u"unknown_key"_s);
    }
    const QString signedText = token.left(token.size() - fields.at(7).size() - 1);
    if (!ed25519Verify(key->publicKey, signedText.toUtf8(), *signature)) {
        return tokenError(ErrorCode::AuthenticationFailed,
            Text::tr(
                "The signature does not match: the certificate's data was changed, or it was not signed by "
                "the office."),
            u"bad_signature"_s);
    }

    CertificateClaims claims;
    claims.certificateNumber = fields.at(2).toString();
    claims.issuedOn = QDate::fromString(fields.at(3).toString(), kDateFormat);
    claims.subjectId = fields.at(4).toString();
    for (const QStringView code : fields.at(5).split(u'+'))
        claims.codes.append(code.toString());
    claims.printId = fields.at(6).toString();
    // Signed, but only the one spelling of valid claims is a token.
    const Result<QString> canonical = certificateTokenSignedText(claims, kid);
    if (!canonical || *canonical != signedText)
        return malformed();
    if (key->isRetired() && claims.issuedOn > key->retired) {
        return tokenError(ErrorCode::AuthenticationFailed,
            Text::tr(
                "The certificate token was signed with the key %1, retired on %2, before the certificate's "
                "date %3.")
                .arg(kid, key->retired.toString(Qt::ISODate), claims.issuedOn.toString(Qt::ISODate)),
            u"retired_key"_s);
    }
    return claims;
}

} // namespace dsn
