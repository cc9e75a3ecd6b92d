// dsnctl db: checks, backs up and restores the workstation's store.
#include "commandregistry.h"
#include "storeaccess.h"

#include "cases/caseconsistency.h"
#include "store/backup.h"
#include "store/database.h"
#include "store/storelog.h"

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
    // First, without opening the store: a program still writing into a log that was deleted
    // has cases nobody else sees, and the file alone cannot show them.
    const QList<dsn::DetachedStoreFile> detached = dsn::findDetachedStoreFiles(*path);
    if (!detached.isEmpty()) {
        for (const dsn::DetachedStoreFile &d : detached) {
            inv.err() << Text::tr(
                "%1: program %2 (process %3) still writes to %4, which was deleted: what it "
                "saved since is not in the store. Keep that program open and call support; "
                "the file can still be copied from %5.")
                             .arg(*path, d.program)
                             .arg(d.pid)
                             .arg(d.file, d.descriptor)
                      << '\n';
        }
        return dsnctl::ExitInvalid;
    }
    const dsn::Result<dsn::StoreCheckReport> report
        = dsn::checkStoreFile(*path, dsn::caseConsistencyProblems);
    if (!report)
        return inv.fail(Text::tr("%1: %2").arg(*path, dsnctl::describe(report.error())));
    inv.out() << Text::tr("ok: %1").arg(*path) << '\n'
              << Text::tr("integrity: ok") << '\n'
              << Text::tr("schema version: %1").arg(report->schemaVersion) << '\n'
              << Text::tr("audit trail: intact, %1 entries").arg(report->auditEntries) << '\n'
              << Text::tr("cases: case numbers, counters and intakes agree") << '\n';
    return dsnctl::ExitOk;
}

int runInit(Invocation &inv)
{
    const std::optional<QString> path = dsnctl::storePath(inv);
    if (!path)
        return dsnctl::ExitUsage;
    if (QFileInfo::exists(*path))
        return inv.fail(Text::tr("a file already exists at %1; it was left unchanged").arg(*path));
    int code = dsnctl::ExitOk;
    std::unique_ptr<dsn::Database> db = dsnctl::openStore(inv, &code, dsnctl::MissingStore::Create);
    if (!db)
        return code;
    inv.out() << Text::tr("new store: %1").arg(db->path()) << '\n'
              << Text::tr("schema version: %1").arg(db->schemaVersion()) << '\n'
              << Text::tr("next: create the first administrator (dsnctl user add NAME --role admin "
                          "--office CODE, password on standard input) or start the workstation")
              << '\n';
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
    check.summary = u"Check the store: no program writing into a deleted log of it, SQLite integrity, "
                    u"schema version, the audit chain, and case numbers, counters and intakes that agree. "
                    u"Exit 0 when all hold, 1 naming the problem."_s;
    check.run = runCheck;

    Command init;
    init.name = u"init"_s;
    init.summary = u"Create a new, empty workstation store at the store path (--db, or the workstation's "
                   u"own). Refused when any file is already there."_s;
    init.run = runInit;

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
    db.summary = u"Create, check, back up and restore the workstation's store."_s;
    db.children = { init, check, backup, restore };
    return db;
}

const bool registered = dsnctl::registerCommand(&dbCommand);

} // namespace
