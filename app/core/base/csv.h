#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dsn::csv {

// RFC 4180: fields holding a comma, a quote or a line break are quoted, quotes doubled. A field
// that a spreadsheet would run as a formula (one beginning with "=", "+", "-", "@", a tab or a
// carriage return: "CSV injection", OWASP) is first neutralised by neutralizeFormula(). Every
// export goes through here, so a workstation name or a product name typed as "=HYPERLINK(...)"
// reaches the reader's spreadsheet as text.
QString escapeField(const QString &field);
// The field with an apostrophe in front when it begins with one of the characters above (a
// spreadsheet shows the rest as text and hides the apostrophe); otherwise unchanged.
QString neutralizeFormula(const QString &field);
QString formatRow(const QStringList &fields);

struct ParseResult
{
    QList<QStringList> rows;
    QString error;     // empty when the text parsed
    int errorLine = 0; // 1-based line of the error
    bool ok() const { return error.isEmpty(); }
};

// Parses RFC 4180 text (LF or CRLF line ends, UTF-8 already decoded). Empty lines are skipped.
ParseResult parse(const QString &text);

} // namespace dsn::csv
