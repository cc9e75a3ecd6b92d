#include "store/schema/steps.h"
#include "store/migrations.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn {

const QList<MigrationStep> &migrationSteps()
{
    // Append-only: a released step never changes, a new version gets a new step at the end.
    static const QList<MigrationStep> steps = {
        { 1, u"users, cases, audit trail, reference versions, calendar"_s, &migration::createVersion1 },
        { 2, u"case search (FTS5), status listing and document indexes"_s, &migration::addCaseSearch },
        { 3, u"sync: failed outbox items, last pulled update, last sync"_s, &migration::addSyncState },
        { 4, u"sync: the token moved out of the store into its own file"_s,
            &migration::moveSyncTokenOutOfStore },
        { 5, u"decisions: number, time and reviewer; the code held behind a ground 2 refusal"_s,
            &migration::addDecisionDetails },
        { 6, u"review desk: the mirrored queue, who has taken a case, decisions waiting for the office"_s,
            &migration::addReviewQueue },
    };
    return steps;
}

} // namespace dsn
