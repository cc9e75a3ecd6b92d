#include "demosetup.h"

#include "settings/settings.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace dsn::workstation {

namespace {

const QString kOffice = u"ALM-MEDEU"_s;

QList<SettingValue> demoSettings()
{
    return {
        { Setting::WorkstationCode, u"DEMO01"_s },
        { Setting::BranchNameKk, u"Алматы қаласы бойынша филиалдың Медеу аудандық бөлімі"_s },
        { Setting::BranchNameRu, u"Отдел Медеуского района филиала по городу Алматы"_s },
        { Setting::CollectAtKk, u"Алматы қ., Медеу ауданы, Абай даңғылы, 10 (Медеу аудандық бөлімі)"_s },
        { Setting::CollectAtRu, u"г. Алматы, Медеуский район, пр. Абая, 10 (отдел Медеуского района)"_s },
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
        return writeSettings(db, demoSettings(), Actor::system(), database.clock(), u"demo"_s);
    });
    if (!settings)
        return settings.error();

    const QList<DemoAccount> accounts = demoAccounts();
    const QStringList names { u"Демо Әкімші"_s, u"Сейітқали Әйгерім Нұрланқызы"_s, u"Демо Тексеруші"_s };
    for (int i = 0; i < accounts.size(); ++i) {
        const DemoAccount &a = accounts.at(i);
        const NewUser user { a.username, names.at(i), a.role, kOffice };
        Result<User> created = a.role == Role::Administrator
            ? users.createFirstAdministrator(user, a.password)
            : users.createUser(Actor::system(), user, a.password);
        if (!created)
            return created.error();
    }
    return accounts;
}

} // namespace dsn::workstation
