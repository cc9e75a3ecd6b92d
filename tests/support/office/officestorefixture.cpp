#include "officestorefixture.h"

#include "cases/applicationjson.h"

#include <QTimeZone>
#include <QUuid>

namespace officetest {

using namespace dsn;
using namespace dsn::office;

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 20), QTime(15, 5), QTimeZone(5 * 3600)).toUTC();
}

Result<void> registerBoth(OfficeStore &store)
{
    Result<QString> a = store.registerWorkstation(u"AST01"_s, Role::Operator);
    if (!a)
        return a.error();
    Result<QString> b = store.registerWorkstation(u"DGD-11-review"_s, Role::Reviewer);
    if (!b)
        return b.error();
    return {};
}

std::unique_ptr<OfficeDatabase> OfficeStoreFixture::freshDatabase(OfficeLocation *location)
{
    QFETCH(QString, backend);
    const QString url = newDatabaseUrl(backend, m_dir);
    if (url.isEmpty())
        return nullptr;
    const Result<OfficeLocation> parsed = OfficeLocation::parse(url);
    if (!parsed)
        return nullptr;
    if (location)
        *location = *parsed;
    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(*parsed);
    if (!db) {
        qWarning("open: %s %s", qPrintable(db.error().message), qPrintable(db.error().detail));
        return nullptr;
    }
    return std::move(*db);
}

PushItem OfficeStoreFixture::item(const QJsonObject &json, const QString &caseNumber, QString uid)
{
    Application app;
    const ValidationProblems problems = applicationFromJson(json, &app);
    if (!problems.isEmpty())
        qWarning("application: %s", qPrintable(problems.first().message));
    app = normalizedApplication(app);
    if (uid.isEmpty())
        uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return PushItem { uid, caseNumber, applicationContentHash(app), app };
}

} // namespace officetest
