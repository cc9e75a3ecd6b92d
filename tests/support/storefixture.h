#pragma once

// The workstation store of a test: a temporary folder with store.sqlite, the workstation's code
// and office, one user of each role (cheap password hashing, known passwords), and the user and
// case stores on it. Tests that need a store of their own at a path use openStore().

#include "cases/casestore.h"
#include "store/database.h"
#include "store/sql.h"
#include "users/userstore.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dsntest {

// The fixture's users: name, password, role and office.
inline const QString kAdministratorName = QStringLiteral("admin");
inline const QString kOperatorName = QStringLiteral("aigerim");
inline const QString kReviewerName = QStringLiteral("reviewer");
inline const QString kAdminPassword = QStringLiteral("admin-secret-123");
inline const QString kOperatorPassword = QStringLiteral("operator-secret-1");
inline const QString kReviewerPassword = QStringLiteral("reviewer-secret-1");

struct StoreOptions
{
    // The store's clock (a test that moves time sets it) and a schema version to stop at.
    dsn::Database::Options database;
    dsn::LoginPolicy login;
    // The administrator, the operator and the reviewer; false: no user at all.
    bool users = true;
    // The settings workstation.code and workstation.office; empty: not set.
    QString workstation = QStringLiteral("AST01");
    QString office = QStringLiteral("SC-AST-01");
};

class StoreFixture
{
public:
    StoreFixture() = default;
    StoreFixture(const StoreFixture &) = delete;
    StoreFixture &operator=(const StoreFixture &) = delete;
    virtual ~StoreFixture() = default;

    // Creates the store; false (with a warning) when any step fails.
    bool open(const StoreOptions &options = {});
    // Closes the store and keeps its folder, for another program or a later open of the file.
    void closeStore();

    QString storePath() const { return dir.filePath(QStringLiteral("store.sqlite")); }
    QString filePath(const QString &name) const { return dir.filePath(name); }

    // A user by name; an empty User when there is none.
    dsn::User user(const QString &username) const;
    dsn::Actor administratorActor() const { return m_administrator.actor(); }
    dsn::Actor operatorActor() const { return m_operator.actor(); }
    dsn::Actor reviewerActor() const { return m_reviewer.actor(); }

    // The events of the audit trail, oldest first.
    QStringList auditEvents() const;

    QTemporaryDir dir;
    std::unique_ptr<dsn::Database> database;
    std::unique_ptr<dsn::UserStore> users;
    std::unique_ptr<dsn::CaseStore> cases;

private:
    dsn::User m_administrator;
    dsn::User m_operator;
    dsn::User m_reviewer;
};

// Sets a row of the settings table directly, not audited.
dsn::Result<void> setSetting(dsn::Database &db, const QString &key, const QString &value);

// Opens (creating) a store at path and gives it a workstation code (none when empty); null, with
// a warning, on failure.
std::unique_ptr<dsn::Database> openStore(const QString &path, const dsn::Database::Options &options = {},
    const QString &workstation = QStringLiteral("AST01"));

} // namespace dsntest
