#pragma once

#include "commandtree.h"

#include <optional>

// Tokens given to dsnctl commands: "--token -" reads the token from the first line of standard
// input, so that it need not appear in the process list or the shell's history.
namespace dsnctl {

// The option's token, read from standard input when its value is "-" (asked for without echo on a
// terminal), trimmed. nullopt after a usage error (exit 2) when the token is empty.
std::optional<QString> tokenValue(Invocation &inv, const QString &option);

} // namespace dsnctl
