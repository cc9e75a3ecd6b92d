#pragma once

#include "base/result.h"
#include "base/storetime.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// The store's schema in versions. Version N+1 is reached from N by one step; each step runs
// in one BEGIN IMMEDIATE transaction together with the bump of the single row in
// schema_version, so a failing step leaves the store at its old version, unchanged.
namespace dsn {

// Marks a SQLite file as a workstation store (PRAGMA application_id, "DSNW").
inline constexpr qint32 kStoreApplicationId = 0x44534E57;

struct MigrationStep
{
    int toVersion = 0;   // the store's version after this step
    QString description; // for the log
    std::function<Result<void>(QSqlDatabase &)> apply;
};

// The steps this build knows (store/schema/steps.cpp), in order, versions 1, 2, ... without gaps.
const QList<MigrationStep> &migrationSteps();
// The newest version this build knows (the last step's toVersion).
int latestSchemaVersion();
int latestSchemaVersion(const QList<MigrationStep> &steps);

// The version recorded in schema_version; 0 for a store without the table (a new file).
Result<int> readSchemaVersion(const QSqlDatabase &db);

// Runs the steps after the store's version up to target, each in its own transaction.
// The connection must be outside a transaction. A store already newer than target is left
// alone and reported as ErrorCode::NewerSchema.
Result<void> migrate(
    QSqlDatabase &db, const QList<MigrationStep> &steps, int target, const Clock &clock = systemClock());

} // namespace dsn
