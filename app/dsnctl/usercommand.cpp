// dsnctl user: creates and lists workstation users. Passwords come from standard input only.
#include "commandregistry.h"
#include "secretinput.h"
#include "storeaccess.h"

#include "users/userstore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

using dsnctl::Command;
using dsnctl::Invocation;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::user)
};

int runAdd(Invocation &inv)
{
    dsn::NewUser user;
    user.username = inv.positional().at(0);
    QString role;
    if (!inv.isSet(u"role"_s))
        return inv.usageError(Text::tr("missing --role"));
    if (!dsnctl::parseChoice(inv, u"role"_s, { u"operator"_s, u"reviewer"_s, u"admin"_s }, &role))
        return dsnctl::ExitUsage;
    user.role = *dsn::roleFromKey(role);
    if (!inv.isSet(u"office"_s))
        return inv.usageError(Text::tr("missing --office"));
    user.officeCode = inv.value(u"office"_s);
    user.fullName = inv.isSet(u"full-name"_s) ? inv.value(u"full-name"_s) : user.username;

    // Check what can be checked before asking for the password.
    if (const QString p = dsn::UserStore::usernameProblem(user.username); !p.isEmpty())
        return inv.fail(p);
    if (const QString p = dsn::UserStore::officeCodeProblem(user.officeCode); !p.isEmpty())
        return inv.fail(p);

    const std::optional<QString> password = dsnctl::readSecretLine(inv, Text::tr("Password: "));
    if (!password)
        return inv.fail(Text::tr("no password on standard input (give it as one line)"));
    if (const QString p = dsn::UserStore::passwordProblem(user.username, *password); !p.isEmpty())
        return inv.fail(p);

    int code = dsnctl::ExitOk;
    std::unique_ptr<dsn::Database> db = dsnctl::openStore(inv, &code, dsnctl::MissingStore::Create);
    if (!db)
        return code;
    dsn::UserStore users(*db);
    const dsn::Result<dsn::User> created = users.createUser(dsnctl::systemActor(), user, *password);
    if (!created)
        return inv.fail(dsnctl::describe(created.error()));
    inv.out() << Text::tr("created user %1 (id %2, role %3, office %4)")
                     .arg(created->username)
                     .arg(created->id)
                     .arg(dsn::roleKey(created->role), created->officeCode)
              << '\n';
    return dsnctl::ExitOk;
}

int runList(Invocation &inv)
{
    int code = dsnctl::ExitOk;
    std::unique_ptr<dsn::Database> db = dsnctl::openStore(inv, &code);
    if (!db)
        return code;
    dsn::UserStore users(*db);
    const dsn::Result<QList<dsn::User>> list = users.users();
    if (!list)
        return inv.fail(dsnctl::describe(list.error()));
    for (const dsn::User &u : *list) {
        QString state = u.active ? u"active"_s : u"inactive"_s;
        if (u.lockedUntil && *u.lockedUntil > QDateTime::currentDateTimeUtc())
            state += u",locked"_s;
        inv.out() << u.username << '\t' << dsn::roleKey(u.role) << '\t' << u.officeCode << '\t' << state
                  << '\t' << u.fullName << '\n';
    }
    return dsnctl::ExitOk;
}

Command userCommand()
{
    Command add;
    add.name = u"add"_s;
    add.summary = u"Create a user. The password is read from standard input as one line and never echoed; "
                  u"it needs at least 10 characters and must not be the user name. Creates the store if "
                  u"there is none."_s;
    add.positionalNames = { u"NAME"_s };
    add.minPositional = add.maxPositional = 1;
    add.options = {
        QCommandLineOption(u"role"_s, u"operator, reviewer or admin."_s, u"ROLE"_s),
        QCommandLineOption(u"office"_s,
            u"The office the user works for (State Corporation branch or revenue "
            u"department code)."_s,
            u"CODE"_s),
        QCommandLineOption(u"full-name"_s, u"The user's full name (default: NAME)."_s, u"TEXT"_s),
    };
    add.run = runAdd;

    Command list;
    list.name = u"list"_s;
    list.summary = u"List users: name, role, office, state, full name (tab-separated)."_s;
    list.run = runList;

    Command user;
    user.name = u"user"_s;
    user.summary = u"Workstation users."_s;
    user.children = { add, list };
    return user;
}

const bool registered = dsnctl::registerCommand(&userCommand);

} // namespace
