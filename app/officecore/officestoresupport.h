#pragma once

#include "officecore/officestore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// What the office store's files share (officestore.cpp keeps workstations, cases and events,
// allocation.cpp allocates codes, decisionstore.cpp decides, reviewstore.cpp keeps the review
// queue, evidencestore.cpp gathers the evidence, registrystore.cpp the taxpayer registry,
// auditanchors.cpp the anchors): its messages, the times it reads back, and the writes every
// change of a case makes.
namespace dsn::office {

QString localized(const char *text); // in the context "dsn::OfficeStore"

// A time column as the store keeps it (base/storetime.h); invalid when empty or unreadable.
QDateTime storedTime(const QVariant &value);
// A status column; Internal for a status the office does not know.
Result<CaseStatus> storedStatus(const QVariant &value);
// A text for a nullable column: NULL when empty.
QVariant nullableText(const QString &text);
// A text for a NOT NULL column: '' when empty (Qt binds a null QString as NULL).
QVariant storedText(const QString &text);

// Appends a stage of a case (the event's seq and case number are not read), numbered by the
// counter row "event_seq"; returns its number.
Result<qint64> appendEvent(QSqlDatabase &db, const CaseEvent &event);
// Gives the case the next number of the review queue (the counter row "queue_seq"): every change
// of a case a review desk sees calls it, in the transaction of the change.
Result<qint64> touchQueue(QSqlDatabase &db, const QString &caseUid);

// The taxpayer's registrations (registrystore.cpp), oldest first.
Result<QList<TaxpayerRegistration>> readRegistrations(const QSqlDatabase &db, const QString &taxpayerId);

// A case as the review desk's operations read it (reviewstore.cpp).
struct StoredLine
{
    int lineNo = 0;
    int productType = 0;
    QString name;
    QString normName; // productNameKey() of the name, stored at the push
};
struct StoredCase
{
    QString caseUid;
    QString caseNumber;
    QString counter; // the workstation that pushed it
    QString taxpayerId;
    QString department;
    QString subjectType;
    int country = 0;
    int atu = 0;
    CaseStatus status = CaseStatus::Registered;
    CaseHolder holder;
    QList<StoredLine> lines;
};
// NotFound for an unknown case; the lines only when asked.
Result<StoredCase> loadStoredCase(const QSqlDatabase &db, const QString &caseUid, bool withLines);

// A code the subject holds, with the name of the line it was issued for (evidencestore.cpp).
struct SubjectCode
{
    QString dsnCode;
    int productType = 0;
    QString normName; // as stored for ground 2
    QString name;
};
Result<QList<SubjectCode>> readSubjectCodes(const QSqlDatabase &db, const QString &taxpayerId);
// The evidence of both grounds for one line: the registrations, the subject type and the day for
// ground 1; the line's product and the subject's codes for ground 2.
RefusalEvidence lineEvidence(const StoredCase &c, const StoredLine &line,
    const QList<TaxpayerRegistration> &registrations, const QList<IssuedProduct> &issued, QDate day);
QList<IssuedProduct> issuedProducts(const QList<SubjectCode> &codes);

// Allocation (allocation.cpp): the code of an issued line, with the subject's entity number and
// its next brand, and the next decision number of the department and year.
Result<QString> allocateCode(
    QSqlDatabase &db, const StoredCase &c, const StoredLine &line, const QString &now);
Result<QString> nextDecisionNumber(QSqlDatabase &db, const QString &department, int year);

// The department rule: a review workstation works only on the cases addressed to its place (a
// workstation without a place on none); an administrator on all. PermissionDenied otherwise.
Result<void> checkDepartment(const Workstation &workstation, const QString &department);

// The lifecycle table on a reviewer taking the case into review; a case in review stays there.
// Conflict when it is decided, PermissionDenied for a role the table does not let review.
Result<void> mayReview(CaseStatus status, Role role);

} // namespace dsn::office
