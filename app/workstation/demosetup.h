#pragma once

#include "base/result.h"
#include "users/demoaccounts.h"
#include "users/userstore.h"

#include <QList>
#include <QString>

namespace dsn {
class Database;
}

namespace dsn::workstation {

// Sets up an EMPTY store for a demonstration: the workstation code DEMO01, the branch's names,
// an administrator, an operator and a reviewer with the known passwords of demoAccounts().
// Refused (Conflict) when the store already has a user. Recorded as the system. Only for the
// demonstration's own store, never the workstation's default store.
Result<QList<DemoAccount>> seedDemoStore(Database &database, UserStore &users);

} // namespace dsn::workstation
