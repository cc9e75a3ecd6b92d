#pragma once

#include "lifecycle/caselifecycle.h"

#include <QList>
#include <QString>

// The accounts of the demonstration store (dsn-workstation --demo, installer/run.sh). Their
// passwords are printed on the terminal and in the README, so they belong to the demonstration
// store only: no real user may choose one of them.
namespace dsn {

struct DemoAccount
{
    QString username;
    QString password;
    Role role = Role::Operator;
};

QList<DemoAccount> demoAccounts();

// Empty when the password is not a demo password; otherwise why it cannot be used (translated).
QString demoPasswordProblem(const QString &password);

} // namespace dsn
