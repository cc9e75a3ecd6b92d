#pragma once

#include "base/result.h"

#include <QSqlDatabase>

// The workstation store's schema, one step per version, listed in order in steps.cpp and run by
// store/migrations.h. A released step never changes: a new version gets a new step (and a new
// file here) at the end. Each step sees the store exactly as the step before left it.
namespace dsn::migration {

// Version 1: settings, counters, users, subjects, applications with their product lines, status
// history, printed documents and outbox, the audit trail, reference versions and calendar years.
Result<void> createVersion1(QSqlDatabase &db); // v1base.cpp

// Version 2: the full-text index of cases (FTS5 over case number, IIN/BIN, taxpayer name and
// product names) kept in step with applications and product_lines by triggers, filled from the
// cases already stored; an index for listing by status in receipt order, and indexes on the
// case's printed documents and outbox rows.
Result<void> addCaseSearch(QSqlDatabase &db); // v2casesearch.cpp

// Version 3: outbox items the office refused for good (a conflict, a rejected request) are
// marked failed with the kind of failure, so that they are shown and never retried silently;
// sync_state keeps the last pulled sequence number of the office's updates, the last
// successful sync and the last error.
Result<void> addSyncState(QSqlDatabase &db); // v3syncstate.cpp

// Version 4: the workstation's sync token leaves the store. A token an older version kept in the
// settings (sync.token) is written to the store's token file (SyncTokenFile) and only then
// removed from the store, so that copies and backups of the store never carry it again. When
// the file cannot be written the step fails and the store keeps version 3 with its token.
Result<void> moveSyncTokenOutOfStore(QSqlDatabase &db); // v4synctoken.cpp

// Version 5: what the office's decision says beyond each line's outcome: the decision number
// (printed on the certificate and the refusal letter), when it was taken and by which reviewer;
// for a line refused on ground 2, the DSN code the subject already holds. Empty until decided.
Result<void> addDecisionDetails(QSqlDatabase &db); // v5decisiondetails.cpp

// Version 6: a review desk's queue. Applications mirrored from the office's queue are marked by
// their origin ('queue'; 'intake' for those taken in here) and carry the reviewer who has taken
// them; sync_state keeps the last queue sequence number pulled; pending_decisions holds each
// decision a reviewer confirmed until the office has answered it, under the idempotency key it is
// sent with (the same key every time, so the office never decides twice).
Result<void> addReviewQueue(QSqlDatabase &db); // v6reviewqueue.cpp

} // namespace dsn::migration
