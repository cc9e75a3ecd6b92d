#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dsn::csv {

// RFC 4180: fields holding a comma, a quote or a line break are quoted, quotes doubled.
QString escapeField(const QString &field);
QString formatRow(const QStringList &fields);

struct ParseResult
{
    QList<QStringList> rows;
    QString error;      // empty when the text parsed
    int errorLine = 0;  // 1-based line of the error
    bool ok() const { return error.isEmpty(); }
};

// Parses RFC 4180 text (LF or CRLF line ends, UTF-8 already decoded). Empty lines are skipped.
ParseResult parse(const QString &text);

} // namespace dsn::csv
