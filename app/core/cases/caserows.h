#pragma once

#include "base/result.h"
#include "cases/application.h"
#include "cases/caserecord.h"

#include <QSqlDatabase>
#include <QString>

// Rows of a case that the counter's intake and a review desk's mirror write alike, inside the
// caller's write transaction.
namespace dsn {

// The subject of a normalized application (normalizedApplication()), added or brought up to date
// by its IIN/BIN; returns its id.
Result<qint64> writeSubject(QSqlDatabase &db, const Application &application, const QString &nowText);

// The application's product lines, numbered from 1 in form order.
Result<void> writeProductLines(QSqlDatabase &db, qint64 applicationId, const QList<ProductLine> &products);

// One line's outcome as the office decided it (decision, code, ground, reason, held code); true
// when the store's line said something else before.
Result<bool> writeLineOutcome(QSqlDatabase &db, qint64 applicationId, const CaseLine &line);

} // namespace dsn
