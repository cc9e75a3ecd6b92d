// The office's lists: the taxpayer registry (POST taxpayers/import, admin; GET taxpayers/{id},
// review) and the monitoring export of the stages of the cases (GET monitoring/events, admin for
// every case, review for its department's).
#include "officecore/officeapi.h"
#include "officecore/officeapisupport.h"
#include "officecore/taxpayercsv.h"

#include "base/csv.h"
#include "base/kazakhstantime.h"
#include "identity/taxpayerid.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

using namespace api;

namespace {

QJsonValue importedAt(const RegistryInfo &info)
{
    return info.importedAt.isValid() ? QJsonValue(apiTime(info.importedAt)) : QJsonValue();
}

} // namespace

ApiResponse OfficeApi::importTaxpayers(OfficeStore &store, const Workstation &who, const ApiRequest &request)
{
    const TaxpayerCsv csv = parseTaxpayerCsv(QString::fromUtf8(request.body));
    if (!csv.ok()) {
        ApiResponse r = error(422, u"invalid"_s, csv.problems.first());
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        o.insert(u"problems"_s, QJsonArray::fromStringList(csv.problems));
        return json(o, 422);
    }
    Result<RegistryInfo> imported = store.importTaxpayers(csv.rows, u"api: "_s + who.name);
    if (!imported)
        return storeError(imported.error());
    return json(QJsonObject { { u"imported"_s, qint64(csv.rows.size()) },
        { u"taxpayers"_s, imported->taxpayers }, { u"imported_at"_s, importedAt(*imported) } });
}

ApiResponse OfficeApi::taxpayer(OfficeStore &store, const QString &taxpayerId)
{
    const TaxpayerId::Result id = TaxpayerId::parse(taxpayerId, TaxpayerId::Expect::Any, QDate());
    if (!id.isValid())
        return badRequest(id.message);
    Result<QList<TaxpayerRegistration>> rows = store.registrations(id.id->digits());
    if (!rows)
        return storeError(rows.error());
    Result<RegistryInfo> info = store.registryInfo();
    if (!info)
        return storeError(info.error());
    const QDate today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    QJsonArray list;
    for (const TaxpayerRegistration &r : *rows)
        list.append(registrationJson(r, today));
    return json(QJsonObject { { u"taxpayer_id"_s, id.id->digits() }, { u"day"_s, dateText(today) },
        { u"registry_imported_at"_s, importedAt(*info) }, { u"registrations"_s, list } });
}

ApiResponse OfficeApi::monitoring(OfficeStore &store, const Workstation &who, const ApiRequest &request)
{
    const QString format = request.query.value(u"format"_s, u"json"_s);
    if (format != u"json"_s && format != u"csv"_s)
        return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "format must be csv or json")));
    QDate from;
    QDate to;
    if (request.query.contains(u"from"_s)) {
        from = QDate::fromString(request.query.value(u"from"_s), Qt::ISODate);
        if (!from.isValid())
            return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "from must be YYYY-MM-DD")));
    }
    if (request.query.contains(u"to"_s)) {
        to = QDate::fromString(request.query.value(u"to"_s), Qt::ISODate);
        if (!to.isValid())
            return badRequest(localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "to must be YYYY-MM-DD")));
    }
    // A review desk sees its department's cases only; without a place, none.
    Result<QList<CaseEvent>> events = QList<CaseEvent>();
    if (who.role != Role::Reviewer)
        events = store.events(from, to);
    else if (!who.place.isEmpty())
        events = store.events(from, to, who.place);
    if (!events)
        return storeError(events.error());
    if (format == u"csv"_s) {
        QString text = csv::formatRow({ u"seq"_s, u"case_uid"_s, u"case_number"_s, u"workstation"_s,
            u"status"_s, u"at"_s, u"actor"_s, u"lines"_s, u"decision_number"_s, u"reviewer"_s });
        text += u"\r\n"_s;
        for (const CaseEvent &e : *events) {
            text += csv::formatRow({ QString::number(e.seq), e.caseUid, e.caseNumber, e.workstation,
                statusKey(e.status), apiTime(e.at), e.actor,
                QString::fromUtf8(QJsonDocument(e.lines).toJson(QJsonDocument::Compact)), e.decisionNumber,
                e.reviewer.name });
            text += u"\r\n"_s;
        }
        return ApiResponse { 200, text.toUtf8(), "text/csv; charset=utf-8", {} };
    }
    QJsonArray list;
    for (const CaseEvent &e : *events) {
        QJsonObject o = eventJson(e);
        o.insert(u"workstation"_s, e.workstation);
        o.insert(u"actor"_s, e.actor);
        if (!e.reviewer.name.isEmpty())
            o.insert(u"reviewer"_s,
                QJsonObject { { u"reviewer"_s, e.reviewer.name }, { u"login"_s, e.reviewer.login } });
        list.append(o);
    }
    return json(QJsonObject { { u"events"_s, list } });
}

} // namespace dsn::office
