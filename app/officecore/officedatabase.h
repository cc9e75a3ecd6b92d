#pragma once

#include "base/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

// The office database: PostgreSQL (QPSQL) in production, SQLite (QSQLITE) as the embedded
// default, with one schema. One OfficeDatabase is one connection and belongs to the thread that
// opened it; every thread (every request worker of dsn-office) opens its own.
//
// Changes go through transaction(): on PostgreSQL at SERIALIZABLE, on SQLite under BEGIN
// IMMEDIATE. A transaction that loses a race (a serialization failure, a deadlock, a unique key
// taken meanwhile, a busy SQLite file) is rolled back and run again, a bounded number of times,
// so the work function must only touch the database and values it recomputes on every run.
namespace dsn::office {

enum class Dialect { Sqlite, Postgres };

// Where the database is: "postgresql://USER[:PASSWORD]@HOST:PORT/NAME" or "sqlite:PATH".
struct OfficeLocation
{
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password; // empty: libpq's own sources (PGPASSWORD, ~/.pgpass)
    QString database;

    // The error (InvalidInput, its message says what is expected) when the text names neither.
    static Result<OfficeLocation> parse(const QString &text);
    // For logs: the URL without the password.
    QString display() const;
};

// The schema version this build writes.
int officeSchemaVersion();

class OfficeDatabase
{
public:
    // Opens a connection for the calling thread. With migrate, creates the schema or brings it up
    // to officeSchemaVersion(); otherwise refuses a database without the current schema.
    static Result<std::unique_ptr<OfficeDatabase>> open(const OfficeLocation &location, bool migrate = true);
    ~OfficeDatabase();
    OfficeDatabase(const OfficeDatabase &) = delete;
    OfficeDatabase &operator=(const OfficeDatabase &) = delete;

    Dialect dialect() const { return m_location.dialect; }
    const OfficeLocation &location() const { return m_location; }
    int schemaVersion() const { return m_version; }
    QSqlDatabase connection() const;

    // Runs work in one transaction, retried after lost races (see above). Calls do not nest.
    Result<void> transaction(const std::function<Result<void>(QSqlDatabase &)> &work);

    // How many times transaction() had to start over, since opening (for tests and logs).
    int retries() const { return m_retries; }

private:
    OfficeDatabase(OfficeLocation location, QString connectionName);
    Result<void> configure();
    Result<void> migrate();
    Result<int> readVersion();

    OfficeLocation m_location;
    QString m_connectionName;
    int m_version = 0;
    int m_retries = 0;
};

// Statements with positional values (?), errors classified for both dialects: a lost race
// (serialization failure, deadlock, busy SQLite file, and on PostgreSQL a unique key taken by a
// concurrent transaction) becomes ErrorCode::Busy, a constraint violation otherwise
// ErrorCode::Conflict, the rest ErrorCode::Sql. The SQL error text goes to Error::detail.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
Result<void> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// The first column of the first row; an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// The schema steps (officeschema.cpp): statements for the dialect to reach `version` from the one
// before it.
QStringList schemaStatements(Dialect dialect, int version);
// The part of a schema step that SQL alone cannot take (officeschema.cpp), run after the step's
// statements in the same transaction: version 3 re-keys product names (rules/productname.h),
// version 4 fills each case's department, subject type and place in the review queue.
Result<void> schemaDataStep(QSqlDatabase &db, Dialect dialect, int version);

} // namespace dsn::office
