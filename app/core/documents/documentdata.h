#pragma once

#include "base/language.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace dsn {

// One repeated row of a document (a product line of a receipt): field name -> text.
using DocumentRow = QMap<QString, QString>;

// What fills a document template: single values and named lists of repeated rows.
// Values are plain text; the template engine escapes them for HTML.
struct DocumentData
{
    QMap<QString, QString> values;
    QMap<QString, QList<DocumentRow>> lists;
};

// The canonical form of the data that went into a document, the input of its content hash.
// UTF-8 lines "name=value" in a fixed order (see docs/documents.md):
//   DSN-DOCUMENT/1, kind=..., language=..., value.<key>=... sorted by key,
//   list.<name>=<row count>, list.<name>.<row>.<field>=... (rows from 1, fields sorted).
// Text is NFC-normalised; a backslash, a line feed and a carriage return in a value are
// written as \\, \n and \r (in keys and list names also "=" and "." as \= and \.), so every
// line is one field and no two inputs give the same bytes.
QByteArray canonicalDocumentData(const QString &kind, Language language, const DocumentData &data);

// Helpers for canonical forms of particular document kinds.
namespace canonical {
// The escaped, normalised value as written after "name=".
QString escapeValue(const QString &value);
// A key or list name inside a field name: escaped like a value, and "=" and "." too.
QString escapeName(const QString &name);
// Appends "name=value\n" with the value escaped.
void appendField(QByteArray &out, QStringView name, const QString &value);
} // namespace canonical

} // namespace dsn
