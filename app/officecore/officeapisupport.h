#pragma once

#include "officecore/officeapi.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// What the office API's endpoints share (officeapi.cpp routes, counterapi.cpp serves the counter
// workstations, reviewapi.cpp the reviewers and administrators): responses, request bodies, times.
namespace dsn::office::api {

QString localized(const char *text); // in the context "dsn::OfficeApi"

// Times in Kazakhstan time with the offset and milliseconds; empty for an invalid time.
QString apiTime(const QDateTime &t);

ApiResponse json(const QJsonObject &object, int status = 200);
ApiResponse badRequest(const QString &reason);
// A store error as a response: the clerk's message as the reason, the detail only in the log.
ApiResponse storeError(const Error &e);

// Every request body: valid JSON with no key twice in one object (base/strictjson.h); nullopt
// and *reason otherwise.
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *reason);

// One stage of a case as the updates and the monitoring send it.
QJsonObject eventJson(const CaseEvent &e);

} // namespace dsn::office::api
