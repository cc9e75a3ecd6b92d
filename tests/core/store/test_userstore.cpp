#include "store/audittrail.h"
#include "store/database.h"
#include "store/sql.h"
#include "storefiles.h"
#include "users/userstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace dsntest;

Q_DECLARE_METATYPE(dsn::ErrorCode)

class UserStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passwordPolicy_data();
    void passwordPolicy();
    void usernameRules_data();
    void usernameRules();
    void firstAdministratorOnlyOnFirstRun();
    void onlyAdministratorsManageUsers();
    void userNamesAreUniqueIgnoringCase();
    void loginSucceedsAndIsAudited();
    void wrongPasswordAndUnknownNameLookAlike();
    void lockoutAfterFiveFailuresAndUnlockAfterPeriod();
    void successResetsTheFailureCount();
    void deactivatedUserCannotLogIn();
    void lastAdministratorStays();
    void passwordResetAndChange();
    void passwordsNeverStoredInClear();
    void hashesAreArgon2idWithTheGivenCost();

private:
    dsn::UserStore &users() { return *m_users; }
    int auditCount(const QString &event);
    dsn::User makeUser(const QString &name, dsn::Role role, const QString &password);

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
    std::unique_ptr<dsn::Database> m_db;
    std::unique_ptr<dsn::UserStore> m_users;
    dsn::Actor m_admin;
};

void UserStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = QDateTime(QDate(2025, 3, 4), QTime(9, 0), QTimeZone::utc());
    dsn::Database::Options options;
    options.clock = [this] {
        return m_now;
    };
    auto db = dsn::Database::open(m_dir->filePath(u"store.sqlite"_s), options);
    QVERIFY(db);
    m_db = std::move(*db);
    m_users = std::make_unique<dsn::UserStore>(*m_db, dsn::PasswordCost::fastForTests());
    auto admin = m_users->createFirstAdministrator(
        { u"admin"_s, u"Administrator"_s, dsn::Role::Administrator, u"AST01"_s }, u"first admin password"_s);
    QVERIFY(admin);
    m_admin = admin->actor();
}

void UserStoreTest::cleanup()
{
    m_users.reset();
    m_db.reset();
}

int UserStoreTest::auditCount(const QString &event)
{
    return dsn::sqlScalar(m_db->connection(), u"SELECT count(*) FROM audit_log WHERE event = ?"_s, { event })
        ->toInt();
}

dsn::User UserStoreTest::makeUser(const QString &name, dsn::Role role, const QString &password)
{
    auto u = m_users->createUser(m_admin, { name, u"Full Name"_s, role, u"6205"_s }, password);
    return u ? *u : dsn::User();
}

void UserStoreTest::passwordPolicy_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("nine characters") << u"aigerim"_s << u"123456789"_s << false;
    QTest::newRow("ten characters") << u"aigerim"_s << u"1234567890"_s << true;
    QTest::newRow("ten Cyrillic characters (more bytes)") << u"aigerim"_s << u"құпиясөз12"_s << true;
    QTest::newRow("nine Cyrillic characters") << u"aigerim"_s << u"құпиясөз1"_s << false;
    QTest::newRow("only spaces") << u"aigerim"_s << QString(12, u' ') << false;
    QTest::newRow("the user name") << u"aigerim.s01"_s << u"aigerim.s01"_s << false;
    QTest::newRow("the user name in other case") << u"aigerim.s01"_s << u"AIGERIM.S01"_s << false;
    QTest::newRow("empty") << u"aigerim"_s << QString() << false;
    QTest::newRow("too long") << u"aigerim"_s << QString(1025, u'x') << false;
}

void UserStoreTest::passwordPolicy()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(bool, acceptable);
    QCOMPARE(dsn::UserStore::passwordProblem(username, password).isEmpty(), acceptable);
    auto created = users().createUser(
        m_admin, { username, u"Full Name"_s, dsn::Role::Operator, u"AST01"_s }, password);
    QCOMPARE(created.ok(), acceptable);
    if (!acceptable)
        QCOMPARE(created.error().code, dsn::ErrorCode::InvalidInput);
}

void UserStoreTest::usernameRules_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("latin") << u"aigerim.s"_s << true;
    QTest::newRow("cyrillic") << u"айгерім"_s << true;
    QTest::newRow("two characters") << u"ai"_s << false;
    QTest::newRow("space") << u"aigerim s"_s << false;
    QTest::newRow("reserved system") << u"System"_s << false;
    QTest::newRow("reserved anonymous") << u"anonymous"_s << false;
}

void UserStoreTest::usernameRules()
{
    QFETCH(QString, username);
    QFETCH(bool, acceptable);
    QCOMPARE(dsn::UserStore::usernameProblem(username).isEmpty(), acceptable);
}

void UserStoreTest::firstAdministratorOnlyOnFirstRun()
{
    // init() created the first administrator on a new store.
    QCOMPARE(*users().needsFirstAdministrator(), false);
    auto admin = users().findUser(u"admin"_s);
    QVERIFY(admin && admin->has_value());
    QCOMPARE((*admin)->role, dsn::Role::Administrator);
    QCOMPARE(auditCount(u"user_created"_s), 1);

    auto again = users().createFirstAdministrator(
        { u"intruder"_s, u"X"_s, dsn::Role::Administrator, u"AST01"_s }, u"intruder password"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, dsn::ErrorCode::Conflict);
    QVERIFY(!users().findUser(u"intruder"_s)->has_value());

    QTemporaryDir other;
    auto fresh = dsn::Database::open(other.filePath(u"s.sqlite"_s));
    QVERIFY(fresh);
    dsn::UserStore freshUsers(**fresh, dsn::PasswordCost::fastForTests());
    QCOMPARE(*freshUsers.needsFirstAdministrator(), true);
}

void UserStoreTest::onlyAdministratorsManageUsers()
{
    const dsn::User op = makeUser(u"operator1"_s, dsn::Role::Operator, u"operator password"_s);
    QVERIFY(op.id > 0);
    auto byOperator = users().createUser(
        op.actor(), { u"newbie"_s, u"N"_s, dsn::Role::Operator, u"AST01"_s }, u"newbie password"_s);
    QVERIFY(!byOperator);
    QCOMPARE(byOperator.error().code, dsn::ErrorCode::PermissionDenied);
    QCOMPARE(users().setActive(op.actor(), m_admin.userId.value(), false).error().code,
        dsn::ErrorCode::PermissionDenied);
    QCOMPARE(users().resetPassword(op.actor(), m_admin.userId.value(), u"taken over!!"_s).error().code,
        dsn::ErrorCode::PermissionDenied);

    auto bySystem = users().createUser(dsn::Actor::system(),
        { u"reviewer1"_s, u"R"_s, dsn::Role::Reviewer, u"6205"_s }, u"reviewer password"_s);
    QVERIFY(bySystem);
    QCOMPARE(bySystem->role, dsn::Role::Reviewer);
    QCOMPARE(bySystem->officeCode, u"6205"_s);
    auto systemRole = users().createUser(
        m_admin, { u"robot"_s, u"R"_s, dsn::Role::System, u"6205"_s }, u"robot password"_s);
    QVERIFY(!systemRole);
}

void UserStoreTest::userNamesAreUniqueIgnoringCase()
{
    QVERIFY(makeUser(u"aigerim"_s, dsn::Role::Operator, u"first password"_s).id > 0);
    auto dup = users().createUser(
        m_admin, { u"Aigerim"_s, u"A"_s, dsn::Role::Operator, u"AST01"_s }, u"second password"_s);
    QVERIFY(!dup);
    QCOMPARE(dup.error().code, dsn::ErrorCode::Conflict);
}

void UserStoreTest::loginSucceedsAndIsAudited()
{
    const dsn::User op = makeUser(u"aigerim"_s, dsn::Role::Operator, u"correct horse 1"_s);
    auto user = users().authenticate(u"AIGERIM"_s, u"correct horse 1"_s);
    QVERIFY(user);
    QCOMPARE(user->id, op.id);
    QCOMPARE(user->role, dsn::Role::Operator);
    QCOMPARE(auditCount(u"login"_s), 1);
    QVERIFY(users().recordLogout(user->actor()));
    QCOMPARE(auditCount(u"logout"_s), 1);
    auto v = dsn::AuditTrail::verify(m_db->connection());
    QVERIFY(v && v->intact);
}

void UserStoreTest::wrongPasswordAndUnknownNameLookAlike()
{
    makeUser(u"aigerim"_s, dsn::Role::Operator, u"correct horse 1"_s);
    auto wrong = users().authenticate(u"aigerim"_s, u"wrong horse 1"_s);
    auto unknown = users().authenticate(u"nobody"_s, u"wrong horse 1"_s);
    QVERIFY(!wrong && !unknown);
    QCOMPARE(wrong.error().code, dsn::ErrorCode::AuthenticationFailed);
    QCOMPARE(unknown.error().code, dsn::ErrorCode::AuthenticationFailed);
    QCOMPARE(wrong.error().message, unknown.error().message);
    QCOMPARE(auditCount(u"login_failed"_s), 2);
    QCOMPARE(dsn::sqlScalar(m_db->connection(),
                 u"SELECT actor_role FROM audit_log WHERE event = 'login_failed' AND actor_name = 'nobody'"_s)
                 ->toString(),
        u"anonymous"_s);
}

void UserStoreTest::lockoutAfterFiveFailuresAndUnlockAfterPeriod()
{
    makeUser(u"aigerim"_s, dsn::Role::Operator, u"correct horse 1"_s);
    for (int i = 1; i <= 4; ++i) {
        auto r = users().authenticate(u"aigerim"_s, u"wrong horse %1"_s.arg(i));
        QCOMPARE(r.error().code, dsn::ErrorCode::AuthenticationFailed);
        m_now = m_now.addSecs(10);
    }
    auto fifth = users().authenticate(u"aigerim"_s, u"wrong horse 5"_s);
    QVERIFY(!fifth);
    QCOMPARE(fifth.error().code, dsn::ErrorCode::AccountLocked);
    QCOMPARE(auditCount(u"lockout"_s), 1);
    const QDateTime lockedAt = m_now;

    // The right password does not open a locked account, and trying does not extend the lock.
    m_now = lockedAt.addSecs(60);
    QCOMPARE(
        users().authenticate(u"aigerim"_s, u"correct horse 1"_s).error().code, dsn::ErrorCode::AccountLocked);
    m_now = lockedAt.addSecs(15 * 60 - 1);
    QCOMPARE(
        users().authenticate(u"aigerim"_s, u"correct horse 1"_s).error().code, dsn::ErrorCode::AccountLocked);
    QCOMPARE(auditCount(u"lockout"_s), 1);

    m_now = lockedAt.addSecs(15 * 60);
    auto after = users().authenticate(u"aigerim"_s, u"correct horse 1"_s);
    QVERIFY2(after, after ? "" : qPrintable(after.error().message));
    QVERIFY(!after->lockedUntil);
    QCOMPARE(after->failedAttempts, 0);
    // 5 wrong + 2 while locked.
    QCOMPARE(auditCount(u"login_failed"_s), 7);
}

void UserStoreTest::successResetsTheFailureCount()
{
    makeUser(u"aigerim"_s, dsn::Role::Operator, u"correct horse 1"_s);
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 4; ++i)
            QCOMPARE(users().authenticate(u"aigerim"_s, u"wrong horse"_s).error().code,
                dsn::ErrorCode::AuthenticationFailed);
        QVERIFY(users().authenticate(u"aigerim"_s, u"correct horse 1"_s));
    }
    QCOMPARE(auditCount(u"lockout"_s), 0);
}

void UserStoreTest::deactivatedUserCannotLogIn()
{
    const dsn::User op = makeUser(u"aigerim"_s, dsn::Role::Operator, u"correct horse 1"_s);
    QVERIFY(users().setActive(m_admin, op.id, false));
    QCOMPARE(users().authenticate(u"aigerim"_s, u"correct horse 1"_s).error().code,
        dsn::ErrorCode::AccountInactive);
    QCOMPARE(users().authenticate(u"aigerim"_s, u"wrong horse 1"_s).error().code,
        dsn::ErrorCode::AuthenticationFailed);
    QVERIFY(users().setActive(m_admin, op.id, true));
    QVERIFY(users().authenticate(u"aigerim"_s, u"correct horse 1"_s));
    QCOMPARE(auditCount(u"user_changed"_s), 2);
}

void UserStoreTest::lastAdministratorStays()
{
    const qint64 adminId = m_admin.userId.value();
    QCOMPARE(users().setActive(m_admin, adminId, false).error().code, dsn::ErrorCode::InvalidInput);
    QCOMPARE(users().changeRoleAndOffice(m_admin, adminId, dsn::Role::Operator, u"AST01"_s).error().code,
        dsn::ErrorCode::InvalidInput);
    const dsn::User second = makeUser(u"admin2"_s, dsn::Role::Administrator, u"second admin pw"_s);
    QVERIFY(users().changeRoleAndOffice(m_admin, adminId, dsn::Role::Reviewer, u"6205"_s));
    auto changed = users().userById(adminId);
    QCOMPARE((*changed)->role, dsn::Role::Reviewer);
    QCOMPARE((*changed)->officeCode, u"6205"_s);
    QCOMPARE(users().setActive(second.actor(), second.id, false).error().code, dsn::ErrorCode::InvalidInput);
}

void UserStoreTest::passwordResetAndChange()
{
    const dsn::User op = makeUser(u"aigerim"_s, dsn::Role::Operator, u"correct horse 1"_s);
    for (int i = 0; i < 5; ++i)
        (void)users().authenticate(u"aigerim"_s, u"wrong horse"_s);
    QVERIFY(users().resetPassword(m_admin, op.id, u"reset by admin 1"_s));
    // The reset also lifts the lock.
    QCOMPARE(users().authenticate(u"aigerim"_s, u"correct horse 1"_s).error().code,
        dsn::ErrorCode::AuthenticationFailed);
    QVERIFY(users().authenticate(u"aigerim"_s, u"reset by admin 1"_s));

    QCOMPARE(users().changeOwnPassword(op.id, u"not the current"_s, u"chosen by me 1"_s).error().code,
        dsn::ErrorCode::AuthenticationFailed);
    QCOMPARE(users().changeOwnPassword(op.id, u"reset by admin 1"_s, u"short"_s).error().code,
        dsn::ErrorCode::InvalidInput);
    QVERIFY(users().changeOwnPassword(op.id, u"reset by admin 1"_s, u"chosen by me 1"_s));
    QVERIFY(users().authenticate(u"aigerim"_s, u"chosen by me 1"_s));
    QVERIFY(dsn::AuditTrail::verify(m_db->connection())->intact);
}

void UserStoreTest::passwordsNeverStoredInClear()
{
    const QStringList secrets = { u"first admin password"_s, u"Zebra-Secret-0001"_s, u"Qasqyr-Тұмар-0002"_s,
        u"Wrong-Guess-0003"_s, u"Reset-Secret-0004"_s, u"Changed-Secret-0005"_s };
    const dsn::User op = makeUser(u"aigerim"_s, dsn::Role::Operator, secrets.at(1));
    makeUser(u"bolat"_s, dsn::Role::Reviewer, secrets.at(2));
    QVERIFY(users().authenticate(u"aigerim"_s, secrets.at(1)));
    (void)users().authenticate(u"aigerim"_s, secrets.at(3));
    (void)users().authenticate(u"Wrong-Guess-0003"_s, secrets.at(3));
    QVERIFY(users().resetPassword(m_admin, op.id, secrets.at(4)));
    QVERIFY(users().changeOwnPassword(op.id, secrets.at(4), secrets.at(5)));

    const QString path = m_db->path();
    m_users.reset();
    m_db.reset();
    QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() > 0);
    bytes += fileBytes(path + u"-wal"_s);
    for (const QString &s : secrets) {
        // The guess typed into the user name field is recorded as a name; the others never appear.
        if (s == u"Wrong-Guess-0003"_s)
            continue;
        QVERIFY2(!bytes.contains(s.toUtf8()), qPrintable(s));
        QVERIFY2(!bytes.contains(QByteArrayView(reinterpret_cast<const char *>(s.utf16()), s.size() * 2)),
            qPrintable(s));
    }
    // The hashes are there instead.
    QVERIFY(bytes.contains("$argon2id$"));
}

void UserStoreTest::hashesAreArgon2idWithTheGivenCost()
{
    const dsn::PasswordCost production;
    QCOMPARE(production.timeCost, 3u);
    QCOMPARE(production.memoryKiB, 65536u);
    QCOMPARE(production.parallelism, 1u);
    const QString hash = dsn::hashPassword(u"a password here"_s, production);
    QVERIFY2(hash.startsWith(u"$argon2id$v=19$m=65536,t=3,p=1$"_s), qPrintable(hash));
    QVERIFY(dsn::verifyPassword(u"a password here"_s, hash));
    QVERIFY(!dsn::verifyPassword(u"a password hers"_s, hash));
    // Two hashes of one password differ (fresh salt).
    const QString again = dsn::hashPassword(u"a password here"_s, dsn::PasswordCost::fastForTests());
    QVERIFY(again.startsWith(u"$argon2id$v=19$m=256,t=1,p=1$"_s));
    QVERIFY(again != dsn::hashPassword(u"a password here"_s, dsn::PasswordCost::fastForTests()));
}

QTEST_GUILESS_MAIN(UserStoreTest)
#include "test_userstore.moc"
