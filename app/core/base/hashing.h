#pragma once

#include <QByteArray>
#include <QString>

// Hashes as the workstation and the office write them: lower-case hex, so that a hash printed on
// a receipt, kept in a table or compared across the wire is the same text everywhere.
namespace dsn {

// Lower-case hex SHA-256 of the bytes (64 characters).
QString sha256Hex(const QByteArray &bytes);

} // namespace dsn
