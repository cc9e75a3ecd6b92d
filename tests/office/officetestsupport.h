#pragma once

// Shared by the office tests: one throwaway PostgreSQL server per test process and a fresh
// database per test row, on PostgreSQL or SQLite.
#include "postgresfixture.h"

#include "identity/taxpayerid.h"
#include "officecore/officedatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace officetest {

inline PostgresFixture &postgres()
{
    static PostgresFixture fixture;
    return fixture;
}

// Starts the PostgreSQL server once per process; fails the test when it cannot start.
inline bool ensurePostgres()
{
    if (postgres().isRunning())
        return true;
    QString error;
    if (!postgres().start(&error)) {
        qWarning("PostgreSQL fixture: %s", qPrintable(error));
        return false;
    }
    return true;
}

// The backends every office test runs against.
inline QStringList backends()
{
    return { u"sqlite"_s, u"postgres"_s };
}

// A URL for a new empty office database of the backend ("sqlite" or "postgres").
inline QString newDatabaseUrl(const QString &backend, const QTemporaryDir &dir)
{
    static int counter = 0;
    ++counter;
    if (backend == u"sqlite"_s)
        return u"sqlite:%1/office-%2.db"_s.arg(dir.path()).arg(counter);
    if (!ensurePostgres())
        return {};
    QString error;
    const QString url = postgres().createDatabase(
        u"office_%1_%2"_s.arg(counter).arg(QUuid::createUuid().toString(QUuid::Id128).left(8)), &error);
    if (url.isEmpty())
        qWarning("create database: %s", qPrintable(error));
    return url;
}

// A valid BIN (resident legal entity, head office) for each serial.
inline QString bin(int serial)
{
    for (int s = serial * 3;; ++s) {
        const QString first = u"940140"_s + QString::number(s).rightJustified(5, u'0');
        if (const std::optional<int> check = dsn::TaxpayerId::checkDigit(first))
            return first + QString::number(*check);
    }
}

// An application as `dsnctl case add` takes it: department 11, territorial unit 001.
inline QJsonObject applicationJson(const QString &taxpayerId, const QJsonArray &products,
    const QString &receivedAt = u"2026-03-20T15:00:00+05:00"_s)
{
    return QJsonObject {
        { u"department"_s, u"11"_s },
        { u"taxpayer_name"_s, u"ТОО «Көкшетау Мұнай»"_s },
        { u"taxpayer_id"_s, taxpayerId },
        { u"subject_type"_s, u"producer"_s },
        { u"country"_s, 3 },
        { u"atu"_s, 1 },
        { u"head_name"_s, u"Серікбаев Арман"_s },
        { u"received_at"_s, receivedAt },
        { u"products"_s, products },
    };
}

inline QJsonObject product(int type, const QString &name)
{
    return QJsonObject { { u"type"_s, type }, { u"name"_s, name }, { u"spec"_s, u"СТ РК 1614-2006"_s } };
}

} // namespace officetest
