#pragma once

// A store file seen from outside dsn::Database, the way another program sees it: its bytes, the
// files of its folder, and statements run through a connection of their own (to tamper with it).

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace dsntest {

// The file's bytes; empty when it cannot be read.
QByteArray fileBytes(const QString &path);

// Replaces the file's content; false on failure.
bool writeBytes(const QString &path, const QByteArray &bytes);

// The names of the files in a folder, hidden ones included, sorted.
QStringList folderListing(const QString &dir);

// Runs statements on the file through a connection of its own, then closes it (which also
// folds the write-ahead log back into the file). Returns the first error text, or empty.
QString rawExec(const QString &path, const QStringList &statements);

// The first column of the first row of a query run through a connection of its own.
QVariant rawScalar(const QString &path, const QString &sql);

} // namespace dsntest
