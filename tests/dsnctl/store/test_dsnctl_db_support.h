#pragma once

// Running dsnctl for the store contract tests (db, user, audit): exit code, outputs, and an
// optional line on standard input.

#include "dsnctlrun.h"
#include "storefiles.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dsnctltest {

using Run = dsntest::DsnctlRun;

inline Run dsnctl(const QStringList &arguments, const QByteArray &input = {},
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return dsntest::runDsnctl(arguments, input, environment);
}

// Creates a store at path holding one user made through dsnctl; true on success.
inline bool makeStore(const QString &path, const QString &user = QStringLiteral("aigerim"))
{
    const Run r = dsnctl({ QStringLiteral("--db"), path, QStringLiteral("user"), QStringLiteral("add"), user,
                             QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("--office"),
                             QStringLiteral("AST01") },
        "operator password\n");
    return r.exitCode == 0;
}

} // namespace dsnctltest
