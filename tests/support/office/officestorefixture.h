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

// Registers the fixture's counter (AST01) and reviewer (DGD-11-review) at the office.
dsn::Result<void> registerBoth(dsn::office::OfficeStore &store);

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
    dsn::office::Workstation m_counter { u"AST01"_s, dsn::Role::Operator };
    dsn::office::Workstation m_reviewer { u"DGD-11-review"_s, dsn::Role::Reviewer };
};

} // namespace officetest
