#include "store/backup.h"

#include "store/audittrail.h"
#include "store/sql.h"
#include "store/storefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

// Stores and backups hold personal data: readable by the workstation's own account only.
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error ioError(const QString &message, const QString &detail)
{
    return makeError(ErrorCode::Io, message, detail);
}

// Flushes the file's bytes to the disk before it is renamed into place.
bool syncFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(f.handle()) == 0;
#else
    return f.flush();
#endif
}

// Renames from onto to, replacing to in one step.
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
        reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
        MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

void removeWithSideFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
}

QString uniqueSibling(const QString &path, const QString &infix)
{
    return path + infix + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

// Opens and closes the live store once through SQLite so that its write-ahead log is folded
// back into the file. True when no log remains afterwards (nobody else has the store open).
bool settleLiveStore(const QString &path)
{
    if (!QFile::exists(path + u"-wal"_s))
        return true;
    const QString name = u"dsn-store-settle-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return !QFile::exists(path + u"-wal"_s);
}

} // namespace

namespace {

// The checks on an open connection after SQLite's own: the audit chain and the caller's.
Result<StoreCheckReport> checkContents(
    const QSqlDatabase &db, int schemaVersion, const StoreContentCheck &extra)
{
    Result<AuditVerification> audit = AuditTrail::verify(db);
    if (!audit)
        return audit.error();
    if (!audit->intact) {
        return makeError(ErrorCode::AuditBroken,
            QCoreApplication::translate("dsn::Store", "The audit trail is broken at entry %1: %2")
                .arg(audit->brokenEntryId.value_or(0))
                .arg(audit->problem));
    }
    if (extra) {
        const QStringList problems = extra(db);
        if (!problems.isEmpty()) {
            return makeError(ErrorCode::Damaged,
                QCoreApplication::translate("dsn::Store", "The store's records do not agree: %1")
                    .arg(problems.join(u"; "_s)));
        }
    }
    return StoreCheckReport { schemaVersion, audit->entries };
}

} // namespace

Result<StoreCheckReport> checkStoreFile(const QString &path, const StoreContentCheck &extra)
{
    // A store this process has open is checked through its own connection: opening the file
    // again would drop the locks that connection holds.
    if (Database *live = Database::openInThisProcess(path)) {
        Result<StoreCheckReport> report = makeError(ErrorCode::Internal, QString());
        Result<void> read = live->read([&](QSqlDatabase &db) -> Result<void> {
            Result<int> version = inspectConnection(db, IntegrityDepth::Full, latestSchemaVersion());
            report = version ? checkContents(db, *version, extra) : Result<StoreCheckReport>(version.error());
            return {};
        });
        if (!read)
            return read.error();
        return report;
    }
    Result<std::unique_ptr<StoreFile>> file
        = StoreFile::inspect(path, IntegrityDepth::Full, latestSchemaVersion());
    if (!file)
        return file.error();
    return checkContents((*file)->connection(), (*file)->schemaVersion(), extra);
}

Result<BackupReport> backupStore(Database &live, const QString &target, const Actor &by)
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        return makeError(ErrorCode::Conflict,
            QCoreApplication::translate("dsn::Store", "The backup file already exists; choose another name."),
            absolute);
    }
    if (absolute == live.path()) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("dsn::Store", "The backup cannot replace the store itself."));
    }
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath())) {
        return ioError(QCoreApplication::translate("dsn::Store", "The backup folder cannot be created."),
            QFileInfo(absolute).absolutePath());
    }
    const QString temp = uniqueSibling(absolute, u".partial-"_s);
    if (Result<void> r = sqlExec(live.connection(), u"VACUUM INTO ?"_s, { temp }); !r) {
        removeWithSideFiles(temp);
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("dsn::Store", "The backup could not be written."), r.error().detail);
    }
    if (!QFile::setPermissions(temp, kOwnerOnly) || !syncFile(temp)) {
        removeWithSideFiles(temp);
        return ioError(QCoreApplication::translate("dsn::Store", "The backup could not be written."), temp);
    }
    Result<StoreCheckReport> check = checkStoreFile(temp);
    if (!check) {
        removeWithSideFiles(temp);
        return makeError(check.error().code,
            QCoreApplication::translate("dsn::Store", "The backup failed its check: %1")
                .arg(check.error().message),
            check.error().detail);
    }
    if (!QFile::rename(temp, absolute)) {
        removeWithSideFiles(temp);
        return ioError(QCoreApplication::translate("dsn::Store", "The backup could not be written."),
            u"rename to "_s + absolute);
    }
    BackupReport report { absolute, QFileInfo(absolute).size(), fileSha256(absolute), *check };

    Result<void> audited = live.write([&](QSqlDatabase &db) -> Result<void> {
        Result<qint64> r = AuditTrail::append(db, by, AuditEvent::Backup, u"file"_s, absolute,
            { { u"sha256"_s, report.sha256 }, { u"bytes"_s, report.bytes },
                { u"schema_version"_s, report.check.schemaVersion },
                { u"audit_entries"_s, report.check.auditEntries } },
            live.clock());
        if (!r)
            return r.error();
        return {};
    });
    if (!audited)
        return audited.error();
    return report;
}

Result<RestoreReport> restoreStore(
    const QString &livePath, const QString &backupFile, const Actor &by, const Clock &clock)
{
    const QString live = QFileInfo(livePath).absoluteFilePath();
    const QString source = QFileInfo(backupFile).absoluteFilePath();
    if (Database::openInThisProcess(live)) {
        return makeError(ErrorCode::Busy,
            QCoreApplication::translate("dsn::Store",
                "The store is open in this program; it can be restored only while it is closed. "
                "The store was not changed."));
    }
    if (live == source) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("dsn::Store", "The backup is the store itself."));
    }
    Result<StoreCheckReport> sourceCheck = checkStoreFile(source);
    if (!sourceCheck) {
        return makeError(sourceCheck.error().code,
            QCoreApplication::translate(
                "dsn::Store", "The file cannot be restored: %1 The store was not changed.")
                .arg(sourceCheck.error().message),
            sourceCheck.error().detail);
    }
    const QString sourceSha = fileSha256(source);

    // Build the restored store beside the live one and check it there.
    const QString temp = uniqueSibling(live, u".restore-"_s);
    if (!QDir().mkpath(QFileInfo(live).absolutePath()) || !QFile::copy(source, temp)
        || !QFile::setPermissions(temp, kOwnerOnly) || !syncFile(temp)) {
        removeWithSideFiles(temp);
        return ioError(
            QCoreApplication::translate("dsn::Store", "The backup could not be copied next to the store."),
            temp);
    }
    const bool liveExists = QFileInfo::exists(live);
    const QString keptAt = liveExists
        ? live + u".before-restore-"_s + clock().toUTC().toString(u"yyyyMMdd-HHmmss-zzz"_s)
        : QString();
    StoreCheckReport restoredCheck;
    {
        Database::Options options;
        options.createIfMissing = false;
        options.clock = clock;
        Result<std::unique_ptr<Database>> restored = Database::open(temp, options);
        if (!restored) {
            removeWithSideFiles(temp);
            return restored.error();
        }
        Result<void> audited = (*restored)->write([&](QSqlDatabase &db) -> Result<void> {
            QJsonObject details { { u"sha256"_s, sourceSha },
                { u"backup_schema_version"_s, sourceCheck->schemaVersion },
                { u"backup_audit_entries"_s, sourceCheck->auditEntries } };
            if (liveExists)
                details.insert(u"previous_store_kept_at"_s, keptAt);
            Result<qint64> r
                = AuditTrail::append(db, by, AuditEvent::Restore, u"file"_s, source, details, clock);
            if (!r)
                return r.error();
            return {};
        });
        if (!audited) {
            restored->reset();
            removeWithSideFiles(temp);
            return audited.error();
        }
        restoredCheck.schemaVersion = (*restored)->schemaVersion();
    }
    Result<StoreCheckReport> tempCheck = checkStoreFile(temp);
    if (!tempCheck) {
        removeWithSideFiles(temp);
        return tempCheck.error();
    }
    restoredCheck = *tempCheck;

    if (liveExists) {
        if (!settleLiveStore(live)) {
            removeWithSideFiles(temp);
            return makeError(ErrorCode::Busy,
                QCoreApplication::translate("dsn::Store",
                    "The store is open in another program. Close the "
                    "workstation and try again. The store was not changed."));
        }
        // Keep the replaced store, with any log SQLite could not fold back.
        if (!QFile::copy(live, keptAt)
            || (QFile::exists(live + u"-wal"_s) && !QFile::copy(live + u"-wal"_s, keptAt + u"-wal"_s))) {
            removeWithSideFiles(temp);
            QFile::remove(keptAt);
            return ioError(QCoreApplication::translate("dsn::Store",
                               "The current store could not be kept aside. The store was "
                               "not changed."),
                keptAt);
        }
        QFile::remove(live + u"-wal"_s);
        QFile::remove(live + u"-shm"_s);
    }
    if (!replaceFile(temp, live)) {
        removeWithSideFiles(temp);
        return ioError(
            QCoreApplication::translate("dsn::Store", "The restored store could not be put in place."), live);
    }
    return RestoreReport { keptAt, restoredCheck };
}

} // namespace dsn
