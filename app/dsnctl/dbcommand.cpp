// dsnctl db: checks, backs up and restores the workstation's store.
#include "commandregistry.h"
#include "storeaccess.h"

#include "store/backup.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace {

using dsnctl::Command;
using dsnctl::Invocation;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::db)
};

int runCheck(Invocation &inv)
{
    const std::optional<QString> path = dsnctl::storePath(inv);
    if (!path)
        return dsnctl::ExitUsage;
    if (!QFileInfo::exists(*path))
        return inv.fail(Text::tr("no store at %1").arg(*path));
    const dsn::Result<dsn::StoreCheckReport> report = dsn::checkStoreFile(*path);
    if (!report)
        return inv.fail(Text::tr("%1: %2").arg(*path, dsnctl::describe(report.error())));
    inv.out() << Text::tr("ok: %1").arg(*path) << '\n'
              << Text::tr("integrity: ok") << '\n'
              << Text::tr("schema version: %1").arg(report->schemaVersion) << '\n'
              << Text::tr("audit trail: intact, %1 entries").arg(report->auditEntries) << '\n';
    return dsnctl::ExitOk;
}

int runBackup(Invocation &inv)
{
    int code = dsnctl::ExitOk;
    std::unique_ptr<dsn::Database> db = dsnctl::openStore(inv, &code);
    if (!db)
        return code;
    const dsn::Result<dsn::BackupReport> report
        = dsn::backupStore(*db, inv.positional().at(0), dsnctl::systemActor());
    if (!report)
        return inv.fail(Text::tr("backup not written: %1").arg(dsnctl::describe(report.error())));
    inv.out() << Text::tr("backup written: %1").arg(report->file) << '\n'
              << Text::tr("verified: integrity ok, schema version %1, audit trail intact with %2 entries")
                     .arg(report->check.schemaVersion)
                     .arg(report->check.auditEntries)
              << '\n'
              << "sha256: " << report->sha256 << '\n';
    return dsnctl::ExitOk;
}

int runRestore(Invocation &inv)
{
    const std::optional<QString> path = dsnctl::storePath(inv);
    if (!path)
        return dsnctl::ExitUsage;
    const dsn::Result<dsn::RestoreReport> report
        = dsn::restoreStore(*path, inv.positional().at(0), dsnctl::systemActor());
    if (!report)
        return inv.fail(dsnctl::describe(report.error()));
    inv.out()
        << Text::tr("restored %1 from %2").arg(*path, QFileInfo(inv.positional().at(0)).absoluteFilePath())
        << '\n'
        << Text::tr("schema version %1, audit trail intact with %2 entries")
               .arg(report->check.schemaVersion)
               .arg(report->check.auditEntries)
        << '\n';
    if (!report->previousStoreKeptAt.isEmpty())
        inv.out() << Text::tr("the previous store is kept at %1").arg(report->previousStoreKeptAt) << '\n';
    return dsnctl::ExitOk;
}

Command dbCommand()
{
    Command check;
    check.name = u"check"_s;
    check.summary = u"Check the store: SQLite integrity, schema version and the audit chain. Exit 0 when "
                    u"all hold, 1 naming the problem."_s;
    check.run = runCheck;

    Command backup;
    backup.name = u"backup"_s;
    backup.summary = u"Write a verified online backup of the store to FILE (which must not exist)."_s;
    backup.positionalNames = { u"FILE"_s };
    backup.minPositional = backup.maxPositional = 1;
    backup.run = runBackup;

    Command restore;
    restore.name = u"restore"_s;
    restore.summary
        = u"Replace the store with the backup FILE after checking it; a file failing the "
          u"checks is refused and the store left as it was. The replaced store is kept beside it. "
          u"Close the workstation first."_s;
    restore.positionalNames = { u"FILE"_s };
    restore.minPositional = restore.maxPositional = 1;
    restore.run = runRestore;

    Command db;
    db.name = u"db"_s;
    db.summary = u"Check, back up and restore the workstation's store."_s;
    db.children = { check, backup, restore };
    return db;
}

const bool registered = dsnctl::registerCommand(&dbCommand);

} // namespace
