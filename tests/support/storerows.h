#pragma once

// The rows of a workstation store as text, to compare a store before and after a change that
// must write everything or nothing.

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dsntest {

// Every row of a table as text, in rowid order; "error: TABLE" when it cannot be read.
QStringList tableRows(const QSqlDatabase &db, const QString &table);

// The tables that intake, status changes, prints and sync write.
const QStringList &caseTables();

// tableRows() of every table of caseTables().
QHash<QString, QStringList> snapshot(const QSqlDatabase &db);

// The number of rows of a table (or of "table WHERE ..."); -1 when it cannot be read.
qint64 count(const QSqlDatabase &db, const QString &table);

} // namespace dsntest
