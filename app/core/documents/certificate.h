#pragma once

#include "base/language.h"
#include "cases/application.h"
#include "decisiondocument.h"
#include "documentdata.h"
#include "documentengine.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dsn {

// One product the decision assigned a DSN code to.
struct CertificateProduct
{
    QString dsnCode;       // the code's digits as stored ("305300011001"); printed grouped
    QString typeName;      // "Бензин", ... in the certificate's language
    QString name;          // the product name as the application gave it
    QString specification; // GOST, technical conditions, ...
};

// What the certificate of DSN codes (ДСН-кодтарды беру туралы куәлік / свидетельство о
// присвоении ПИН-кодов; the result of the service, Appendix 2 row 5) shows. Filled by the caller
// (certificatebuilder.h) from the decided case; names in the certificate's language.
struct CertificateData
{
    DecisionDetails decision;
    std::optional<SubjectType> subjectType; // producer or importer
    QString countryName;                    // facet 1: the producing country
    QString territorialUnitName;            // facet 2: the subject's unit, its code and name
    QList<CertificateProduct> products;     // the issued lines, in form order
    // The office's signed token for this certificate, carried by the QR code: whoever scans it
    // can check the certificate with the office. One line of printable ASCII.
    QString verificationToken;
};

namespace certificate {

inline constexpr auto kind = "certificate";
// The longest verification token the QR code carries, in characters.
inline constexpr int kMaxTokenLength = 1000;

// The legal references the certificate cites (the Rules and the order that approved them).
QStringList legalKeys();

// The first required field that is missing or malformed, for the clerk; empty when the data
// can be printed.
QString validate(const CertificateData &data);

// The canonical data (docs/documents.md), "DSN-CERTIFICATE/1" first; the input of the content
// hash. Codes as stored (digits), times in UTC.
QByteArray canonicalData(const CertificateData &data, Language language);
// SHA-256 (hex) of the canonical data, and its first 16 characters (printed in small type).
QString contentHash(const CertificateData &data, Language language);
QString digest(const CertificateData &data, Language language);

// The token as printed under the code for a person to compare: its first and last 8
// characters around an ellipsis, or the whole token when it has at most 24.
QString tokenShortForm(const QString &token);

// The values and rows that fill resources/documents/certificate.html.
DocumentData documentData(const CertificateData &data, Language language);

// The certificate laid out and ready to write or print. Fails with the message of validate().
PreparedDocument prepare(const CertificateData &data, Language language);

} // namespace certificate

} // namespace dsn
