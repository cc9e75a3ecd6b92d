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

// One stage of a case as the updates and the monitoring send it: seq, case_uid, case_number,
// status, at, lines, and for a decision its decision_number and decided_at.
QJsonObject eventJson(const CaseEvent &e);

// Who has taken a case: {"workstation", "reviewer", "login", "since"}, or null for nobody.
QJsonValue holderJson(const CaseHolder &holder);
// A registration of the taxpayer registry, with whether it is in force on the day.
QJsonObject registrationJson(const TaxpayerRegistration &r, QDate day);
// A date as YYYY-MM-DD; empty for an invalid date.
QString dateText(QDate date);

// The person at the review desk from a request body: "reviewer" (the full name) and "login", each
// 1 to 200 characters without control characters; nullopt and *reason otherwise.
std::optional<Reviewer> reviewerOf(const QJsonObject &body, QString *reason);
// Whether a person's name or login as a request gives it may be kept: at most 200 characters,
// none of them a control character (empty is the caller's question).
bool isPersonText(const QString &text);

} // namespace dsn::office::api
