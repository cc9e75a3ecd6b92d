#include "store/sql.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

bool isBusyError(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == 5 || code == 6;
}

Error sqlError(const QSqlError &error, const QString &whatFailed)
{
    const QString detail = whatFailed + u": "_s + error.text();
    switch (primaryCode(error)) {
    case 5:
    case 6:
        return makeError(ErrorCode::Busy,
            QCoreApplication::translate("dsn::Store", "The store is busy with another change. Try again."),
            detail);
    case 19:
        return makeError(ErrorCode::Conflict,
            QCoreApplication::translate("dsn::Store", "The record conflicts with one already in the store."),
            detail);
    case 26:
        return makeError(ErrorCode::NotAStore,
            QCoreApplication::translate("dsn::Store", "The file is not a workstation store."), detail);
    case 11:
        return makeError(ErrorCode::Damaged,
            QCoreApplication::translate("dsn::Store", "The store file is damaged."), detail);
    default:
        return makeError(ErrorCode::Sql,
            QCoreApplication::translate("dsn::Store", "The store could not carry out the operation."),
            detail);
    }
}

std::optional<bool> sqlInTransaction(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return std::nullopt;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return std::nullopt;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return std::nullopt;
    return sqlite3_get_autocommit(connection) == 0;
}

Result<QSqlQuery> sqlRun(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), u"prepare "_s + sql.simplified().left(80));
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return sqlError(query.lastError(), u"run "_s + sql.simplified().left(80));
    return query;
}

Result<void> sqlExec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> q = sqlRun(db, sql, values);
    if (!q)
        return q.error();
    q->finish();
    return {};
}

Result<void> sqlExecAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &s : statements) {
        if (Result<void> r = sqlExec(db, s); !r)
            return r;
    }
    return {};
}

Result<QVariant> sqlScalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> q = sqlRun(db, sql, values);
    if (!q)
        return q.error();
    QVariant v;
    if (q->next())
        v = q->value(0);
    q->finish();
    return v;
}

QVariant sqlNullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant sqlNullable(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace dsn
