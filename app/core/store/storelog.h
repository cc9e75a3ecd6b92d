#pragma once

#include <QList>
#include <QString>

// A store whose write-ahead log was removed from under a program that still has it open. The
// program goes on writing into a file that no longer has a name: other programs see another
// store, and whatever it wrote since is lost when it ends. SQLite cannot tell; the system can:
// on Linux the program's descriptors show "<store>-wal (deleted)" (or -shm, or the store file
// itself when it was replaced or deleted). Only /proc is read, never the store's files.
namespace dsn {

struct DetachedStoreFile
{
    qint64 pid = 0;
    QString program;    // the process's command name
    QString file;       // the deleted file's path as the process opened it
    QString descriptor; // /proc/PID/fd/N: while the process runs, the file can be copied from it
};

// The processes this user may inspect that hold a deleted -wal, -shm or main file of the store
// at storePath.
QList<DetachedStoreFile> findDetachedStoreFiles(const QString &storePath);

// The same for this process alone: true when it holds such a file of the store.
bool thisProcessLostItsLog(const QString &storePath);

} // namespace dsn
