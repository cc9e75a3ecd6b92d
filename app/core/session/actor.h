#pragma once

#include "lifecycle/caselifecycle.h"

#include <QString>

#include <optional>

// Who does something in the store: a signed-in user, or the system itself (dsnctl, sync).
// Every change and every audit entry names its actor.
namespace dsn {

struct Actor
{
    std::optional<qint64> userId; // nullopt for the system
    QString name;                 // user name, or "system"
    Role role = Role::System;
    QString officeCode; // the office the user is bound to; empty for the system

    // dsnctl and sync acting for the workstation.
    static Actor system();

    bool isSystem() const { return role == Role::System && !userId; }
};

} // namespace dsn
