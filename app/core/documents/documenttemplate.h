#pragma once

#include "base/language.h"
#include "base/result.h"
#include "documents/documentdata.h"

#include <QHash>
#include <QString>

namespace dsn {

// The text a template produced, or why it could not.
struct FilledText
{
    QString text;
    QString error; // empty when the template filled
    bool ok() const { return error.isEmpty(); }
};

// A template of one document kind: an HTML layout (the subset QTextDocument renders) and a
// table of fixed texts in every language, kept in resources/documents/ as <kind>.html and
// <kind>.texts.csv (columns key,kk,ru[,en]). Placeholders:
//   {{name}}              a value (or, inside a repeated block, a field of the row), escaped
//   {{t:key}}             the fixed text for the document's language, escaped; it may hold
//                         {{name}} placeholders of its own
//   {{t:=name}}           the fixed text whose key is the value of name (a row's field first):
//                         a text chosen per row, such as the words of a refusal ground
//   {{#list}}...{{/list}} the block repeated for each row of the list; {{index}} is the row
//                         number from 1
// A placeholder with no value is an error, never an empty string: a mistake in a template
// shows up in its first test rather than on a printed document.
class DocumentTemplate
{
public:
    DocumentTemplate() = default;
    DocumentTemplate(QString kind, QString html, QHash<QString, LocalizedName> texts);

    // Loads :/documents/<kind>.html and :/documents/<kind>.texts.csv (or the same names in
    // directory, when given).
    static Result<DocumentTemplate> load(const QString &kind, const QString &directory = {});
    // Parses a texts table: a header row naming the columns "key", "kk", "ru" and optionally "en".
    static Result<QHash<QString, LocalizedName>> parseTexts(const QString &csv);

    bool isNull() const { return m_kind.isEmpty(); }
    const QString &kind() const { return m_kind; }
    const QString &html() const { return m_html; }
    bool hasText(const QString &key) const { return m_texts.contains(key); }
    // SHA-256 (hex) of the layout and the texts: which version of the template was printed.
    QString digest() const;

    // The HTML with every placeholder filled.
    FilledText fillHtml(Language language, const DocumentData &data) const;
    // A fixed text with its placeholders filled, as plain text (for the PDF title and the
    // page footer). extraValues are looked up before data.values.
    FilledText fillText(const QString &key, Language language, const DocumentData &data,
        const QMap<QString, QString> &extraValues = {}) const;

private:
    QString m_kind;
    QString m_html;
    QHash<QString, LocalizedName> m_texts;
};

} // namespace dsn
