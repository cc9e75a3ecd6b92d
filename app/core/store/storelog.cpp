#include "store/storelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <climits>
#include <dirent.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

// The store's path as the kernel names it (symbolic links resolved): the file itself may be
// gone, so its folder is resolved and the name appended.
QString kernelPath(const QString &storePath)
{
    const QFileInfo info(QFileInfo(storePath).absoluteFilePath());
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
}

#ifdef Q_OS_LINUX
QString readLink(const QByteArray &link)
{
    char buffer[PATH_MAX + 32];
    const ssize_t n = ::readlink(link.constData(), buffer, sizeof buffer - 1);
    if (n <= 0)
        return {};
    return QFile::decodeName(QByteArray(buffer, int(n)));
}

struct Found
{
    QString file;
    QString descriptor;
};

// The deleted files of the store among the process's descriptors, each once.
QList<Found> detachedFilesOf(const QString &procDir, const QString &store)
{
    static const QStringList suffixes { u"-wal"_s, u"-shm"_s, QString() };
    QList<Found> found;
    const QByteArray folder = QFile::encodeName(procDir) + "/fd";
    DIR *fds = ::opendir(folder.constData());
    if (!fds)
        return found; // another user's process, or gone
    while (const dirent *entry = ::readdir(fds)) {
        if (entry->d_name[0] == '.')
            continue;
        const QByteArray link = folder + '/' + entry->d_name;
        const QString target = readLink(link);
        if (!target.endsWith(u" (deleted)"_s))
            continue;
        const QString file = target.chopped(10);
        const bool known
            = std::any_of(found.cbegin(), found.cend(), [&file](const Found &f) { return f.file == file; });
        if (known)
            continue;
        for (const QString &suffix : suffixes) {
            if (file == store + suffix)
                found.append(Found { file, QFile::decodeName(link) });
        }
    }
    ::closedir(fds);
    return found;
}
#endif

} // namespace

QList<DetachedStoreFile> findDetachedStoreFiles(const QString &storePath)
{
    QList<DetachedStoreFile> result;
#ifdef Q_OS_LINUX
    const QString store = kernelPath(storePath);
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pidText : pids) {
        bool numeric = false;
        const qint64 pid = pidText.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QString procDir = u"/proc/"_s + pidText;
        const QList<Found> files = detachedFilesOf(procDir, store);
        if (files.isEmpty())
            continue;
        QFile comm(procDir + u"/comm"_s);
        QString program;
        if (comm.open(QIODevice::ReadOnly))
            program = QString::fromLocal8Bit(comm.readAll()).trimmed();
        for (const Found &f : files)
            result.append(DetachedStoreFile { pid, program, f.file, f.descriptor });
    }
#else
    Q_UNUSED(storePath);
#endif
    return result;
}

bool thisProcessLostItsLog(const QString &storePath)
{
#ifdef Q_OS_LINUX
    return !detachedFilesOf(u"/proc/self"_s, kernelPath(storePath)).isEmpty();
#else
    Q_UNUSED(storePath);
    return false;
#endif
}

} // namespace dsn
