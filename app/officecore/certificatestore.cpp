// The DSN certificates of decided cases: what one prints (the decision's number and date, the
// subject and the issued codes), each print with the print id its token carries, and the public
// checks of them (docs/certificates.md, docs/office.md "Certificates").
#include "officecore/officestore.h"
#include "officecore/officestoresupport.h"

#include "base/kazakhstantime.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

constexpr qsizetype kMaxAsked = 1024;

const QString kCertificateColumns
    = u"SELECT case_uid, workstation, department_code, status, decision_number, decided_at, taxpayer_id, "
      u"application FROM cases "_s;

// The case as its certificate shows it; nullopt when there is no such case (NotFound is the
// caller's to say), a case without a certificate has no codes.
Result<std::optional<Certificate>> loadCertificate(
    const QSqlDatabase &db, const QString &where, const QString &value)
{
    Result<QSqlQuery> query = run(db, kCertificateColumns + where, { value });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Certificate>();
    Certificate c;
    c.caseUid = query->value(0).toString();
    c.counter = query->value(1).toString();
    c.department = query->value(2).toString();
    const Result<CaseStatus> status = storedStatus(query->value(3));
    c.number = query->value(4).toString();
    c.decidedAt = storedTime(query->value(5));
    c.issuedOn = c.decidedAt.isValid() ? kazakhstanDate(c.decidedAt) : QDate();
    c.taxpayerId = query->value(6).toString();
    c.taxpayerName = QJsonDocument::fromJson(query->value(7).toString().toUtf8())
                         .object()
                         .value(u"taxpayer_name"_s)
                         .toString();
    query->finish();
    if (!status)
        return status.error();
    c.status = *status;
    Result<QSqlQuery> lines = run(db,
        u"SELECT dsn_code, product_type, name FROM case_lines WHERE case_uid = ? AND decision = 'issued' "
        u"AND dsn_code IS NOT NULL ORDER BY line_no"_s,
        { c.caseUid });
    if (!lines)
        return lines.error();
    while (lines->next())
        c.codes.append(CertificateCode {
            lines->value(0).toString(), lines->value(1).toInt(), lines->value(2).toString() });
    return std::optional<Certificate>(c);
}

bool hasCertificate(const Certificate &c)
{
    return (c.status == CaseStatus::Issued || c.status == CaseStatus::PartlyIssued) && !c.number.isEmpty()
        && c.issuedOn.isValid() && !c.codes.isEmpty();
}

// Who may print a case's certificate: an administrator, a review desk of its department, the
// counter that took the case in (it hands the certificate over).
Result<void> mayPrint(const Workstation &who, const Certificate &c)
{
    if (who.role == Role::Operator && who.name == c.counter)
        return {};
    if (who.role == Role::Reviewer || who.role == Role::Administrator) {
        if (Result<void> r = checkDepartment(who, c.department); r)
            return r;
    }
    return makeError(ErrorCode::PermissionDenied,
        localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
            "Only a review desk of the case's department, the counter that took the case in, or an "
            "administrator may print its certificate.")));
}

} // namespace

CertificateClaims Certificate::claims(const QString &printId) const
{
    CertificateClaims claims;
    claims.certificateNumber = number;
    claims.issuedOn = issuedOn;
    claims.subjectId = taxpayerId;
    for (const CertificateCode &code : codes)
        claims.codes.append(code.dsnCode);
    claims.printId = printId;
    return claims;
}

Result<Certificate> OfficeStore::certificateToPrint(const Workstation &who, const QString &caseUid)
{
    Result<std::optional<Certificate>> found
        = loadCertificate(m_db.connection(), u"WHERE case_uid = ?"_s, caseUid);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(
            ErrorCode::NotFound, localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "There is no such case.")));
    const Certificate &c = **found;
    if (Result<void> r = mayPrint(who, c); !r)
        return r.error();
    if (!hasCertificate(c))
        return makeError(ErrorCode::Conflict,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                "The case has no certificate: it is not decided yet, or no line was issued.")),
            u"not_issued"_s);
    return c;
}

Result<void> OfficeStore::recordPrint(const CertificatePrint &print)
{
    const QString at = toStoreTime(print.printedAt.isValid() ? print.printedAt : m_clock());
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        return exec(db,
            u"INSERT INTO certificate_prints (print_id, case_uid, decision_number, workstation, printed_by, "
            u"login, printed_at, kid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { print.printId, print.caseUid, print.certificateNumber, print.workstation,
                nullableText(print.printedBy), nullableText(print.login), at, print.kid });
    });
}

Result<std::optional<Certificate>> OfficeStore::certificate(const QString &number)
{
    Result<std::optional<Certificate>> found
        = loadCertificate(m_db.connection(), u"WHERE decision_number = ?"_s, number);
    if (!found || !found->has_value() || hasCertificate(**found))
        return found;
    return std::optional<Certificate>();
}

Result<bool> OfficeStore::printRecorded(const QString &number, const QString &printId)
{
    Result<QVariant> count = scalar(m_db.connection(),
        u"SELECT COUNT(*) FROM certificate_prints WHERE print_id = ? AND decision_number = ?"_s,
        { printId, number });
    if (!count)
        return count.error();
    return count->toInt() > 0;
}

Result<QList<CertificatePrint>> OfficeStore::prints(const QString &number)
{
    Result<QSqlQuery> query = run(m_db.connection(),
        u"SELECT print_id, case_uid, decision_number, workstation, printed_by, login, printed_at, kid "
        u"FROM certificate_prints WHERE decision_number = ? ORDER BY printed_at, print_id"_s,
        { number });
    if (!query)
        return query.error();
    QList<CertificatePrint> prints;
    while (query->next()) {
        prints.append(CertificatePrint { query->value(0).toString(), query->value(1).toString(),
            query->value(2).toString(), query->value(3).toString(), query->value(4).toString(),
            query->value(5).toString(), storedTime(query->value(6)), query->value(7).toString() });
    }
    return prints;
}

Result<void> OfficeStore::recordVerify(const VerifyRecord &record)
{
    const QString at = toStoreTime(record.at.isValid() ? record.at : m_clock());
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        if (Result<void> r = exec(db, u"UPDATE counters SET value = value + 1 WHERE name = 'verify_seq'"_s);
            !r)
            return r;
        Result<QVariant> seq = scalar(db, u"SELECT value FROM counters WHERE name = 'verify_seq'"_s);
        if (!seq)
            return seq.error();
        return exec(db,
            u"INSERT INTO verify_requests (seq, at, remote_address, asked, kind, outcome, "
            u"certificate_number, "
            u"print_id, refused_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { seq->toLongLong(), at, storedText(record.remoteAddress),
                storedText(record.asked.left(kMaxAsked)), record.kind, record.outcome,
                nullableText(record.certificateNumber), nullableText(record.printId), record.refusedBefore });
    });
}

} // namespace dsn::office
