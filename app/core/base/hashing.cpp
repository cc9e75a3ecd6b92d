#include "base/hashing.h"

#include <QCryptographicHash>

namespace dsn {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace dsn
