#pragma once

#include "base/language.h"
#include "decisiondocument.h"
#include "documentdata.h"
#include "documentengine.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dsn {

// One refused line of the application, with its ground.
struct RefusedLine
{
    int lineNo = 0;        // the line's number in the application, from 1
    QString typeName;      // "Бензин", ... in the letter's language
    QString name;          // the product name as the application gave it
    QString specification; // GOST, technical conditions, ...
    int ground = 0;        // Rules §7: 1 (not registered for the activity), 2 (a code already exists)
    QString heldCode;      // ground 2: the DSN code the subject already holds, digits as stored
    QString reason;        // the reviewer's written reason; may be empty
};

// What the reasoned refusal letter (дәлелді бас тарту / мотивированный отказ, Appendix 2 row 5)
// shows: addressed to the subject, each refused line with its ground in the Rules' words, how to
// apply again (Rules §8) and how to complain (Rules §11-13). Filled by the caller
// (refusalbuilder.h) from the decided case; names in the letter's language.
struct RefusalData
{
    DecisionDetails decision;
    QList<RefusedLine> lines; // the refused lines, in form order
    // How many lines of the same application the decision issued (a partly issued case): the
    // letter says they were issued and names the certificate.
    int issuedCount = 0;
};

namespace refusalletter {

inline constexpr auto kind = "refusal";

// The legal references the letter cites.
QStringList legalKeys();

// The first required field that is missing or malformed, for the clerk; empty when the data
// can be printed.
QString validate(const RefusalData &data);

// The canonical data (docs/documents.md), "DSN-REFUSAL/1" first; the input of the content hash.
QByteArray canonicalData(const RefusalData &data, Language language);
// SHA-256 (hex) of the canonical data, and its first 16 characters (printed in small type).
QString contentHash(const RefusalData &data, Language language);
QString digest(const RefusalData &data, Language language);

// The values and rows that fill resources/documents/refusal.html.
DocumentData documentData(const RefusalData &data, Language language);

// The letter laid out and ready to write or print. Fails with the message of validate().
PreparedDocument prepare(const RefusalData &data, Language language);

} // namespace refusalletter

} // namespace dsn
