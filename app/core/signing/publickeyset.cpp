#include "signing/publickeyset.h"

#include "base/strictjson.h"
#include "signing/binarytext.h"
#include "signing/ed25519.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::Signing)
};

const QString kAlgorithm = u"Ed25519"_s;
const QString kDateFormat = u"yyyy-MM-dd"_s;

Error invalid(const QString &reason, const QString &detail = {})
{
    return makeError(
        ErrorCode::InvalidInput, Text::tr("The list of public keys is not valid: %1").arg(reason), detail);
}

// A date as the list writes it, or an invalid one.
QDate parseDate(const QJsonValue &value)
{
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, kDateFormat);
    return date.isValid() && date.toString(kDateFormat) == text ? date : QDate();
}

} // namespace

Result<PublicKeySet> PublicKeySet::fromJson(const QByteArray &json)
{
    const StrictJson parsed = parseStrictJson(json);
    if (!parsed.ok())
        return invalid(parsed.error);
    const QJsonValue keys = parsed.document.object().value(u"keys"_s);
    if (!parsed.document.isObject() || !keys.isArray())
        return invalid(Text::tr("it is not a JSON object with a \"keys\" array"));
    PublicKeySet set;
    for (const QJsonValue &value : keys.toArray()) {
        const QJsonObject o = value.toObject();
        const QString where = QString::number(set.m_keys.size() + 1);
        SigningPublicKey key;
        key.kid = o.value(u"kid"_s).toString();
        key.publicKey = base64UrlDecode(o.value(u"public_key"_s).toString()).value_or(QByteArray());
        if (!value.isObject() || o.value(u"alg"_s).toString() != kAlgorithm)
            return invalid(Text::tr("key %1 is not an Ed25519 public key").arg(where), u"alg"_s);
        key.created = parseDate(o.value(u"created"_s));
        const QJsonValue retired = o.value(u"retired"_s);
        key.retired = parseDate(retired);
        if (!key.created.isValid() || (!retired.isNull() && !key.retired.isValid()))
            return invalid(Text::tr("key %1 has no valid creation or retirement date").arg(where));
        if (Result<void> added = set.add(key); !added)
            return added.error();
    }
    return set;
}

QByteArray PublicKeySet::toJson() const
{
    QJsonArray keys;
    for (const SigningPublicKey &key : m_keys) {
        keys.append(QJsonObject {
            { u"kid"_s, key.kid },
            { u"alg"_s, kAlgorithm },
            { u"public_key"_s, base64UrlEncode(key.publicKey) },
            { u"created"_s, key.created.toString(kDateFormat) },
            { u"retired"_s, key.isRetired() ? QJsonValue(key.retired.toString(kDateFormat)) : QJsonValue() },
        });
    }
    return QJsonDocument(QJsonObject { { u"keys"_s, keys } }).toJson(QJsonDocument::Indented);
}

Result<void> PublicKeySet::add(const SigningPublicKey &key)
{
    const QString where = key.kid.isEmpty() ? QString::number(m_keys.size() + 1) : key.kid;
    if (key.publicKey.size() != kEd25519PublicKeySize || key.kid != signingKeyId(key.publicKey))
        return invalid(Text::tr("key %1 is not an Ed25519 public key").arg(where), u"public_key or kid"_s);
    if (!key.created.isValid() || (key.isRetired() && key.retired < key.created))
        return invalid(Text::tr("key %1 has no valid creation or retirement date").arg(where));
    if (find(key.kid))
        return invalid(Text::tr("key %1 is listed twice").arg(where));
    m_keys.append(key);
    return {};
}

bool PublicKeySet::retire(QStringView kid, QDate on)
{
    for (SigningPublicKey &key : m_keys) {
        if (key.kid == kid) {
            key.retired = on;
            return true;
        }
    }
    return false;
}

const SigningPublicKey *PublicKeySet::find(QStringView kid) const
{
    for (const SigningPublicKey &key : m_keys) {
        if (key.kid == kid)
            return &key;
    }
    return nullptr;
}

const SigningPublicKey *PublicKeySet::current() const
{
    const SigningPublicKey *found = nullptr;
    for (const SigningPublicKey &key : m_keys) {
        if (!key.isRetired()) {
            if (found)
                return nullptr;
            found = &key;
        }
    }
    return found;
}

} // namespace dsn
