#include "commandregistry.h"

#include <algorithm>

namespace dsnctl {

namespace {
QList<CommandFactory> &factories()
{
    static QList<CommandFactory> list;
    return list;
}
} // namespace

bool registerCommand(CommandFactory factory)
{
    factories().append(factory);
    return true;
}

QList<Command> registeredCommands()
{
    QList<Command> commands;
    for (CommandFactory f : factories())
        commands.append(f());
    std::sort(
        commands.begin(), commands.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    return commands;
}

} // namespace dsnctl
