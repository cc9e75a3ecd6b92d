#pragma once

#include "commandtree.h"

namespace dsnctl {

// Each top-level command group registers itself from its own source file:
//   static const bool registered = registerCommand(&idCommand);
using CommandFactory = Command (*)();
bool registerCommand(CommandFactory factory);
// A subcommand of a group that another file registers ("office"), from its own source file.
bool registerSubcommand(const char *group, CommandFactory factory);
QList<Command> registeredCommands(); // sorted by name

} // namespace dsnctl
