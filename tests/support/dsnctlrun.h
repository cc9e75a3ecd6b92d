#pragma once

// Runs a program of the build for a test and collects what it did: exit code, both outputs, and
// an optional standard input. runDsnctl() exists in tests that declare `RUNS dsnctl` in
// dsn_add_test (which defines DSNCTL_PATH and builds dsnctl first).

#include <QByteArray>
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

// Starts program with the arguments, writes input and closes its standard input, and waits
// (bounded) for it to end.
DsnctlRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

#ifdef DSNCTL_PATH
inline DsnctlRun runDsnctl(const QStringList &arguments, const QByteArray &input = {},
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return runProgram(QStringLiteral(DSNCTL_PATH), arguments, input, environment);
}
#endif

} // namespace dsntest
