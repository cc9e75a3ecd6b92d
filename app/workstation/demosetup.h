#pragma once

#include "store/result.h"
#include "store/userstore.h"

#include <QList>
#include <QString>

namespace dsn {
class Database;
}

namespace dsn::workstation {

struct DemoAccount
{
    QString username;
    QString password;
    Role role = Role::Operator;
};

// Sets up an EMPTY store for a demonstration: the workstation code DEMO01, the branch's names,
// an administrator, an operator and a reviewer with known passwords. Refused (Conflict) when
// the store already has a user. Recorded as the system.
Result<QList<DemoAccount>> seedDemoStore(Database &database, UserStore &users);

// The accounts seedDemoStore() creates, for printing the demo login again.
QList<DemoAccount> demoAccounts();

} // namespace dsn::workstation
