#include "signing/ed25519.h"

#include "signing/binarytext.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::Signing)
};

using Context = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

// OpenSSL's last error, for the log.
QString openSslError()
{
    char buffer[256] = {};
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return u"no OpenSSL error"_s;
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

// An encrypted PEM key would make OpenSSL ask for a pass phrase on the terminal: never.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

} // namespace

Result<Ed25519PrivateKey> Ed25519PrivateKey::generate()
{
    const std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(
        EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 || EVP_PKEY_keygen(context.get(), &key) != 1)
        return makeError(ErrorCode::Internal, Text::tr("A new signing key cannot be made."), openSslError());
    Ed25519PrivateKey result;
    result.m_key.reset(key, &EVP_PKEY_free);
    return result;
}

Result<Ed25519PrivateKey> Ed25519PrivateKey::fromPem(const QByteArray &pem)
{
    const Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, &noPassphrase, nullptr) : nullptr;
    if (!key || EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        const QString detail = key ? u"not an Ed25519 key"_s : openSslError();
        EVP_PKEY_free(key);
        return makeError(ErrorCode::InvalidInput,
            Text::tr("The signing key is not an unencrypted Ed25519 private key in PEM."), detail);
    }
    Ed25519PrivateKey result;
    result.m_key.reset(key, &EVP_PKEY_free);
    return result;
}

QByteArray Ed25519PrivateKey::toPem() const
{
    if (!m_key)
        return {};
    const Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

QByteArray Ed25519PrivateKey::publicKey() const
{
    if (!m_key)
        return {};
    QByteArray raw(kEd25519PublicKeySize, Qt::Uninitialized);
    size_t size = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(raw.data()), &size) != 1
        || size != size_t(kEd25519PublicKeySize))
        return {};
    return raw;
}

QByteArray Ed25519PrivateKey::sign(const QByteArray &message) const
{
    if (!m_key)
        return {};
    const Context context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray signature(kEd25519SignatureSize, Qt::Uninitialized);
    size_t size = size_t(signature.size());
    // Ed25519 hashes the message itself: no digest is named (NULL).
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
        || EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
               reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
            != 1
        || size != size_t(kEd25519SignatureSize)) {
        ERR_clear_error();
        return {};
    }
    return signature;
}

bool ed25519Verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != kEd25519PublicKeySize || signature.size() != kEd25519SignatureSize)
        return false;
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
            reinterpret_cast<const unsigned char *>(publicKey.constData()), size_t(publicKey.size())),
        &EVP_PKEY_free);
    const Context context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    const bool valid = key && context
        && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1
        && EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
               size_t(message.size()))
            == 1;
    ERR_clear_error();
    return valid;
}

QString signingKeyId(const QByteArray &publicKey)
{
    return base32Encode(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8));
}

} // namespace dsn
