#pragma once

#include "commandtree.h"

#include "session/actor.h"
#include "store/database.h"

#include <memory>
#include <optional>

// For dsnctl commands that work on the workstation's store: which file (--db PATH or
// sqlite:PATH; default the workstation's own store), opening it with its checks, and the actor
// dsnctl writes as (the system).
namespace dsnctl {

// The store file, or nullopt after a usage error (exit 2) when --db names an office database.
std::optional<QString> storePath(Invocation &inv);

enum class MissingStore { Refuse, Create };

// Opens the store with its checks (and upgrades an older one). On failure prints the reason
// and sets *exitCode to ExitInvalid (or ExitUsage for a bad --db) and returns nullptr.
std::unique_ptr<dsn::Database> openStore(
    Invocation &inv, int *exitCode, MissingStore missing = MissingStore::Refuse);

// A store error as one line: the clerk's message, then the technical detail in brackets.
QString describe(const dsn::Error &error);

inline dsn::Actor systemActor()
{
    return dsn::Actor::system();
}

} // namespace dsnctl
