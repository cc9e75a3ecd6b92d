#include "commandtree.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsnctl {

Invocation::Invocation(QString commandPath, const QCommandLineParser &parser, QStringList positional,
    QHash<QString, QString> globals, QTextStream &out, QTextStream &err)
    : m_commandPath(std::move(commandPath))
    , m_parser(parser)
    , m_positional(std::move(positional))
    , m_globals(std::move(globals))
    , m_out(out)
    , m_err(err)
{
}

bool Invocation::isSet(const QString &option) const
{
    return m_parser.isSet(option) || m_globals.contains(option);
}

QString Invocation::value(const QString &option) const
{
    if (m_parser.isSet(option))
        return m_parser.value(option);
    return m_globals.value(option);
}

int Invocation::usageError(const QString &message)
{
    m_err << m_commandPath << ": " << message << '\n'
          << "Try '" << m_commandPath << " --help' for more information.\n";
    m_err.flush();
    return ExitUsage;
}

int Invocation::fail(const QString &message, int code)
{
    m_err << m_commandPath << ": " << message << '\n';
    m_err.flush();
    return code;
}

bool parseChoice(Invocation &inv, const QString &option, const QStringList &choices, QString *result)
{
    const QString v = inv.value(option);
    if (!choices.contains(v)) {
        inv.usageError(
            u"invalid value '%1' for --%2 (expected one of: %3)"_s.arg(v, option, choices.join(u", "_s)));
        return false;
    }
    *result = v;
    return true;
}

namespace {

const QCommandLineOption kHelpOption({ u"h"_s, u"help"_s }, u"Show this help and exit."_s);
const QCommandLineOption kVersionOption(u"version"_s, u"Show the version and exit."_s);

QString optionsHelp(const QList<QCommandLineOption> &options)
{
    QString text;
    for (const QCommandLineOption &o : options) {
        QStringList names;
        for (const QString &n : o.names())
            names.append(QString(n.size() == 1 ? u"-"_s : u"--"_s) + n);
        QString left = names.join(u", "_s);
        if (!o.valueName().isEmpty())
            left += u' ' + o.valueName();
        text += u"  "_s + left.leftJustified(34) + u' ' + o.description() + u'\n';
    }
    return text;
}

void printGroupHelp(
    const Command &group, const QString &path, const QList<QCommandLineOption> &globals, QTextStream &out)
{
    out << "Usage: " << path << (globals.isEmpty() ? "" : " [options]") << " COMMAND ...\n\n";
    if (!group.summary.isEmpty())
        out << group.summary << "\n\n";
    out << "Commands:\n";
    for (const Command &c : group.children)
        out << "  " << c.name.leftJustified(14) << ' ' << c.summary << '\n';
    QList<QCommandLineOption> shown = globals;
    shown.append(kHelpOption);
    if (path.count(u' ') == 0)
        shown.append(kVersionOption);
    out << "\nOptions:\n" << optionsHelp(shown);
    out << "\nRun '" << path << " COMMAND --help' for the options of a command.\n";
}

void printLeafHelp(
    const Command &leaf, const QString &path, const QList<QCommandLineOption> &globals, QTextStream &out)
{
    out << "Usage: " << path << " [options]";
    for (int i = 0; i < leaf.positionalNames.size(); ++i)
        out << ' '
            << (i < leaf.minPositional ? leaf.positionalNames.at(i)
                                       : QString(u'[' + leaf.positionalNames.at(i) + u']'));
    out << "\n\n" << leaf.summary << "\n\nOptions:\n";
    QList<QCommandLineOption> shown = leaf.options;
    shown.append(globals);
    shown.append(kHelpOption);
    out << optionsHelp(shown);
}

int runLeaf(const Command &leaf, const QString &path, const QList<QCommandLineOption> &globals,
    const QHash<QString, QString> &globalValues, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(leaf.options);
    parser.addOptions(globals);
    parser.addOption(kHelpOption);

    QStringList full = args;
    full.prepend(path);
    if (!parser.parse(full)) {
        err << path << ": " << parser.errorText() << '\n'
            << "Try '" << path << " --help' for more information.\n";
        return ExitUsage;
    }
    if (parser.isSet(kHelpOption)) {
        printLeafHelp(leaf, path, globals, out);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    QHash<QString, QString> values = globalValues;
    Invocation inv(path, parser, positional, values, out, err);
    if (positional.size() < leaf.minPositional) {
        return inv.usageError(u"missing argument %1"_s.arg(leaf.positionalNames.value(positional.size())));
    }
    if (positional.size() > leaf.maxPositional) {
        return inv.usageError(u"unexpected argument '%1'"_s.arg(positional.at(leaf.maxPositional)));
    }
    return leaf.run(inv);
}

const QCommandLineOption *findOption(const QList<QCommandLineOption> &options, const QString &name)
{
    for (const QCommandLineOption &o : options)
        if (o.names().contains(name))
            return &o;
    return nullptr;
}

} // namespace

int dispatch(const Command &root, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Command *group = &root;
    QString path = root.name;
    QList<QCommandLineOption> globals;
    QHash<QString, QString> globalValues;
    int i = 0;

    for (;;) {
        globals.append(group->options);
        // Options before the subcommand name belong to this group (or are --help / --version).
        while (i < arguments.size() && arguments.at(i).startsWith(u'-')) {
            const QString arg = arguments.at(i);
            if (arg == u"-h"_s || arg == u"--help"_s) {
                printGroupHelp(*group, path, globals, out);
                return ExitOk;
            }
            if (arg == u"--version"_s && group == &root) {
                out << root.name << ' ' << QCoreApplication::applicationVersion() << '\n';
                return ExitOk;
            }
            QString name = arg.mid(arg.startsWith(u"--"_s) ? 2 : 1);
            QString inlineValue;
            bool hasInline = false;
            if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name.truncate(eq);
                hasInline = true;
            }
            const QCommandLineOption *opt = findOption(globals, name);
            if (!opt) {
                err << path << ": unknown option '" << arg << "'\n"
                    << "Try '" << path << " --help' for more information.\n";
                return ExitUsage;
            }
            const QString key = opt->names().constLast();
            if (opt->valueName().isEmpty()) {
                globalValues.insert(key, QString());
            } else if (hasInline) {
                globalValues.insert(key, inlineValue);
            } else if (i + 1 < arguments.size()) {
                globalValues.insert(key, arguments.at(++i));
            } else {
                err << path << ": missing value for option '" << arg << "'\n";
                return ExitUsage;
            }
            ++i;
        }
        if (i >= arguments.size()) {
            err << path << ": missing command\n";
            printGroupHelp(*group, path, globals, err);
            return ExitUsage;
        }
        const QString name = arguments.at(i++);
        const Command *next = nullptr;
        for (const Command &c : group->children)
            if (c.name == name)
                next = &c;
        if (!next) {
            err << path << ": unknown command '" << name << "'\n"
                << "Try '" << path << " --help' for the list of commands.\n";
            return ExitUsage;
        }
        path += u' ' + next->name;
        if (next->children.isEmpty())
            return runLeaf(*next, path, globals, globalValues, arguments.mid(i), out, err);
        group = next;
    }
}

} // namespace dsnctl
