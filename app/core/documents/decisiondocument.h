#pragma once

#include "base/language.h"
#include "documentdata.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

// What the two documents of a revenue department's decision share: the certificate of DSN codes
// (certificate.h) and the reasoned refusal letter (refusalletter.h). Both answer one application,
// name the decision by its number and date, the department that took it and its reviewer, the
// subject, and cite the Rules from the legal references in force (reference/legalreferences.h).
namespace dsn {

struct DecisionDetails
{
    QString caseNumber;
    QDateTime receivedAt;   // when the State Corporation accepted the application
    QString decisionNumber; // the office's number of the decision
    QDateTime decidedAt;    // printed as the date, written out, in Kazakhstan time
    QString departmentName; // the State Revenue Department that decided (the service provider)
    QString taxpayerName;
    QString taxpayerId;           // IIN or BIN, 12 digits
    QString reviewerName;         // full name of the reviewer who took the decision
    QMap<QString, QString> legal; // legal references in force, in the document's language, by key
};

namespace decisiondocument {

// The first missing or malformed field, for the clerk; empty when complete. legalKeys are the
// references the document cites, each of which must be given.
QString validate(const DecisionDetails &details, const QStringList &legalKeys);

// Appends the fields to a canonical form (see docs/documents.md): case_number, received_at,
// decision_number, decided_at (UTC, to the second), department_name, taxpayer_name,
// taxpayer_id, reviewer_name, then legal.<key> for each of legalKeys in that order.
void appendCanonical(QByteArray &out, const DecisionDetails &details, const QStringList &legalKeys);

// The values both templates use: case_number, received_date, decision_number, decided_date
// (written out), department_name, taxpayer_name, taxpayer_id, reviewer_name, and
// legal_<key> for each legal reference given.
void addValues(DocumentData &document, const DecisionDetails &details, Language language);

// A time as the canonical forms write it: UTC, to the second; empty when invalid.
QString canonicalTime(const QDateTime &moment);

} // namespace decisiondocument

} // namespace dsn
