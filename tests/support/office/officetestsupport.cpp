#include "officetestsupport.h"

#include <QSqlError>

#include <functional>

namespace officetest {

PostgresFixture &postgres()
{
    static PostgresFixture fixture;
    return fixture;
}

bool ensurePostgres()
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

QStringList backends()
{
    return { u"sqlite"_s, u"postgres"_s };
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : backends())
        QTest::newRow(qPrintable(b)) << b;
}

QString newDatabaseUrl(const QString &backend, const QTemporaryDir &dir)
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

namespace {

// A connection outside OfficeDatabase (which would migrate to the current schema), closed and
// removed when the work is done.
bool withConnection(const dsn::office::OfficeLocation &location, QString *error,
    const std::function<bool(QSqlDatabase &)> &work)
{
    static int counter = 0;
    const QString name = u"officetest-raw-%1"_s.arg(++counter);
    bool ok = false;
    {
        const bool pg = location.dialect == dsn::office::Dialect::Postgres;
        QSqlDatabase db = QSqlDatabase::addDatabase(pg ? u"QPSQL"_s : u"QSQLITE"_s, name);
        if (pg) {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setDatabaseName(location.database);
        } else {
            db.setDatabaseName(location.path);
        }
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            ok = work(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool createOfficeSchema(const dsn::office::OfficeLocation &location, int version, QString *error)
{
    return withConnection(location, error, [&](QSqlDatabase &db) {
        for (int v = 1; v <= version; ++v) {
            for (const QString &statement : dsn::office::schemaStatements(location.dialect, v)) {
                if (dsn::Result<void> r = dsn::office::exec(db, statement); !r) {
                    *error = r.error().detail;
                    return false;
                }
            }
            if (dsn::Result<void> r = dsn::office::schemaDataStep(db, location.dialect, v); !r) {
                *error = r.error().detail;
                return false;
            }
        }
        const QString versionRow = u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(version);
        if (dsn::Result<void> r = dsn::office::exec(db, versionRow); !r) {
            *error = r.error().detail;
            return false;
        }
        return true;
    });
}

bool execOnOfficeDatabase(const dsn::office::OfficeLocation &location, const QStringList &statements,
    const QList<QVariantList> &values, QString *error)
{
    return withConnection(location, error, [&](QSqlDatabase &db) {
        for (qsizetype i = 0; i < statements.size(); ++i) {
            if (dsn::Result<void> r = dsn::office::exec(db, statements.at(i), values.value(i)); !r) {
                *error = statements.at(i).left(60) + u": "_s + r.error().detail;
                return false;
            }
        }
        return true;
    });
}

QString bin(int serial)
{
    for (int s = serial * 3;; ++s) {
        const QString first = u"940140"_s + QString::number(s).rightJustified(5, u'0');
        if (const std::optional<int> check = dsn::TaxpayerId::checkDigit(first))
            return first + QString::number(*check);
    }
}

QJsonObject applicationJson(const QString &taxpayerId, const QJsonArray &products, const QString &receivedAt)
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

QJsonObject product(int type, const QString &name)
{
    return QJsonObject { { u"type"_s, type }, { u"name"_s, name }, { u"spec"_s, u"СТ РК 1614-2006"_s } };
}

} // namespace officetest
