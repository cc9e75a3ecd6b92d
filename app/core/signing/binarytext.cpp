#include "signing/binarytext.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {
constexpr char kBase32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int base32Value(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'2' && u <= u'7')
        return u - u'2' + 26;
    return -1;
}
} // namespace

QString base32Encode(const QByteArray &bytes)
{
    QString text;
    text.reserve((bytes.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            text.append(QLatin1Char(kBase32Alphabet[(buffer >> bits) & 31]));
        }
    }
    if (bits > 0)
        text.append(QLatin1Char(kBase32Alphabet[(buffer << (5 - bits)) & 31]));
    return text;
}

std::optional<QByteArray> base32Decode(QStringView text)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const int value = base32Value(c);
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((buffer >> bits) & 0xff));
        }
    }
    // What is left over must be fewer bits than one character holds, and all zero.
    if (bits >= 5 || (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return bytes;
}

QString base64UrlEncode(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> base64UrlDecode(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return std::nullopt;
    }
    const QByteArray latin1 = text.toLatin1();
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        latin1, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    // The one spelling: the text is what encoding the bytes gives.
    if (!decoded || base64UrlEncode(decoded.decoded) != text)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace dsn
