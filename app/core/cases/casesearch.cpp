#include "cases/casesearch.h"

#include "base/storetime.h"
#include "store/sql.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {
constexpr QStringView kDuePrefix = u"due:";
}

QString CaseCursor::toString() const
{
    if (!dueAt.isEmpty())
        return kDuePrefix + dueAt + u'/' + QString::number(id);
    return receivedAt + u'/' + QString::number(id);
}

std::optional<CaseCursor> CaseCursor::fromString(QStringView text)
{
    const bool due = text.startsWith(kDuePrefix);
    if (due)
        text = text.mid(kDuePrefix.size());
    const qsizetype slash = text.lastIndexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    const QString at = text.left(slash).toString();
    bool ok = false;
    const qint64 id = text.mid(slash + 1).toLongLong(&ok);
    if (!ok || id <= 0 || !fromStoreTime(at))
        return std::nullopt;
    return due ? CaseCursor { QString(), id, at } : CaseCursor { at, id, QString() };
}

QString caseSearchMatchExpression(QStringView text)
{
    QString typed = text.toString().simplified();
    static const QRegularExpression digitsAndSpaces(uR"(^[0-9 ]+$)"_s);
    if (digitsAndSpaces.match(typed).hasMatch())
        typed.remove(u' ');
    QStringList phrases;
    for (const QString &word : typed.split(u' ', Qt::SkipEmptyParts)) {
        const bool searchable
            = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!searchable)
            continue;
        // A quoted phrase is tokenized like the indexed text ("АИ-92" -> аи 92); the star makes
        // its last token a prefix.
        QString quoted = word;
        quoted.replace(u'"', u"\"\""_s);
        phrases.append(u'"' + quoted + u"\"*"_s);
    }
    return phrases.join(u' ');
}

SqlStatement caseSearchStatement(
    const CaseQuery &query, const QDateTime &now, std::optional<qint64> afterRowId)
{
    SqlStatement s;
    QStringList where;

    // With words to search for, the matches drive the query (CROSS JOIN keeps case_search the
    // outer loop): a few matches among a million cases are found through the full-text index and
    // looked up by id, then sorted, instead of walking the whole receipt index to find them.
    const QString match = caseSearchMatchExpression(query.text);
    if (!match.isEmpty()) {
        where.append(u"case_search MATCH ?"_s);
        s.values.append(match);
        if (afterRowId) {
            where.append(u"case_search.rowid > ?"_s);
            s.values.append(*afterRowId);
        }
    }
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (CaseStatus status : query.statuses) {
            marks.append(u"?"_s);
            s.values.append(statusKey(status));
        }
        where.append(u"a.status IN (%1)"_s.arg(marks.join(u", "_s)));
    }
    if (query.receivedFrom.isValid()) {
        where.append(u"a.received_at >= ?"_s);
        s.values.append(toStoreTime(query.receivedFrom));
    }
    if (query.receivedBefore.isValid()) {
        where.append(u"a.received_at < ?"_s);
        s.values.append(toStoreTime(query.receivedBefore));
    }
    if (query.overdueOnly) {
        QStringList marks;
        s.values.append(toStoreTime(now));
        for (CaseStatus status : allCaseStatuses()) {
            if (!isDecided(status)) {
                marks.append(u"?"_s);
                s.values.append(statusKey(status));
            }
        }
        where.append(u"a.due_at < ? AND a.status IN (%1)"_s.arg(marks.join(u", "_s)));
    }
    const bool dueFirst = query.order == CaseOrder::DueFirst;
    if (query.after && dueFirst) {
        // (due_at, id) > (cursor), the same way round.
        where.append(u"a.due_at >= ? AND (a.due_at > ? OR a.id > ?)"_s);
        s.values << query.after->dueAt << query.after->dueAt << query.after->id;
    } else if (query.after) {
        // (received_at, id) < (cursor): the first term keeps the index range, the second breaks ties.
        where.append(u"a.received_at <= ? AND (a.received_at < ? OR a.id < ?)"_s);
        s.values << query.after->receivedAt << query.after->receivedAt << query.after->id;
    }

    s.sql
        = u"SELECT a.id, a.case_number, a.received_at, a.status, a.taxpayer_id, a.taxpayer_name, a.due_at"_s;
    s.sql += match.isEmpty() ? u" FROM applications a"_s
                             : u" FROM case_search CROSS JOIN applications a ON a.id = case_search.rowid"_s;
    if (!where.isEmpty())
        s.sql += u" WHERE "_s + where.join(u" AND "_s);
    s.sql += dueFirst ? u" ORDER BY a.due_at ASC, a.id ASC LIMIT ?"_s
                      : u" ORDER BY a.received_at DESC, a.id DESC LIMIT ?"_s;
    s.values.append(std::clamp(query.limit, 1, 1000) + 1);
    return s;
}

namespace {

struct Row
{
    CaseSummary summary;
    QString receivedAt; // as stored, for the cursor
    QString dueAt;      // as stored, for the cursor of the due-date order
};

Result<QList<Row>> runStatement(const QSqlDatabase &db, const SqlStatement &statement, const QDateTime &now)
{
    Result<QSqlQuery> q = sqlRun(db, statement.sql, statement.values);
    if (!q)
        return q.error();
    QList<Row> rows;
    while (q->next()) {
        Row r;
        CaseSummary &c = r.summary;
        c.id = q->value(0).toLongLong();
        c.caseNumber = q->value(1).toString();
        r.receivedAt = q->value(2).toString();
        c.receivedAt = fromStoreTime(r.receivedAt).value_or(QDateTime());
        c.status = statusFromKey(q->value(3).toString()).value_or(CaseStatus::Accepted);
        c.taxpayerId = q->value(4).toString();
        c.taxpayerName = q->value(5).toString();
        r.dueAt = q->value(6).toString();
        c.dueAt = fromStoreTime(r.dueAt).value_or(QDateTime());
        c.overdue = c.dueAt.isValid() && c.dueAt < now && !isDecided(c.status);
        rows.append(r);
    }
    q->finish();
    return rows;
}

// The page from the recent window, when it is provably the exact answer; nullopt otherwise.
Result<std::optional<QList<Row>>> windowedRows(
    const QSqlDatabase &db, const CaseQuery &query, const QDateTime &now, int wanted, qint64 window)
{
    std::optional<QList<Row>> none;
    if (window <= 0)
        return none;
    qint64 top = 0;
    if (query.after) {
        top = query.after->id;
    } else {
        Result<QVariant> maxId = sqlScalar(db, u"SELECT max(id) FROM applications"_s);
        if (!maxId)
            return maxId.error();
        top = maxId->toLongLong();
    }
    const qint64 windowStart = top - window;
    if (windowStart <= 0)
        return none; // the window is the whole store
    Result<QList<Row>> rows = runStatement(db, caseSearchStatement(query, now, windowStart), now);
    if (!rows)
        return rows.error();
    if (rows->size() < wanted)
        return none; // too few matches among recent cases: every match must be looked at
    // Could a case outside the window rank on this page? Only one received no earlier than the
    // page's last row (and, on a later page, no later than the cursor).
    QString sql = u"SELECT 1 FROM applications WHERE received_at >= ? AND id <= ?"_s;
    QVariantList values { rows->constLast().receivedAt, windowStart };
    if (query.after) {
        sql += u" AND received_at <= ?"_s;
        values.append(query.after->receivedAt);
    }
    Result<QVariant> outside = sqlScalar(db, sql + u" LIMIT 1"_s, values);
    if (!outside)
        return outside.error();
    if (outside->isValid())
        return none;
    return std::optional<QList<Row>>(std::move(rows).value());
}

} // namespace

Result<CasePage> searchCases(
    const QSqlDatabase &db, const CaseQuery &query, const QDateTime &now, const CaseSearchTuning &tuning)
{
    const int limit = std::clamp(query.limit, 1, 1000);
    std::optional<QList<Row>> rows;
    // The recent window answers pages in the receipt order only.
    if (query.order == CaseOrder::NewestFirst && !caseSearchMatchExpression(query.text).isEmpty()) {
        Result<std::optional<QList<Row>>> windowed
            = windowedRows(db, query, now, limit + 1, tuning.recentWindow);
        if (!windowed)
            return windowed.error();
        rows = std::move(windowed).value();
        if (rows && tuning.windowAnswers)
            ++*tuning.windowAnswers;
    }
    if (!rows) {
        Result<QList<Row>> all = runStatement(db, caseSearchStatement(query, now), now);
        if (!all)
            return all.error();
        rows = std::move(all).value();
    }

    CasePage page;
    for (const Row &r : std::as_const(*rows)) {
        if (page.cases.size() == limit) {
            const Row &last = rows->at(limit - 1);
            page.next = query.order == CaseOrder::DueFirst
                ? CaseCursor { QString(), last.summary.id, last.dueAt }
                : CaseCursor { last.receivedAt, last.summary.id, QString() };
            break;
        }
        page.cases.append(r.summary);
    }
    return page;
}

} // namespace dsn
