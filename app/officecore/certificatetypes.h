#pragma once

#include "lifecycle/caselifecycle.h"
#include "signing/certificatetoken.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// What the office keeps of the DSN certificates it prints and of the public checks of them
// (officestore.h, certificatestore.cpp; docs/certificates.md): the certificate of a decided case
// as it prints it, each print, and each check.
namespace dsn::office {

// One issued line of a certificate.
struct CertificateCode
{
    QString dsnCode;
    int productType = 0;
    QString name; // the product's name as the application gave it
};

// The certificate of a decided case with at least one issued line: what the certificate prints
// and what a token claims. The certificate number is the decision number.
struct Certificate
{
    QString caseUid;
    QString counter; // the workstation that pushed the case
    QString department;
    CaseStatus status = CaseStatus::Issued; // Issued or PartlyIssued
    QString number;
    QDateTime decidedAt;
    QDate issuedOn; // the decision's date in Kazakhstan time
    QString taxpayerId;
    QString taxpayerName;
    QList<CertificateCode> codes; // in line order

    // The claims of one print of it.
    CertificateClaims claims(const QString &printId) const;
};

// One print of a certificate: the print id its token carries, who printed it and with which key.
struct CertificatePrint
{
    QString printId;
    QString caseUid;
    QString certificateNumber;
    QString workstation;
    QString printedBy; // full name, as the workstation said; may be empty
    QString login;
    QDateTime printedAt;
    QString kid;
};

// One public check (GET verify/...), as recorded in verify_requests.
struct VerifyRecord
{
    QDateTime at;
    QString remoteAddress;
    QString asked;   // the path parameter as decoded, at most 1024 characters
    QString kind;    // "number", "token" or "invalid"
    QString outcome; // "genuine", "not_found", "bad_request", "rate_limited" or the token's reason
    QString certificateNumber;
    QString printId;
    int refusedBefore = 0; // requests of the address refused by the rate limit and not recorded
};

} // namespace dsn::office
