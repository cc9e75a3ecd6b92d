#pragma once

#include "base/language.h"
#include "documentdata.h"
#include "documentengine.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dsn {

// One product line of the application, as the receipt lists it.
struct ReceiptProduct
{
    QString typeName; // "бензин", "дизельное топливо", ... in the receipt's language
    QString name;     // the product name as the applicant wrote it
    QString specification; // GOST, technical conditions, ...
};

// What the acceptance receipt (қолхат / расписка, Rules §6) shows: filled by the caller from
// the accepted application. Names are given in the language the receipt is printed in.
struct ReceiptData
{
    QString caseNumber;
    QDateTime acceptedAt; // printed in Kazakhstan time
    QString operatorName; // the State Corporation operator who accepted the application
    QString branchName;   // the State Corporation branch
    QString taxpayerName;
    QString taxpayerId;     // IIN or BIN, 12 digits
    QString departmentName; // the State Revenue Department the application is addressed to
    QList<ReceiptProduct> products;
    QDateTime dueAt;   // when the result is due, computed from the working calendar
    QString collectAt; // where the result is collected (branch and address)
};

namespace receipt {

inline constexpr auto kind = "receipt";

// The first required field that is missing or malformed, for the clerk; empty when the data
// can be printed.
QString validate(const ReceiptData &data);

// The canonical receipt data (see docs/documents.md): UTF-8 lines in a fixed order, starting
// with "DSN-RECEIPT/1" and the language, times in UTC to the second. The input of the
// content hash and of the QR digest.
QByteArray canonicalData(const ReceiptData &data, Language language);
// SHA-256 (hex, 64 characters) of the canonical data: the content hash of the printed receipt.
QString contentHash(const ReceiptData &data, Language language);
// The first 16 hex characters of the content hash, printed in the QR code.
QString digest(const ReceiptData &data, Language language);

// "DSN1|<case number>|<digest>".
QString qrPayload(const ReceiptData &data, Language language);

struct QrPayload
{
    QString caseNumber;
    QString digest;
};
// Reads a scanned payload; nullopt unless it is "DSN1|<case number>|<16 lower-case hex>".
// The case number is everything between the first and the last "|".
std::optional<QrPayload> parseQrPayload(QStringView payload);

enum class QrCheck {
    Match,         // the receipt was printed from exactly this data
    Malformed,     // not a receipt QR payload
    OtherCase,     // the payload names another case
    DigestMismatch // same case, but the printed data differs from this data
};
// Checks a scanned payload against the data of the case as the store holds it, in the
// language the receipt was printed in.
QrCheck checkQrPayload(QStringView payload, const ReceiptData &data, Language language);
inline bool verifyQrPayload(QStringView payload, const ReceiptData &data, Language language)
{
    return checkQrPayload(payload, data, language) == QrCheck::Match;
}

// The values and product rows that fill resources/documents/receipt.html.
DocumentData documentData(const ReceiptData &data, Language language);

// The receipt laid out and ready to write or print; its content hash is contentHash().
// Fails with the message of validate() when the data is incomplete.
PreparedDocument prepare(const ReceiptData &data, Language language);

} // namespace receipt

} // namespace dsn
