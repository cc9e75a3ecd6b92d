#pragma once

#include "commandtree.h"

#include "session/actor.h"
#include "store/database.h"

#include <QDateTime>
#include <QStringView>

#include <memory>
#include <optional>

// For dsnctl commands that work on the workstation's store: which file (--db PATH or
// sqlite:PATH; default the workstation's own store), opening it with its checks, and the actor
// dsnctl writes as (the system); and how every command prints store errors and times.
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

// A time for people: Kazakhstan time with its offset, ISO 8601 ("2025-03-14T10:05:00+05:00"), or
// `none` for an invalid time ("-" in the sync and office listings; case output leaves it blank).
QString timeText(const QDateTime &t, QStringView none = u"-");

inline dsn::Actor systemActor()
{
    return dsn::Actor::system();
}

} // namespace dsnctl
