#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// Bytes written as text in the one spelling each has, so that text that decodes is also the
// text that was written: no padding, no line breaks, no other alphabet, unused trailing bits zero.
namespace dsn {

// RFC 4648 base32, upper case "A-Z2-7", without '=' padding.
QString base32Encode(const QByteArray &bytes);
// The bytes, or nullopt for any other text (lower case, padding, a length no byte count gives,
// unused trailing bits that are not zero).
std::optional<QByteArray> base32Decode(QStringView text);

// RFC 4648 base64url ("A-Za-z0-9-_"), without '=' padding.
QString base64UrlEncode(const QByteArray &bytes);
// The bytes, or nullopt for any other text (as base32Decode()).
std::optional<QByteArray> base64UrlDecode(QStringView text);

} // namespace dsn
