#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QString>

#include <optional>

namespace dsn {

// JSON from outside the process (an application given to `dsnctl case add`, a request body the
// office receives, a calendar file, a reply from the office) is read through here. QJsonDocument
// keeps only one of two equal keys of an object and says nothing, so that a checked and a used
// value could differ; here an object that holds one key twice is refused. Keys are compared
// after their escapes are decoded ("a" and "\u0061" are one key).
struct StrictJson
{
    QJsonDocument document; // null unless ok()
    QString error;          // translated; empty when the text was read
    qsizetype offset = 0;   // where in the text the problem is (bytes for a syntax error, else characters)
    bool ok() const { return error.isEmpty(); }
};

StrictJson parseStrictJson(const QByteArray &text);

// The first key found twice in one object of valid JSON text, or nullopt when there is none
// (also when the text is not valid JSON: parse it first). *offset: where the second one begins.
std::optional<QString> duplicateJsonKey(const QString &text, qsizetype *offset = nullptr);

} // namespace dsn
