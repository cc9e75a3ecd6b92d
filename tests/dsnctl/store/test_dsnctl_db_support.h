#pragma once

// Running dsnctl for the store contract tests (db, user, audit): exit code, outputs, and an
// optional line on standard input.

#include "../../core/store/storetestsupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dsnctltest {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

inline Run dsnctl(const QStringList &arguments, const QByteArray &input = {},
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DSNCTL_PATH), arguments);
    Run run;
    if (!process.waitForStarted(30000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.code = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Creates a store at path holding one user made through dsnctl; true on success.
inline bool makeStore(const QString &path, const QString &user = QStringLiteral("aigerim"))
{
    const Run r = dsnctl({ QStringLiteral("--db"), path, QStringLiteral("user"), QStringLiteral("add"), user,
                             QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("--office"),
                             QStringLiteral("AST01") },
        "operator password\n");
    return r.code == 0;
}

} // namespace dsnctltest
