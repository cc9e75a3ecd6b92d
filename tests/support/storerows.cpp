#include "storerows.h"

#include "store/sql.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace dsntest {

QStringList tableRows(const QSqlDatabase &db, const QString &table)
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

const QStringList &caseTables()
{
    static const QStringList tables
        = { u"settings"_s, u"counters"_s, u"subjects"_s, u"applications"_s, u"product_lines"_s,
              u"status_events"_s, u"printed_documents"_s, u"outbox"_s, u"audit_log"_s, u"audit_head"_s };
    return tables;
}

QHash<QString, QStringList> snapshot(const QSqlDatabase &db)
{
    QHash<QString, QStringList> s;
    for (const QString &t : caseTables())
        s.insert(t, tableRows(db, t));
    return s;
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    auto v = dsn::sqlScalar(db, u"SELECT count(*) FROM "_s + table);
    return v ? v->toLongLong() : -1;
}

} // namespace dsntest
