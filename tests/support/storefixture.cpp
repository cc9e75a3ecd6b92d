#include "storefixture.h"

#include "store/sql.h"

#include <QDebug>

using namespace Qt::Literals::StringLiterals;

namespace dsntest {

namespace {

bool failed(const char *step, const dsn::Error &error)
{
    qWarning() << "store fixture:" << step << error.message << error.detail;
    return false;
}

} // namespace

bool StoreFixture::open(const StoreOptions &options)
{
    if (!dir.isValid()) {
        qWarning() << "store fixture: no temporary folder";
        return false;
    }
    database = openStore(storePath(), options.database, options.workstation);
    if (!database)
        return false;
    if (!options.office.isEmpty()) {
        if (auto set = setSetting(*database, u"workstation.office"_s, options.office); !set)
            return failed("workstation.office", set.error());
    }
    users = std::make_unique<dsn::UserStore>(*database, dsn::PasswordCost::fastForTests(), options.login);
    cases = std::make_unique<dsn::CaseStore>(*database);
    if (!options.users)
        return true;

    auto administrator = users->createFirstAdministrator(
        { kAdministratorName, u"Әкімші Админ"_s, dsn::Role::Administrator, u"SC-AST-01"_s }, kAdminPassword);
    if (!administrator)
        return failed("administrator", administrator.error());
    m_administrator = *administrator;
    auto operatorUser = users->createUser(m_administrator.actor(),
        { kOperatorName, u"Сейітқали Әйгерім"_s, dsn::Role::Operator, u"SC-AST-01"_s }, kOperatorPassword);
    if (!operatorUser)
        return failed("operator", operatorUser.error());
    m_operator = *operatorUser;
    auto reviewer = users->createUser(m_administrator.actor(),
        { kReviewerName, u"Тексеруші Болат"_s, dsn::Role::Reviewer, u"DGD-11"_s }, kReviewerPassword);
    if (!reviewer)
        return failed("reviewer", reviewer.error());
    m_reviewer = *reviewer;
    return true;
}

void StoreFixture::closeStore()
{
    cases.reset();
    users.reset();
    database.reset();
}

dsn::User StoreFixture::user(const QString &username) const
{
    auto found = users->findUser(username);
    return found && *found ? **found : dsn::User();
}

QStringList StoreFixture::auditEvents() const
{
    QStringList events;
    auto q = dsn::sqlRun(database->connection(), u"SELECT event FROM audit_log ORDER BY id"_s);
    if (!q)
        return events;
    while (q->next())
        events.append(q->value(0).toString());
    return events;
}

dsn::Result<void> setSetting(dsn::Database &db, const QString &key, const QString &value)
{
    return db.write([&](QSqlDatabase &c) {
        return dsn::sqlExec(
            c, u"INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"_s, { key, value });
    });
}

std::unique_ptr<dsn::Database> openStore(
    const QString &path, const dsn::Database::Options &options, const QString &workstation)
{
    auto db = dsn::Database::open(path, options);
    if (!db) {
        failed("open", db.error());
        return nullptr;
    }
    std::unique_ptr<dsn::Database> store = std::move(db).value();
    if (!workstation.isEmpty()) {
        if (auto set = setSetting(*store, u"workstation.code"_s, workstation); !set) {
            failed("workstation.code", set.error());
            return nullptr;
        }
    }
    return store;
}

} // namespace dsntest
