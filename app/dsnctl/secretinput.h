#pragma once

#include "commandtree.h"

#include <QString>

#include <optional>

// Secrets for dsnctl commands (passwords, tokens) come from standard input, never from the
// command line, which other users of the computer can read in the process list.
namespace dsnctl {

// Reads one line from standard input, without its line end. On a terminal the prompt goes to
// standard error and the typing is not echoed. nullopt when standard input ended before a line.
std::optional<QString> readSecretLine(Invocation &inv, const QString &prompt);

// The value of a --token option: "-" reads it from standard input as one line. nullopt, after a
// usage error, when it is empty or standard input has none.
std::optional<QString> tokenOptionValue(Invocation &inv, const QString &option);

} // namespace dsnctl
