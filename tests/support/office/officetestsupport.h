#pragma once

// Shared by the office tests: one throwaway PostgreSQL server per test process and a fresh
// database per test row, on PostgreSQL or SQLite; valid BINs and applications as the API takes
// them.
#include "postgresfixture.h"

#include "identity/taxpayerid.h"
#include "officecore/officedatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace officetest {

// The server of this test process, started by ensurePostgres().
PostgresFixture &postgres();

// Starts the PostgreSQL server once per process; false (with a warning) when it cannot start.
bool ensurePostgres();

// The backends every office test runs against.
QStringList backends();

// The column "backend" and one row per backend, for a test's _data function.
void addBackendRows();

// A URL for a new empty office database of the backend ("sqlite" or "postgres").
QString newDatabaseUrl(const QString &backend, const QTemporaryDir &dir);

// Builds the office schema of an older version in an empty database, step by step as the
// office's own migration does, without going on to the current version: the tests of the
// upgrades put rows as they were into it and then open it with OfficeDatabase::open. Runs on a
// connection of its own; false and *error on failure.
bool createOfficeSchema(const dsn::office::OfficeLocation &location, int version, QString *error);
// Runs statements on a connection of its own to the database (rows of an older schema).
bool execOnOfficeDatabase(const dsn::office::OfficeLocation &location, const QStringList &statements,
    const QList<QVariantList> &values, QString *error);

// A valid BIN (resident legal entity, head office) for each serial.
QString bin(int serial);

// An application as `dsnctl case add` takes it: department 11, territorial unit 001.
QJsonObject applicationJson(const QString &taxpayerId, const QJsonArray &products,
    const QString &receivedAt = u"2026-03-20T15:00:00+05:00"_s);

QJsonObject product(int type, const QString &name);

} // namespace officetest
