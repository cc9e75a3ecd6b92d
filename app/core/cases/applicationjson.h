#pragma once

#include "cases/application.h"

#include <QByteArray>
#include <QJsonObject>

// The application as JSON: read from scripts (dsnctl case add), written for the outbox and the
// content hash. Keys are the field names of application.h.
namespace dsn {

// Reads an application from a JSON object. Structural problems (a missing required key, a value of
// the wrong JSON type, a word that is not one of the allowed ones, a date that is not ISO 8601, an
// unknown key) are returned, one per key; whatever could be read is put into *application so that
// validateApplication() can check the rest. Required keys: department, taxpayer_name, taxpayer_id,
// subject_type, country, atu, head_name, received_at, products (each line: type, name, spec).
// Optional: channel (default counter), queue_ticket, application_date (default: the day of receipt
// in Kazakhstan time). received_at without an offset is read as Kazakhstan time (UTC+05:00).
ValidationProblems applicationFromJson(const QJsonObject &json, Application *application);

// The same from JSON text; a text that is not a JSON object gives one problem with the field "json".
ValidationProblems applicationFromJson(const QByteArray &text, Application *application);

// Structural problems first, then the problems validateApplication() finds in fields that were read
// without a structural problem: everything that is wrong, each key named once per kind of problem.
ValidationProblems checkApplicationJson(const QByteArray &text, const ReferenceData &reference,
    Application *application, const QDateTime &now = QDateTime::currentDateTimeUtc());

// The canonical JSON of a (normalized) application: sorted keys, dates as ISO 8601 (receipt in UTC
// with milliseconds), optional keys always present. Stable across runs, so its SHA-256 identifies
// the content.
QJsonObject applicationToJson(const Application &application);
QByteArray canonicalApplicationJson(const Application &application);
QString applicationContentHash(const Application &application); // SHA-256, lower-case hex

} // namespace dsn
