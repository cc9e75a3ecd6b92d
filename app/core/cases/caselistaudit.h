#pragma once

#include "cases/casesearch.h"

#include <QJsonObject>
#include <QString>

// What the audit trail records when a list of cases is shown (event case_search): who (the
// entry's actor), the query and its filters as they were asked for, and how many rows were shown.
// It holds no more personal data than the query itself: the words typed (which may be an IIN or a
// name) but neither the case numbers nor the names of the rows.
//
// A list that is read a page at a time records one entry per page shown, with the rows of that
// page and of all pages shown so far: an auditor sees what was actually put on screen and when,
// and an entry, once written, is never changed (the trail is append-only), so a running total kept
// in one entry could not be finished if the list were closed or the program stopped.
namespace dsn {

struct CaseListShown
{
    int rows = 0;      // rows shown by this page (or by the whole listing, for one that is not paged)
    int page = 1;      // 1 for the first page of the query
    int rowsSoFar = 0; // rows shown by this query so far, this page included
    bool more = false; // more rows could be asked for
    QString purpose;   // where: "case list", "dsnctl case list", ...
};

// The details of the entry (tests read them back).
QJsonObject caseListAuditDetails(const CaseQuery &query, const CaseListShown &shown);

} // namespace dsn
