#include "base/strictjson.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

// Reads the string that starts at text[i] (a quote) with its escapes decoded; i ends after the
// closing quote. The text is valid JSON, so every escape is complete.
QString readString(const QString &text, qsizetype &i)
{
    QString out;
    ++i; // the opening quote
    while (i < text.size()) {
        const QChar c = text.at(i++);
        if (c == u'"')
            break;
        if (c != u'\\') {
            out.append(c);
            continue;
        }
        if (i >= text.size())
            break;
        const QChar e = text.at(i++);
        switch (e.unicode()) {
        case u'b':
            out.append(u'\b');
            break;
        case u'f':
            out.append(u'\f');
            break;
        case u'n':
            out.append(u'\n');
            break;
        case u'r':
            out.append(u'\r');
            break;
        case u't':
            out.append(u'\t');
            break;
        case u'u': {
            bool ok = false;
            const ushort unit = text.mid(i, 4).toUShort(&ok, 16);
            i += 4;
            out.append(QChar(ok ? unit : 0xFFFD));
            break;
        }
        default: // '"', '\\', '/'
            out.append(e);
            break;
        }
    }
    return out;
}

struct Frame
{
    bool object = false;
    bool expectingKey = false;
    QSet<QString> keys;
};

} // namespace

std::optional<QString> duplicateJsonKey(const QString &text, qsizetype *offset)
{
    QList<Frame> stack;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'{':
            stack.append(Frame { true, true, {} });
            ++i;
            break;
        case u'[':
            stack.append(Frame { false, false, {} });
            ++i;
            break;
        case u'}':
        case u']':
            if (!stack.isEmpty())
                stack.removeLast();
            ++i;
            break;
        case u',':
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectingKey = true;
            ++i;
            break;
        case u'"': {
            const qsizetype start = i;
            const QString s = readString(text, i);
            if (!stack.isEmpty() && stack.last().object && stack.last().expectingKey) {
                Frame &frame = stack.last();
                frame.expectingKey = false;
                if (frame.keys.contains(s)) {
                    if (offset)
                        *offset = start;
                    return s;
                }
                frame.keys.insert(s);
            }
            break;
        }
        default:
            ++i;
            break;
        }
    }
    return std::nullopt;
}

StrictJson parseStrictJson(const QByteArray &text)
{
    StrictJson result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QCoreApplication::translate("dsn::StrictJson", "Not valid JSON at offset %1: %2.")
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
        result.offset = parseError.offset;
        return result;
    }
    qsizetype offset = 0;
    if (const std::optional<QString> key = duplicateJsonKey(QString::fromUtf8(text), &offset)) {
        result.error = QCoreApplication::translate("dsn::StrictJson",
            "The JSON text holds the key \"%1\" twice in one object (at character %2): say each "
            "thing once.")
                           .arg(key->left(64))
                           .arg(offset);
        result.offset = offset;
        return result;
    }
    result.document = document;
    return result;
}

} // namespace dsn
