#pragma once

// Runs the built dsnctl for the command-line contract tests: exit code, both outputs, and an
// optional standard input.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dsntest {

struct DsnctlRun
{
    int exitCode = -1; // -1: did not start, crashed or timed out
    QString out;
    QString err;

    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(exitCode).arg(out, err);
    }
};

inline DsnctlRun runDsnctl(const QStringList &arguments, const QByteArray &input = {},
                           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DSNCTL_PATH), arguments);
    DsnctlRun run;
    if (!process.waitForStarted(30000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace dsntest
