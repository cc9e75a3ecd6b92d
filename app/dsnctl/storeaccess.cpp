#include "storeaccess.h"

#include "base/kazakhstantime.h"
#include "store/storelocation.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace dsnctl {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::store)
};

} // namespace

std::optional<QString> storePath(Invocation &inv)
{
    if (!inv.isSet(u"db"_s) || inv.value(u"db"_s).isEmpty())
        return dsn::defaultStorePath();
    QString db = inv.value(u"db"_s);
    if (db.startsWith(u"postgresql://"_s) || db.startsWith(u"postgres://"_s)) {
        inv.usageError(Text::tr("--db names an office database; this command works on a workstation store "
                                "(a file path or sqlite:PATH)"));
        return std::nullopt;
    }
    if (db.startsWith(u"sqlite:"_s))
        db = db.mid(7);
    return db;
}

QString describe(const dsn::Error &error)
{
    if (error.detail.isEmpty() || error.detail == error.message)
        return error.message;
    return error.message + u" ("_s + error.detail + u')';
}

QString timeText(const QDateTime &t, QStringView none)
{
    return t.isValid() ? dsn::kazakhstanIsoText(t) : none.toString();
}

std::unique_ptr<dsn::Database> openStore(Invocation &inv, int *exitCode, MissingStore missing)
{
    const std::optional<QString> path = storePath(inv);
    if (!path) {
        *exitCode = ExitUsage;
        return nullptr;
    }
    if (missing == MissingStore::Refuse && !QFileInfo::exists(*path)) {
        *exitCode = inv.fail(Text::tr("no store at %1").arg(*path));
        return nullptr;
    }
    dsn::Database::Options options;
    options.createIfMissing = missing == MissingStore::Create;
    dsn::Result<std::unique_ptr<dsn::Database>> db = dsn::Database::open(*path, options);
    if (!db) {
        *exitCode = inv.fail(Text::tr("cannot open the store %1: %2").arg(*path, describe(db.error())));
        return nullptr;
    }
    *exitCode = ExitOk;
    return std::move(*db);
}

} // namespace dsnctl
