#include "cases/caseread.h"

#include "base/storetime.h"
#include "store/sql.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

QDateTime storeTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : fromStoreTime(v.toString()).value_or(QDateTime());
}

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

Error notFound(const QString &caseNumber)
{
    return makeError(ErrorCode::NotFound,
        QCoreApplication::translate("dsn::CaseStore", "There is no case %1.").arg(caseNumber));
}

} // namespace

Result<qint64> findCaseId(const QSqlDatabase &db, const QString &caseNumber)
{
    Result<QVariant> id
        = sqlScalar(db, u"SELECT id FROM applications WHERE case_number = ?"_s, { caseNumber });
    if (!id)
        return id.error();
    if (!id->isValid())
        return notFound(caseNumber);
    return id->toLongLong();
}

Result<QList<StatusEvent>> loadHistory(const QSqlDatabase &db, qint64 applicationId)
{
    Result<QSqlQuery> q = sqlRun(db,
        u"SELECT e.from_status, e.to_status, e.actor_user_id, e.actor_name, e.actor_role, e.at, e.comment,"
        u" u.full_name FROM status_events e LEFT JOIN users u ON u.id = e.actor_user_id"
        u" WHERE e.application_id = ? ORDER BY e.id"_s,
        { applicationId });
    if (!q)
        return q.error();
    QList<StatusEvent> events;
    while (q->next()) {
        StatusEvent e;
        e.from = q->value(0).isNull() ? std::nullopt : statusFromKey(q->value(0).toString());
        e.to = statusFromKey(q->value(1).toString()).value_or(CaseStatus::Accepted);
        e.actorUserId = optionalId(q->value(2));
        e.actorName = q->value(3).toString();
        e.actorRole = q->value(4).toString();
        e.at = storeTime(q->value(5));
        e.comment = q->value(6).toString();
        e.actorFullName = q->value(7).toString();
        events.append(e);
    }
    q->finish();
    return events;
}

Result<CaseRecord> loadCase(const QSqlDatabase &db, const QString &caseNumber)
{
    Result<QSqlQuery> q = sqlRun(db,
        u"SELECT a.id, a.case_number, a.uid, a.taxpayer_name, a.taxpayer_id, a.subject_type, "
        u"a.department_code,"
        u" a.country, a.atu, a.head_name, a.application_date, a.received_at, a.received_by, "
        u"a.received_by_name,"
        u" a.office_code, a.channel, a.queue_ticket, a.status, a.registered_at, a.due_at, a.content_hash,"
        u" a.created_at, a.updated_at, s.id_kind, u.full_name, a.decision_number, a.decided_at,"
        u" a.decided_by_name"
        u" FROM applications a JOIN subjects s ON s.id = a.subject_id"
        u" LEFT JOIN users u ON u.id = a.received_by WHERE a.case_number = ?"_s,
        { caseNumber });
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(caseNumber);
    CaseRecord c;
    c.id = q->value(0).toLongLong();
    c.caseNumber = q->value(1).toString();
    c.uid = q->value(2).toString();
    Application &a = c.application;
    a.taxpayerName = q->value(3).toString();
    a.taxpayerId = q->value(4).toString();
    a.subjectType = subjectTypeFromKey(q->value(5).toString());
    a.departmentCode = q->value(6).toString();
    a.country = q->value(7).toInt();
    a.atu = q->value(8).toInt();
    a.headName = q->value(9).toString();
    a.applicationDate = QDate::fromString(q->value(10).toString(), Qt::ISODate);
    a.receivedAt = storeTime(q->value(11));
    c.receivedBy = optionalId(q->value(12));
    c.receivedByName = q->value(13).toString();
    c.officeCode = q->value(14).toString();
    a.channel = intakeChannelFromKey(q->value(15).toString()).value_or(IntakeChannel::Counter);
    a.queueTicket = q->value(16).toString();
    c.status = statusFromKey(q->value(17).toString()).value_or(CaseStatus::Accepted);
    c.registeredAt = storeTime(q->value(18));
    c.dueAt = storeTime(q->value(19));
    c.contentHash = q->value(20).toString();
    c.createdAt = storeTime(q->value(21));
    c.updatedAt = storeTime(q->value(22));
    c.idKind = q->value(23).toString();
    c.receivedByFullName = q->value(24).toString();
    c.decisionNumber = q->value(25).toString();
    c.decidedAt = storeTime(q->value(26));
    c.decidedByName = q->value(27).toString();
    q->finish();

    Result<QSqlQuery> lines = sqlRun(db,
        u"SELECT line_no, product_type, name, spec, decision, dsn_code, refusal_ground,"
        u" refusal_text, held_code FROM product_lines WHERE application_id = ? ORDER BY line_no"_s,
        { c.id });
    if (!lines)
        return lines.error();
    while (lines->next()) {
        CaseLine line;
        line.lineNo = lines->value(0).toInt();
        line.product
            = ProductLine { lines->value(1).toInt(), lines->value(2).toString(), lines->value(3).toString() };
        line.decision = lines->value(4).toString();
        line.dsnCode = lines->value(5).toString();
        if (!lines->value(6).isNull())
            line.refusalGround = lines->value(6).toInt();
        line.refusalText = lines->value(7).toString();
        line.heldCode = lines->value(8).toString();
        a.products.append(line.product);
        c.lines.append(line);
    }
    lines->finish();

    Result<QList<StatusEvent>> history = loadHistory(db, c.id);
    if (!history)
        return history.error();
    c.history = *history;

    Result<QSqlQuery> docs = sqlRun(db,
        u"SELECT d.kind, d.language, d.content_hash, d.printed_by, d.printed_by_name, d.printed_at,"
        u" d.reprint_no, u.full_name FROM printed_documents d LEFT JOIN users u ON u.id = d.printed_by"
        u" WHERE d.application_id = ? ORDER BY d.id"_s,
        { c.id });
    if (!docs)
        return docs.error();
    while (docs->next()) {
        PrintedDocument d;
        d.kind = docs->value(0).toString();
        d.language = docs->value(1).toString();
        d.contentHash = docs->value(2).toString();
        d.printedBy = optionalId(docs->value(3));
        d.printedByName = docs->value(4).toString();
        d.printedAt = storeTime(docs->value(5));
        d.reprintNo = docs->value(6).toInt();
        d.printedByFullName = docs->value(7).toString();
        c.documents.append(d);
    }
    docs->finish();
    return c;
}

} // namespace dsn
