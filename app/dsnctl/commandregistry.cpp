#include "commandregistry.h"

#include <algorithm>

namespace dsnctl {

namespace {
QList<CommandFactory> &factories()
{
    static QList<CommandFactory> list;
    return list;
}

QList<std::pair<const char *, CommandFactory>> &subcommandFactories()
{
    static QList<std::pair<const char *, CommandFactory>> list;
    return list;
}
} // namespace

bool registerCommand(CommandFactory factory)
{
    factories().append(factory);
    return true;
}

bool registerSubcommand(const char *group, CommandFactory factory)
{
    subcommandFactories().append({ group, factory });
    return true;
}

QList<Command> registeredCommands()
{
    QList<Command> commands;
    for (CommandFactory f : factories())
        commands.append(f());
    for (Command &command : commands) {
        for (const auto &[group, f] : subcommandFactories()) {
            if (command.name == QLatin1StringView(group))
                command.children.append(f());
        }
    }
    std::sort(
        commands.begin(), commands.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    return commands;
}

} // namespace dsnctl
