#include "store/migrations.h"

#include "store/sql.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

int latestSchemaVersion(const QList<MigrationStep> &steps)
{
    return steps.isEmpty() ? 0 : steps.constLast().toVersion;
}

int latestSchemaVersion()
{
    return latestSchemaVersion(migrationSteps());
}

Result<int> readSchemaVersion(const QSqlDatabase &db)
{
    Result<QVariant> exists = sqlScalar(
        db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s);
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return 0;
    Result<QSqlQuery> q = sqlRun(db, u"SELECT version FROM schema_version"_s);
    if (!q)
        return q.error();
    QList<int> versions;
    while (q->next())
        versions.append(q->value(0).toInt());
    q->finish();
    if (versions.size() != 1 || versions.constFirst() < 1) {
        return makeError(ErrorCode::Damaged,
            QCoreApplication::translate("dsn::Store", "The store's schema version record is damaged."),
            u"schema_version holds %1 rows"_s.arg(versions.size()));
    }
    return versions.constFirst();
}

namespace {

Error newerError(int found, int known)
{
    return makeError(ErrorCode::NewerSchema,
        QCoreApplication::translate("dsn::Store",
            "The store was written by a newer version of the workstation "
            "(schema version %1; this version knows up to %2). "
            "It was left unchanged.")
            .arg(found)
            .arg(known));
}

Result<void> runStep(QSqlDatabase &db, const MigrationStep &step, const Clock &clock)
{
    QSqlQuery begin(db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s))
        return sqlError(begin.lastError(), u"begin upgrade"_s);
    begin.finish();

    auto rollback = [&db] {
        QSqlQuery q(db);
        q.exec(u"ROLLBACK"_s);
    };

    // Another connection may have run the step meanwhile: read the version under the lock.
    Result<int> version = readSchemaVersion(db);
    if (!version) {
        rollback();
        return version.error();
    }
    if (*version >= step.toVersion) {
        rollback();
        return {};
    }
    if (*version != step.toVersion - 1) {
        rollback();
        return makeError(ErrorCode::MigrationFailed,
            QCoreApplication::translate("dsn::Store", "The store's upgrade steps are out of order."),
            u"store at %1, step to %2"_s.arg(*version).arg(step.toVersion));
    }

    Result<void> applied = makeError(ErrorCode::Internal, QString());
    try {
        applied = step.apply ? step.apply(db) : Result<void>(makeError(ErrorCode::Internal, QString()));
    } catch (...) {
        applied = makeError(ErrorCode::Internal, QString(), u"upgrade step threw"_s);
    }
    if (applied) {
        applied = sqlExec(db,
            u"INSERT INTO schema_version(singleton, version, updated_at) VALUES (1, ?, ?) "
            u"ON CONFLICT(singleton) DO UPDATE SET version = excluded.version, "
            u"updated_at = excluded.updated_at"_s,
            { step.toVersion, toStoreTime(clock()) });
    }
    if (applied) {
        QSqlQuery commit(db);
        if (!commit.exec(u"COMMIT"_s))
            applied = sqlError(commit.lastError(), u"commit upgrade"_s);
    }
    if (!applied) {
        rollback();
        const Error &e = applied.error();
        return makeError(ErrorCode::MigrationFailed,
            QCoreApplication::translate("dsn::Store",
                "Upgrading the store to version %1 failed; it keeps "
                "version %2.")
                .arg(step.toVersion)
                .arg(*version),
            e.detail.isEmpty() ? e.message : e.detail);
    }
    return {};
}

} // namespace

Result<void> migrate(QSqlDatabase &db, const QList<MigrationStep> &steps, int target, const Clock &clock)
{
    const int known = latestSchemaVersion(steps);
    if (target < 0 || target > known)
        return makeError(ErrorCode::Internal, QString(), u"target version %1 unknown"_s.arg(target));
    Result<int> version = readSchemaVersion(db);
    if (!version)
        return version.error();
    if (*version > target)
        return newerError(*version, target);
    for (const MigrationStep &step : steps) {
        if (step.toVersion <= *version || step.toVersion > target)
            continue;
        if (Result<void> r = runStep(db, step, clock); !r)
            return r;
    }
    return {};
}

} // namespace dsn
