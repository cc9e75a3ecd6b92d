#include "officecore/officeapisupport.h"
#include "officecore/messagelanguage.h"

#include "base/kazakhstantime.h"
#include "base/strictjson.h"
#include "calendar/schedule.h"
#include "cases/casenumber.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office::api {

QString localized(const char *text)
{
    return officeText("dsn::OfficeApi", text); // in the language of the request being answered
}

QString apiTime(const QDateTime &t)
{
    return t.isValid() ? kazakhstanIsoText(t, true) : QString();
}

ApiResponse json(const QJsonObject &object, int status)
{
    return ApiResponse { status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json",
        {} };
}

ApiResponse badRequest(const QString &reason)
{
    return OfficeApi::error(400, u"bad_request"_s, reason);
}

ApiResponse storeError(const Error &e)
{
    switch (e.code) {
    case ErrorCode::NotFound:
        return OfficeApi::error(404, u"not_found"_s, e.message);
    case ErrorCode::Conflict:
        return OfficeApi::error(409, u"conflict"_s, e.message);
    case ErrorCode::InvalidInput:
        return OfficeApi::error(422, u"invalid"_s, e.message);
    case ErrorCode::PermissionDenied:
        return OfficeApi::error(403, u"forbidden"_s, e.message);
    case ErrorCode::Busy:
        return OfficeApi::error(503, u"busy"_s, e.message);
    default:
        qWarning("dsn-office: %s", qPrintable(e.detail));
        return OfficeApi::error(500, u"internal"_s, e.message);
    }
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *reason)
{
    const StrictJson parsed = parseStrictJson(body);
    if (!parsed.ok()) {
        *reason = parsed.error;
        return std::nullopt;
    }
    const QJsonDocument &doc = parsed.document;
    if (!doc.isObject()) {
        *reason = localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "the body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

QJsonObject eventJson(const CaseEvent &e)
{
    QJsonObject o { { u"seq"_s, e.seq }, { u"case_uid"_s, e.caseUid }, { u"case_number"_s, e.caseNumber },
        { u"status"_s, statusKey(e.status) }, { u"at"_s, apiTime(e.at) }, { u"lines"_s, e.lines } };
    if (!e.decisionNumber.isEmpty()) {
        o.insert(u"decision_number"_s, e.decisionNumber);
        o.insert(u"decided_at"_s, apiTime(e.at));
        if (!e.reviewer.name.isEmpty())
            o.insert(u"reviewer"_s,
                QJsonObject { { u"name"_s, e.reviewer.name }, { u"login"_s, e.reviewer.login } });
    }
    return o;
}

QJsonValue holderJson(const CaseHolder &holder)
{
    if (!holder.isSet())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject { { u"workstation"_s, holder.workstation }, { u"reviewer"_s, holder.reviewer.name },
        { u"login"_s, holder.reviewer.login }, { u"since"_s, apiTime(holder.since) } };
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject registrationJson(const TaxpayerRegistration &r, QDate day)
{
    return QJsonObject { { u"taxpayer_id"_s, r.taxpayerId }, { u"name"_s, r.name },
        { u"activity"_s, r.activity }, { u"place"_s, r.place },
        { u"registered_on"_s, dateText(r.registeredOn) },
        { u"deregistered_on"_s,
            r.deregisteredOn.isValid() ? QJsonValue(dateText(r.deregisteredOn)) : QJsonValue() },
        { u"in_force"_s, inForce(r, day) } };
}

std::optional<Reviewer> reviewerOf(const QJsonObject &body, QString *reason)
{
    const QString name = body.value(u"reviewer"_s).toString().simplified();
    const QString login = body.value(u"login"_s).toString().trimmed();
    for (const QString &text : { name, login }) {
        if (text.isEmpty() || !isPersonText(text)) {
            *reason = localized(QT_TRANSLATE_NOOP("dsn::OfficeApi",
                "\"reviewer\" (the reviewer's full name) and \"login\" are required, each 1 to 200 "
                "characters"));
            return std::nullopt;
        }
    }
    return Reviewer { name, login };
}

bool isPersonText(const QString &text)
{
    return text.size() <= 200 && !hasControlCharacters(text);
}

} // namespace dsn::office::api
