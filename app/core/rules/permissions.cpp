#include "rules/permissions.h"

#include "base/enumtable.h"

#include <initializer_list>

namespace dsn {

namespace {

using RoleSet = unsigned;

constexpr RoleSet rolesOf(std::initializer_list<Role> roles)
{
    RoleSet set = 0;
    for (Role role : roles)
        set |= 1u << static_cast<unsigned>(role);
    return set;
}

struct ActionEntry
{
    Action value;
    QStringView key;
    const char *name;
    RoleSet roles; // the roles that may do it
};

using R = Role;

// clang-format off
constexpr ActionEntry kActions[] = {
    {Action::NewApplication, u"new_application", QT_TRANSLATE_NOOP("dsn::Action", "New application"), rolesOf({R::Operator})},
    {Action::CaseList,       u"case_list",       QT_TRANSLATE_NOOP("dsn::Action", "Cases"),           rolesOf({R::Operator, R::Reviewer})},
    {Action::PrintReceipt,   u"print_receipt",   QT_TRANSLATE_NOOP("dsn::Action", "Print receipt"),   rolesOf({R::Operator})},
    {Action::ManageUsers,    u"manage_users",    QT_TRANSLATE_NOOP("dsn::Action", "Users"),           rolesOf({R::Administrator})},
    {Action::AuditCheck,     u"audit_check",     QT_TRANSLATE_NOOP("dsn::Action", "Audit check"),     rolesOf({R::Administrator})},
    {Action::SyncNow,        u"sync_now",        QT_TRANSLATE_NOOP("dsn::Action", "Sync now"),        rolesOf({R::Operator, R::Administrator})},
    {Action::LockSession,    u"lock_session",    QT_TRANSLATE_NOOP("dsn::Action", "Lock"),            rolesOf({R::Operator, R::Reviewer, R::Administrator})},
    {Action::SignOut,        u"sign_out",        QT_TRANSLATE_NOOP("dsn::Action", "Sign out"),        rolesOf({R::Operator, R::Reviewer, R::Administrator})},
};
// clang-format on

static_assert(std::size(kActions) == kActionCount);

} // namespace

bool permits(Role role, Action action)
{
    const ActionEntry *entry = enumEntry(kActions, action);
    return entry && (entry->roles & rolesOf({ role })) != 0;
}

QString actionKey(Action action)
{
    return enumKey(kActions, action);
}

std::optional<Action> actionFromKey(QStringView key)
{
    return enumFromKey(kActions, key);
}

QString actionDisplayName(Action action)
{
    return enumName("dsn::Action", kActions, action);
}

QList<Action> allActions()
{
    return enumValues(kActions);
}

} // namespace dsn
