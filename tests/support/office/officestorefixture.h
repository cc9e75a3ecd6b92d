#pragma once

// The office store's tests, on PostgreSQL and SQLite: a fresh office database of the test row's
// backend, cases as a counter pushes them, a fixed clock, and the counter AST01 and the reviewer
// DGD-11-review registered. A test class derives from OfficeStoreFixture; its _data functions
// call backendRows().

#include "officetestsupport.h"

#include "officecore/officedatabase.h"
#include "officecore/officestore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace officetest {

// Friday 20 March 2026 15:05 Kazakhstan time, in UTC.
QDateTime fixedNow();

// The places of the fixture's workstations: the counter's State Corporation branch, and the
// department of the fixture's applications (officetestsupport.h), the reviewer's place.
inline const QString kCounterPlace = u"SC-AKM-01"_s;
inline const QString kDepartment = u"11"_s;

// Registers the fixture's counter (AST01) and reviewer (DGD-11-review, department 11) at the
// office.
dsn::Result<void> registerBoth(dsn::office::OfficeStore &store);

// A registration of the taxpayer registry that lets a producer have codes: the production of
// petroleum products, in force since 2001.
dsn::TaxpayerRegistration producer(const QString &taxpayerId, const QString &name = u"ТОО А"_s);

// The person at the fixture's review desk.
dsn::office::Reviewer reviewerPerson();
dsn::office::LineDecision issue(int lineNo);
dsn::office::LineDecision refuse(
    int lineNo, dsn::RefusalGround ground, const QString &text = u"Основание подтверждено проверкой"_s);
// A decision request under a new idempotency key (or the one given) by reviewerPerson().
dsn::office::DecisionRequest decisionRequest(
    const QList<dsn::office::LineDecision> &lines, const QString &key = QString());
// Decides under a new key and folds the outcome into a result: the decision, or an error (a
// problem of a line or a reused key: InvalidInput with the first reason; another reviewer's case:
// Conflict).
dsn::Result<dsn::office::DecisionResult> decide(dsn::office::OfficeStore &store,
    const dsn::office::Workstation &reviewer, const QString &caseUid,
    const QList<dsn::office::LineDecision> &lines);

class OfficeStoreFixture
{
protected:
    static void backendRows() { addBackendRows(); }
    // A fresh database of the row's backend (QFETCH "backend"); null, with a warning, on failure.
    std::unique_ptr<dsn::office::OfficeDatabase> freshDatabase(
        dsn::office::OfficeLocation *location = nullptr);
    // A case as the counter pushes it: the application normalised, its content hash, a new uid
    // unless one is given.
    static dsn::office::PushItem item(const QJsonObject &json, const QString &caseNumber, QString uid = {});

    QTemporaryDir m_dir;
    dsn::office::Workstation m_counter { u"AST01"_s, dsn::Role::Operator, kCounterPlace };
    dsn::office::Workstation m_reviewer { u"DGD-11-review"_s, dsn::Role::Reviewer, kDepartment };
};

} // namespace officetest
