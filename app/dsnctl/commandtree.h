#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

// A small tree of subcommands on top of QCommandLineParser: every level answers --help,
// unknown options and bad values end with a message on stderr and exit code 2.
namespace dsnctl {

enum ExitCode : int {
    ExitOk = 0,
    ExitInvalid = 1, // the input was understood but is not valid (for example a wrong IIN)
    ExitUsage = 2,   // unknown option, missing argument, bad value
};

class Invocation
{
public:
    Invocation(QString commandPath, const QCommandLineParser &parser, QStringList positional,
        QHash<QString, QString> globals, QTextStream &out, QTextStream &err);

    const QString &commandPath() const { return m_commandPath; }
    const QStringList &positional() const { return m_positional; }
    bool isSet(const QString &option) const;
    // The value of a leaf option, or of a global option given before the subcommand.
    QString value(const QString &option) const;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints "dsnctl <command>: <message>" and a hint to --help; returns ExitUsage.
    int usageError(const QString &message);
    // Prints "dsnctl <command>: <message>"; returns the given code.
    int fail(const QString &message, int code = ExitInvalid);

private:
    QString m_commandPath;
    const QCommandLineParser &m_parser;
    QStringList m_positional;
    QHash<QString, QString> m_globals;
    QTextStream &m_out;
    QTextStream &m_err;
};

struct Command
{
    QString name;
    QString summary;
    // Leaf commands: positional argument names for help, and how many must be given.
    QStringList positionalNames;
    int minPositional = 0;
    int maxPositional = 0;
    QList<QCommandLineOption> options;
    std::function<int(Invocation &)> run;
    // Group commands: their subcommands. Options of a group are global to everything below it.
    QList<Command> children;
};

int dispatch(const Command &root, const QStringList &arguments, QTextStream &out, QTextStream &err);

// Parses a value that must be one of the given words; on failure reports a usage error.
bool parseChoice(Invocation &inv, const QString &option, const QStringList &choices, QString *result);

} // namespace dsnctl
