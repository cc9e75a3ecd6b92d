#include "cases/casesearch.h"

#include "store/sql.h"
#include "store/storetime.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

QString CaseCursor::toString() const
{
    return receivedAt + u'/' + QString::number(id);
}

std::optional<CaseCursor> CaseCursor::fromString(QStringView text)
{
    const qsizetype slash = text.lastIndexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    const QString at = text.left(slash).toString();
    bool ok = false;
    const qint64 id = text.mid(slash + 1).toLongLong(&ok);
    if (!ok || id <= 0 || !fromStoreTime(at))
        return std::nullopt;
    return CaseCursor{at, id};
}

QString caseSearchMatchExpression(QStringView text)
{
    QString typed = text.toString().simplified();
    static const QRegularExpression digitsAndSpaces(uR"(^[0-9 ]+$)"_s);
    if (digitsAndSpaces.match(typed).hasMatch())
        typed.remove(u' ');
    QStringList phrases;
    for (const QString &word : typed.split(u' ', Qt::SkipEmptyParts)) {
        const bool searchable = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
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

SqlStatement caseSearchStatement(const CaseQuery &query, const QDateTime &now)
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
    if (query.after) {
        // (received_at, id) < (cursor): the first term keeps the index range, the second breaks ties.
        where.append(u"a.received_at <= ? AND (a.received_at < ? OR a.id < ?)"_s);
        s.values << query.after->receivedAt << query.after->receivedAt << query.after->id;
    }

    s.sql = u"SELECT a.id, a.case_number, a.received_at, a.status, a.taxpayer_id, a.taxpayer_name, a.due_at"_s;
    s.sql += match.isEmpty() ? u" FROM applications a"_s
                             : u" FROM case_search CROSS JOIN applications a ON a.id = case_search.rowid"_s;
    if (!where.isEmpty())
        s.sql += u" WHERE "_s + where.join(u" AND "_s);
    s.sql += u" ORDER BY a.received_at DESC, a.id DESC LIMIT ?"_s;
    s.values.append(std::clamp(query.limit, 1, 1000) + 1);
    return s;
}

Result<CasePage> searchCases(const QSqlDatabase &db, const CaseQuery &query, const QDateTime &now)
{
    const SqlStatement statement = caseSearchStatement(query, now);
    Result<QSqlQuery> q = sqlRun(db, statement.sql, statement.values);
    if (!q)
        return q.error();
    const int limit = std::clamp(query.limit, 1, 1000);
    CasePage page;
    QString lastReceived;
    while (q->next()) {
        if (page.cases.size() == limit) {
            page.next = CaseCursor{lastReceived, page.cases.constLast().id};
            break;
        }
        CaseSummary c;
        c.id = q->value(0).toLongLong();
        c.caseNumber = q->value(1).toString();
        lastReceived = q->value(2).toString();
        c.receivedAt = fromStoreTime(lastReceived).value_or(QDateTime());
        c.status = statusFromKey(q->value(3).toString()).value_or(CaseStatus::Accepted);
        c.taxpayerId = q->value(4).toString();
        c.taxpayerName = q->value(5).toString();
        c.dueAt = fromStoreTime(q->value(6).toString()).value_or(QDateTime());
        c.overdue = c.dueAt.isValid() && c.dueAt < now && !isDecided(c.status);
        page.cases.append(c);
    }
    q->finish();
    return page;
}

} // namespace dsn
