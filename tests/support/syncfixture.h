#pragma once

// The workstation side of the sync tests: a store (without users: cases come in on behalf of the
// counter) whose clock the test moves, a fake office listening on the loopback interface, and
// the client runs and outbox reads those tests repeat. A test class derives from it and calls
// openSync() in init() and closeSync() in cleanup().

#include "fakeoffice.h"
#include "storefixture.h"

#include "sync/syncclient.h"
#include "sync/syncstore.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <memory>

namespace dsntest {

class SyncFixture
{
protected:
    // Tuesday 4 March 2025, 10:15 in Astana: when intake() receives its cases.
    static const QDateTime kReceived;

    // A fresh store at 11:00 that day, the sync token in a configuration folder of its own, and
    // the office listening; false on failure.
    bool openSync();
    void closeSync();

    // Takes a case of the taxpayer validBin(n) in; its number, empty on failure.
    QString intake(const QString &name, int n, const QDateTime &received = kReceived);
    // A client for the office, its random numbers from m_random and its backoff 10 s to 10 min.
    std::unique_ptr<dsn::SyncClient> client(int timeoutMs = 5000);
    // One run of the client, waited for (bounded); a report with an error when it does not end.
    dsn::SyncReport run(dsn::SyncClient &c, dsn::SyncTrigger trigger = dsn::SyncTrigger::Schedule);
    // A column of the case's application item in the outbox; "error" when it cannot be read.
    QVariant outbox(const QString &caseNumber, const QString &column);
    QString uidOf(const QString &caseNumber);
    QString statusOf(const QString &caseNumber);

    std::unique_ptr<StoreFixture> m_store;
    dsn::Database *m_db = nullptr;
    std::unique_ptr<FakeOffice> m_office;
    QDateTime m_now;
    double m_random = 0.0;
};

} // namespace dsntest
