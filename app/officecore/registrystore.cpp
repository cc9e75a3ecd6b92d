// The taxpayer registry behind refusal ground 1 (Tax Code art. 88, rules/taxpayerregistration.h):
// one row per registration, replaced as a whole by each import, and a record of every import.
#include "officecore/officestore.h"
#include "officecore/officestoresupport.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

Result<RegistryInfo> readRegistryInfo(const QSqlDatabase &db)
{
    RegistryInfo info;
    Result<QVariant> rows = scalar(db, u"SELECT COUNT(*) FROM taxpayers"_s);
    if (!rows)
        return rows.error();
    info.registrations = rows->toLongLong();
    Result<QVariant> taxpayers = scalar(db, u"SELECT COUNT(DISTINCT taxpayer_id) FROM taxpayers"_s);
    if (!taxpayers)
        return taxpayers.error();
    info.taxpayers = taxpayers->toLongLong();
    Result<QVariant> at = scalar(db, u"SELECT imported_at FROM registry_imports ORDER BY seq DESC LIMIT 1"_s);
    if (!at)
        return at.error();
    info.importedAt = storedTime(*at);
    return info;
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

Result<RegistryInfo> OfficeStore::importTaxpayers(
    const QList<TaxpayerRegistration> &registrations, const QString &source)
{
    const QString now = toStoreTime(m_clock());
    RegistryInfo info;
    Result<void> done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        if (Result<void> r = exec(db, u"DELETE FROM taxpayers"_s); !r)
            return r;
        for (const TaxpayerRegistration &t : registrations) {
            if (Result<void> r = exec(db,
                    u"INSERT INTO taxpayers (taxpayer_id, name, activity, place, registered_on, "
                    u"deregistered_on) "
                    u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                    { t.taxpayerId, t.name, t.activity, t.place, dateText(t.registeredOn),
                        nullableText(dateText(t.deregisteredOn)) });
                !r)
                return r;
        }
        Result<QVariant> last = scalar(db, u"SELECT COALESCE(MAX(seq), 0) FROM registry_imports"_s);
        if (!last)
            return last.error();
        if (Result<void> r = exec(db,
                u"INSERT INTO registry_imports (seq, imported_at, registrations, source) VALUES (?, ?, ?, ?)"_s,
                { last->toLongLong() + 1, now, qint64(registrations.size()), storedText(source) });
            !r)
            return r;
        Result<RegistryInfo> read = readRegistryInfo(db);
        if (!read)
            return read.error();
        info = *read;
        return {};
    });
    if (!done)
        return done.error();
    return info;
}

Result<RegistryInfo> OfficeStore::registryInfo()
{
    return readRegistryInfo(m_db.connection());
}

Result<QList<TaxpayerRegistration>> readRegistrations(const QSqlDatabase &db, const QString &taxpayerId)
{
    Result<QSqlQuery> query = run(db,
        u"SELECT taxpayer_id, name, activity, place, registered_on, deregistered_on FROM taxpayers "
        u"WHERE taxpayer_id = ? ORDER BY registered_on, activity, place"_s,
        { taxpayerId });
    if (!query)
        return query.error();
    QList<TaxpayerRegistration> rows;
    while (query->next()) {
        rows.append(TaxpayerRegistration { query->value(0).toString(), query->value(1).toString(),
            query->value(2).toString(), query->value(3).toString(),
            QDate::fromString(query->value(4).toString(), Qt::ISODate),
            QDate::fromString(query->value(5).toString(), Qt::ISODate) });
    }
    return rows;
}

Result<QList<TaxpayerRegistration>> OfficeStore::registrations(const QString &taxpayerId)
{
    return readRegistrations(m_db.connection(), taxpayerId);
}

} // namespace dsn::office
