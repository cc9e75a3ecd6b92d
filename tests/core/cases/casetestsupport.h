#pragma once

// Helpers for case tests: a store with a workstation code, applications that pass the form's
// checks, distinct valid IINs and BINs, and snapshots of every table's rows.

#include "base/kazakhstantime.h"
#include "cases/application.h"
#include "identity/taxpayerid.h"
#include "store/database.h"
#include "store/sql.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace casetest {

using namespace Qt::Literals::StringLiterals;

inline QTimeZone kazakhstan()
{
    return QTimeZone(5 * 3600);
}

// A valid IIN of someone born in the 1990s; n picks the birth day and the serial.
inline QString validIin(int n)
{
    const QDate birth = QDate(1990, 1, 1).addDays(n % 3650);
    for (int serial = n % 10000;; serial = (serial + 1) % 10000) {
        const QString first11
            = birth.toString(u"yyMMdd"_s) + u'3' + u"%1"_s.arg(serial, 4, 10, QLatin1Char('0'));
        if (const auto check = dsn::TaxpayerId::checkDigit(first11))
            return first11 + QString::number(*check);
    }
}

// A valid BIN of a resident legal entity's head office registered in 2005.
inline QString validBin(int n)
{
    for (int serial = n % 100000;; serial = (serial + 1) % 100000) {
        const QString first11 = u"0503"_s + u"40"_s + u"%1"_s.arg(serial, 5, 10, QLatin1Char('0'));
        if (const auto check = dsn::TaxpayerId::checkDigit(first11))
            return first11 + QString::number(*check);
    }
}

// Passes validateApplication(): department 11 (Akmola), Kazakhstan, unit 001 (Kokshetau).
inline dsn::Application application(const QString &name, const QString &taxpayerId,
    const QDateTime &receivedAt, const QList<dsn::ProductLine> &products = {})
{
    dsn::Application a;
    a.departmentCode = u"11"_s;
    a.receivedAt = receivedAt;
    a.applicationDate = dsn::kazakhstanDate(receivedAt);
    a.taxpayerName = name;
    a.taxpayerId = taxpayerId;
    a.subjectType = dsn::SubjectType::Producer;
    a.country = 3;
    a.atu = 1;
    a.headName = u"Серікбаев Арман"_s;
    a.products = products.isEmpty()
        ? QList<dsn::ProductLine> { dsn::ProductLine { 1, u"АИ-92-К5"_s, u"СТ РК 1614-2006"_s } }
        : products;
    return a;
}

inline dsn::Result<void> setSetting(dsn::Database &db, const QString &key, const QString &value)
{
    return db.write([&](QSqlDatabase &c) {
        return dsn::sqlExec(
            c, u"INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"_s, { key, value });
    });
}

// A user row for actors of tests (applications.received_by refers to users); the password hash is
// a placeholder, nobody signs in with it.
inline dsn::Result<void> addUser(dsn::Database &db, qint64 id, const QString &username, const QString &role)
{
    return db.write([&](QSqlDatabase &c) {
        return dsn::sqlExec(c,
            u"INSERT INTO users(id, username, full_name, role, office_code, password_hash, created_at,"
            u" password_changed_at) VALUES (?, ?, ?, ?, 'SC-AST-01', 'x', '2025-01-01T00:00:00.000Z',"
            u" '2025-01-01T00:00:00.000Z')"_s,
            { id, username, username, role });
    });
}

// Opens (creating) a store and gives it a workstation code; null on failure.
inline std::unique_ptr<dsn::Database> openStore(
    const QString &path, dsn::Database::Options options = {}, const QString &workstation = u"AST01"_s)
{
    auto db = dsn::Database::open(path, options);
    if (!db)
        return nullptr;
    std::unique_ptr<dsn::Database> store = std::move(db).value();
    if (!workstation.isEmpty() && !setSetting(*store, u"workstation.code"_s, workstation))
        return nullptr;
    return store;
}

// Every row of a table as text, in rowid order: a snapshot to compare before and after.
inline QStringList tableRows(const QSqlDatabase &db, const QString &table)
{
    QStringList rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT * FROM "_s + table + u" ORDER BY rowid"_s))
        return { u"error: "_s + table };
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        rows.append(cells.join(u'|'));
    }
    return rows;
}

inline const QStringList &caseTables()
{
    static const QStringList tables
        = { u"settings"_s, u"counters"_s, u"subjects"_s, u"applications"_s, u"product_lines"_s,
              u"status_events"_s, u"printed_documents"_s, u"outbox"_s, u"audit_log"_s, u"audit_head"_s };
    return tables;
}

inline QHash<QString, QStringList> snapshot(const QSqlDatabase &db)
{
    QHash<QString, QStringList> s;
    for (const QString &t : caseTables())
        s.insert(t, tableRows(db, t));
    return s;
}

inline qint64 count(const QSqlDatabase &db, const QString &table)
{
    auto v = dsn::sqlScalar(db, u"SELECT count(*) FROM "_s + table);
    return v ? v->toLongLong() : -1;
}

} // namespace casetest
