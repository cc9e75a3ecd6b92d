#include "store/storefile.h"

#include "store/database.h"
#include "store/migrations.h"
#include "store/sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

Error notAStore(const QString &detail)
{
    return makeError(ErrorCode::NotAStore,
        QCoreApplication::translate(
            "dsn::Store", "The file is not a workstation store. It was left unchanged."),
        detail);
}

Error damaged(const QString &detail)
{
    return makeError(ErrorCode::Damaged,
        QCoreApplication::translate(
            "dsn::Store", "The store file is damaged or incomplete. It was left unchanged."),
        detail);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"dsn-store-check-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Result<void> checkStoreHeader(const QString &path)
{
    // Opening and closing the file here would drop the locks this process's connections hold.
    if (Database::isInUseByThisProcess(path)) {
        return makeError(ErrorCode::Internal, QString(),
            u"the store %1 is open in this process: check it through its connection"_s.arg(path));
    }
    QFile file(path);
    if (!file.exists()) {
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("dsn::Store", "There is no store at this path."), path);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("dsn::Store", "The store file cannot be read."), file.errorString());
    }
    const qint64 size = file.size();
    if (size == 0)
        return notAStore(u"empty file"_s);
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return notAStore(u"no SQLite header"_s);

    const auto u8 = [&header](int i) {
        return static_cast<quint8>(header.at(i));
    };
    qint64 pageSize = (u8(16) << 8) | u8(17);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return damaged(u"page size %1"_s.arg(pageSize));
    if (size % pageSize != 0)
        return damaged(u"size %1 is not a whole number of %2-byte pages"_s.arg(size).arg(pageSize));
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 pages = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 validFor = qFromBigEndian<quint32>(header.constData() + 92);
    if (pages != 0 && changeCounter == validFor && qint64(pages) * pageSize > size) {
        return damaged(u"header counts %1 pages, the file holds %2"_s.arg(pages).arg(size / pageSize));
    }
    return {};
}

Result<int> inspectConnection(const QSqlDatabase &db, IntegrityDepth depth, int newestKnownVersion)
{
    Result<QVariant> appId = sqlScalar(db, u"PRAGMA application_id"_s);
    if (!appId) {
        if (appId.error().code == ErrorCode::NotAStore || appId.error().code == ErrorCode::Damaged)
            return appId.error().code == ErrorCode::NotAStore ? notAStore(appId.error().detail)
                                                              : damaged(appId.error().detail);
        return appId.error();
    }
    if (appId->toLongLong() != kStoreApplicationId)
        return notAStore(u"SQLite file with application id %1"_s.arg(appId->toLongLong()));

    Result<QSqlQuery> check
        = sqlRun(db, depth == IntegrityDepth::Full ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s);
    if (!check)
        return damaged(check.error().detail);
    QStringList problems;
    while (check->next()) {
        const QString line = check->value(0).toString();
        if (line != u"ok"_s)
            problems.append(line);
    }
    check->finish();
    if (!problems.isEmpty())
        return damaged(problems.mid(0, 5).join(u"; "_s));

    Result<int> version = readSchemaVersion(db);
    if (!version) {
        if (version.error().code == ErrorCode::Damaged)
            return version.error();
        return damaged(version.error().detail);
    }
    if (*version == 0)
        return damaged(u"no schema_version table"_s);
    if (*version > newestKnownVersion) {
        return makeError(ErrorCode::NewerSchema,
            QCoreApplication::translate("dsn::Store",
                "The store was written by a newer version of the workstation (schema version %1; "
                "this version knows up to %2). It was left unchanged.")
                .arg(*version)
                .arg(newestKnownVersion));
    }
    return *version;
}

StoreFile::StoreFile(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

StoreFile::~StoreFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase StoreFile::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<StoreFile>> StoreFile::inspect(
    const QString &path, IntegrityDepth depth, int newestKnownVersion)
{
    if (Result<void> header = checkStoreHeader(path); !header)
        return header.error();

    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Without a write-ahead log the file is opened immutable: SQLite then creates no side
    // files at all. With one (a session that did not close), the log belongs to the store.
    QUrl url = QUrl::fromLocalFile(absolute);
    QUrlQuery query;
    if (QFile::exists(absolute + u"-wal"_s))
        query.addQueryItem(u"mode"_s, u"ro"_s);
    else
        query.addQueryItem(u"immutable"_s, u"1"_s);
    url.setQuery(query);

    std::unique_ptr<StoreFile> file(new StoreFile(absolute, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, file->m_connectionName);
    db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    if (!db.open()) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("dsn::Store", "The store file cannot be opened."),
            db.lastError().text());
    }

    Result<int> version = inspectConnection(db, depth, newestKnownVersion);
    if (!version)
        return version.error();
    file->m_version = *version;
    return file;
}

} // namespace dsn
