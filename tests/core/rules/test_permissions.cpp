// The permissions table: what each role may and may not do at the workstation, and the keys
// and names of the actions.

#include "rules/permissions.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsn::Action;
using dsn::Role;

Q_DECLARE_METATYPE(dsn::Role)

class TestPermissions : public QObject
{
    Q_OBJECT
private slots:
    void eachRoleMayDoExactlyItsActions_data();
    void eachRoleMayDoExactlyItsActions();
    void everyPersonMayLockAndSignOut();
    void keysRoundTripAndAreUnique();
    void namesAreGiven();
};

void TestPermissions::eachRoleMayDoExactlyItsActions_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QStringList>("may");
    QTest::newRow("operator") << Role::Operator
                              << QStringList { u"new_application"_s, u"case_list"_s, u"print_receipt"_s,
                                     u"sync_now"_s, u"lock_session"_s, u"sign_out"_s };
    QTest::newRow("reviewer") << Role::Reviewer
                              << QStringList { u"case_list"_s, u"lock_session"_s, u"sign_out"_s };
    QTest::newRow("administrator") << Role::Administrator
                                   << QStringList { u"manage_users"_s, u"audit_check"_s, u"sync_now"_s,
                                          u"lock_session"_s, u"sign_out"_s };
    // The system is nobody at the window.
    QTest::newRow("system") << Role::System << QStringList {};
}

void TestPermissions::eachRoleMayDoExactlyItsActions()
{
    QFETCH(Role, role);
    QFETCH(QStringList, may);
    for (const QString &key : std::as_const(may))
        QVERIFY2(dsn::actionFromKey(key), qPrintable(key));
    // Every action of the table, the permitted ones and all the others.
    for (Action action : dsn::allActions()) {
        const QString key = dsn::actionKey(action);
        QVERIFY2(dsn::permits(role, action) == may.contains(key), qPrintable(key));
    }
}

void TestPermissions::everyPersonMayLockAndSignOut()
{
    for (Role role : { Role::Operator, Role::Reviewer, Role::Administrator }) {
        QVERIFY(dsn::permits(role, Action::LockSession));
        QVERIFY(dsn::permits(role, Action::SignOut));
    }
    // Taking in applications is the counter's work alone; users and the audit the administrator's.
    QVERIFY(!dsn::permits(Role::Reviewer, Action::NewApplication));
    QVERIFY(!dsn::permits(Role::Administrator, Action::NewApplication));
    QVERIFY(!dsn::permits(Role::Operator, Action::ManageUsers));
    QVERIFY(!dsn::permits(Role::Reviewer, Action::AuditCheck));
    QVERIFY(!dsn::permits(Role::Reviewer, Action::SyncNow));
}

void TestPermissions::keysRoundTripAndAreUnique()
{
    const QList<Action> actions = dsn::allActions();
    QCOMPARE(actions.size(), dsn::kActionCount);
    QSet<QString> keys;
    for (Action action : actions) {
        const QString key = dsn::actionKey(action);
        QVERIFY(!key.isEmpty());
        QCOMPARE(dsn::actionFromKey(key), std::optional(action));
        keys.insert(key);
    }
    QCOMPARE(keys.size(), actions.size());
    QCOMPARE(dsn::actionKey(Action::NewApplication), u"new_application"_s);
    QCOMPARE(dsn::actionFromKey(u"sync_now"), std::optional(Action::SyncNow));
    QVERIFY(!dsn::actionFromKey(u"delete_everything"));
    QVERIFY(!dsn::actionFromKey(u""));
}

void TestPermissions::namesAreGiven()
{
    QSet<QString> names;
    for (Action action : dsn::allActions()) {
        QVERIFY(!dsn::actionDisplayName(action).isEmpty());
        names.insert(dsn::actionDisplayName(action));
    }
    QCOMPARE(names.size(), dsn::kActionCount);
    QCOMPARE(dsn::actionDisplayName(Action::AuditCheck), u"Audit check"_s);
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "test_permissions.moc"
