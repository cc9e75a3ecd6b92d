#pragma once

#include "base/result.h"
#include "cases/caserecord.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

// Finding cases: full text over the case number, the IIN/BIN, the taxpayer's name and the product
// names, with filters by status, date of receipt and overdue, newest receipt first, one page at a
// time. Pages are cut by keyset (the last row's receipt time and id), so a page costs the same
// wherever it is in the list and a case added meanwhile never shifts or repeats rows.
namespace dsn {

// Where the next page starts: after the case received at receivedAt (store time text) with this id;
// in the due-date order, after the case due at dueAt with this id.
struct CaseCursor
{
    QString receivedAt;
    qint64 id = 0;
    QString dueAt; // set for the due-date order only
    // "<receivedAt>/<id>" or "due:<dueAt>/<id>", for scripts and the GUI to hand back
    QString toString() const;
    static std::optional<CaseCursor> fromString(QStringView text);
    friend bool operator==(const CaseCursor &, const CaseCursor &) = default;
};

enum class CaseOrder {
    NewestFirst, // latest receipt first
    DueFirst,    // earliest end of term first: what a reviewer works through
};

struct CaseQuery
{
    // Words typed by the user. Each word must match the start of a word in the case number, the
    // IIN/BIN, the taxpayer's name or a product name, case-insensitively (Cyrillic and Kazakh
    // letters included). Digits typed with spaces ("921029 350851") are read as one number.
    QString text;
    QList<CaseStatus> statuses; // any of these; empty: every status
    QDateTime receivedFrom;     // inclusive; invalid: no lower bound
    QDateTime receivedBefore;   // exclusive; invalid: no upper bound
    bool overdueOnly = false;   // the term has ended and the case is not decided
    CaseOrder order = CaseOrder::NewestFirst;
    int limit = 50; // rows per page, 1..1000
    std::optional<CaseCursor> after;
};

struct CasePage
{
    QList<CaseSummary> cases;
    std::optional<CaseCursor> next; // set when there are more rows
};

// The FTS5 MATCH expression for the typed words; empty when they hold nothing to search for.
QString caseSearchMatchExpression(QStringView text);

struct SqlStatement
{
    QString sql;
    QVariantList values;
};

// The statement a query runs (exposed so that tests can check its plan uses indexes). It asks for
// limit + 1 rows: the extra row only tells that there is a next page. With words to search for,
// afterRowId keeps only matches with a larger id (the recent window, see CaseSearchTuning).
SqlStatement caseSearchStatement(
    const CaseQuery &query, const QDateTime &now, std::optional<qint64> afterRowId = std::nullopt);

// With words to search for, the full-text index finds the matches and their rows are sorted by
// receipt. A word found in most cases ("ТОО", "АИ") would mean sorting most of the store, so a page
// is first looked for among the most recent ids (cases are mostly taken in in order of receipt):
// when that window holds a full page and no case outside it was received late enough to belong on
// the page, the window's answer is the exact answer; otherwise the query runs over every match.
struct CaseSearchTuning
{
    qint64 recentWindow = 5000;   // ids before the cursor's (or the newest) id; 0: never use a window
    int *windowAnswers = nullptr; // when set, counts the pages answered from the window (tests)
};

// Runs a query. `now` decides what is overdue.
Result<CasePage> searchCases(const QSqlDatabase &db, const CaseQuery &query, const QDateTime &now,
    const CaseSearchTuning &tuning = {});

} // namespace dsn
