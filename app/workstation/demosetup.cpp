#include "demosetup.h"

#include "documents/receiptbuilder.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace dsn::workstation {

namespace {

const QString kOffice = u"ALM-MEDEU"_s;

QList<std::pair<QString, QString>> demoSettings()
{
    const QString branch = QLatin1StringView(receiptbuilder::kBranchNameKey);
    const QString collect = QLatin1StringView(receiptbuilder::kCollectAtKey);
    return {
        {u"workstation.code"_s, u"DEMO01"_s},
        {branch + u".kk"_s, u"Алматы қаласы бойынша филиалдың Медеу аудандық бөлімі"_s},
        {branch + u".ru"_s, u"Отдел Медеуского района филиала по городу Алматы"_s},
        {collect + u".kk"_s, u"Алматы қ., Медеу ауданы, Абай даңғылы, 10 (Медеу аудандық бөлімі)"_s},
        {collect + u".ru"_s, u"г. Алматы, Медеуский район, пр. Абая, 10 (отдел Медеуского района)"_s},
    };
}

} // namespace

Result<QList<DemoAccount>> seedDemoStore(Database &database, UserStore &users)
{
    Result<bool> empty = users.needsFirstAdministrator();
    if (!empty)
        return empty.error();
    if (!*empty)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("dsn::workstation::Demo",
                                                     "The store already has users; the demo setup is only "
                                                     "made on an empty store."));
    Result<void> settings = database.write([&](QSqlDatabase &db) -> Result<void> {
        QJsonObject details;
        for (const auto &[key, value] : demoSettings()) {
            Result<void> r = sqlExec(db, u"INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"_s,
                                     {key, value});
            if (!r)
                return r;
            details.insert(key, value);
        }
        Result<qint64> audit = AuditTrail::append(db, Actor::system(), QString(AuditEvent::SettingsChanged),
                                                  u"settings"_s, u"demo"_s, details, database.clock());
        if (!audit)
            return audit.error();
        return {};
    });
    if (!settings)
        return settings.error();

    const QList<DemoAccount> accounts = demoAccounts();
    const QStringList names {u"Демо Әкімші"_s, u"Сейітқали Әйгерім Нұрланқызы"_s, u"Демо Тексеруші"_s};
    for (int i = 0; i < accounts.size(); ++i) {
        const DemoAccount &a = accounts.at(i);
        const NewUser user {a.username, names.at(i), a.role, kOffice};
        Result<User> created = a.role == Role::Administrator ? users.createFirstAdministrator(user, a.password)
                                                              : users.createUser(Actor::system(), user, a.password);
        if (!created)
            return created.error();
    }
    return accounts;
}

} // namespace dsn::workstation
