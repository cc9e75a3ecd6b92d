#include "store/synctokenfile.h"

#include "store/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::SyncTokenFile)
};

constexpr QFile::Permissions kFolderPermissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kFilePermissions = QFile::ReadOwner | QFile::WriteOwner;
constexpr qint64 kMaxFileSize = 64 * 1024;

Error fileError(const QString &message, const QString &path, const QString &why)
{
    return makeError(ErrorCode::Io, message, u"%1: %2"_s.arg(path, why));
}

// The folder, made when missing, and readable by its owner only.
Result<void> makeFolder(const QString &folder)
{
    const QString message
        = Text::tr("The folder for the workstation's sync token (%1) cannot be made.").arg(folder);
    const QFileInfo info(folder);
    if (!info.isDir()) {
        if (!QDir().mkpath(info.absolutePath()))
            return fileError(message, info.absolutePath(), u"mkpath failed"_s);
        if (!QDir().mkdir(folder, kFolderPermissions) && !QFileInfo(folder).isDir())
            return fileError(message, folder, u"mkdir failed"_s);
    }
    if (!QFile::setPermissions(folder, kFolderPermissions))
        return fileError(message, folder, u"chmod 0700 failed"_s);
    return {};
}

} // namespace

QString SyncTokenFile::folder()
{
    // AppConfigLocation of the workstation is the generic configuration folder followed by the
    // organization and the application name; dsnctl and the window share it this way.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/DSN/dsn-workstation/sync-tokens"_s;
}

Result<QString> SyncTokenFile::storeFilePath(const QSqlDatabase &db)
{
    Result<QSqlQuery> q = sqlRun(db, u"PRAGMA database_list"_s);
    if (!q)
        return q.error();
    QString file;
    while (q->next()) {
        if (q->value(1).toString() == u"main")
            file = q->value(2).toString();
    }
    return file;
}

QString SyncTokenFile::pathFor(const QString &storeFile)
{
    const QByteArray hash = QCryptographicHash::hash(storeFile.toUtf8(), QCryptographicHash::Sha256).toHex();
    return folder() + u'/' + QString::fromLatin1(hash.left(32)) + u".token"_s;
}

Result<QString> SyncTokenFile::read(const QString &storeFile)
{
    if (storeFile.isEmpty())
        return QString();
    const QString path = pathFor(storeFile);
    QFile file(path);
    if (!file.exists())
        return QString();
    const QString message = Text::tr("The workstation's sync token (%1) cannot be read.").arg(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(message, path, file.errorString());
    // Kept for its owner only, even when someone loosened it.
    constexpr QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if ((file.permissions() & others) != 0)
        file.setPermissions(kFilePermissions);
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    if (bytes.size() > kMaxFileSize)
        return fileError(message, path, u"larger than 64 KiB"_s);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonObject object = document.object();
    if (!document.isObject() || !object.value(u"token"_s).isString())
        return fileError(message, path, u"not a token file"_s);
    return object.value(u"token"_s).toString();
}

Result<void> SyncTokenFile::write(const QString &storeFile, const QString &token)
{
    if (storeFile.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
            Text::tr("The workstation's sync token can only be kept for a store in a file."));
    }
    const QString dir = folder();
    if (Result<void> r = makeFolder(dir); !r)
        return r;
    const QString path = pathFor(storeFile);
    const QString message = Text::tr("The workstation's sync token cannot be saved in %1.").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(message, path, file.errorString());
    // Before the first byte: the new file is its owner's only.
    if (!file.setPermissions(kFilePermissions)) {
        file.cancelWriting();
        return fileError(message, path, u"chmod 0600 failed"_s);
    }
    const QByteArray bytes = QJsonDocument(QJsonObject { { u"store"_s, storeFile }, { u"token"_s, token } })
                                 .toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fileError(message, path, file.errorString());
    return {};
}

} // namespace dsn
