#include "base/csv.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn::csv {

QString neutralizeFormula(const QString &field)
{
    if (field.isEmpty())
        return field;
    switch (field.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + field;
    default:
        return field;
    }
}

QString escapeField(const QString &text)
{
    const QString field = neutralizeFormula(text);
    const bool needsQuotes
        = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString formatRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped.append(escapeField(f));
    return escaped.join(u',');
}

ParseResult parse(const QString &text)
{
    ParseResult result;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int rowStartLine = 1;

    auto endRow = [&] {
        row.append(field);
        const bool blank = row.size() == 1 && row.constFirst().isEmpty() && !fieldWasQuoted;
        if (!blank)
            result.rows.append(row);
        row.clear();
        field.clear();
        fieldWasQuoted = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty()) {
                result.error = u"quote inside an unquoted field"_s;
                result.errorLine = line;
                return result;
            }
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r') {
            // CR before LF is part of the line end; a lone CR is ignored too.
        } else if (c == u'\n') {
            endRow();
            ++line;
            rowStartLine = line;
        } else {
            if (fieldWasQuoted) {
                result.error = u"text after a closing quote"_s;
                result.errorLine = line;
                return result;
            }
            field.append(c);
        }
    }
    if (inQuotes) {
        result.error = u"unterminated quoted field"_s;
        result.errorLine = rowStartLine;
        return result;
    }
    if (!field.isEmpty() || !row.isEmpty() || fieldWasQuoted)
        endRow();
    return result;
}

} // namespace dsn::csv
