#include "users/demoaccounts.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

QList<DemoAccount> demoAccounts()
{
    return {
        { u"admin"_s, u"demo-admin-2026"_s, Role::Administrator },
        { u"operator"_s, u"demo-operator-2026"_s, Role::Operator },
        { u"reviewer"_s, u"demo-reviewer-2026"_s, Role::Reviewer },
    };
}

QString demoPasswordProblem(const QString &password)
{
    const QString typed = password.trimmed();
    for (const DemoAccount &a : demoAccounts()) {
        if (typed.compare(a.password, Qt::CaseInsensitive) == 0) {
            return QCoreApplication::translate(
                "dsn::Users", "This is a published demonstration password; choose a password of your own.");
        }
    }
    return {};
}

} // namespace dsn
