#include "documenttemplate.h"

#include "base/csv.h"
#include "base/hashing.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::DocumentTemplate)
};

bool isPlaceholderName(QStringView name)
{
    if (name.isEmpty())
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

QString escapeHtml(const QString &value)
{
    QString escaped = value.toHtmlEscaped();
    escaped.replace(u"\r\n"_s, u"\n"_s);
    escaped.replace(u'\n', u"<br/>"_s);
    return escaped;
}

// Fills one template text. Html mode escapes values; literal text is escaped too when the
// text comes from the texts table rather than from the HTML layout itself.
class Filler
{
public:
    enum class Mode { Html, Plain };

    Filler(const QHash<QString, LocalizedName> &texts, Language language, Mode mode, const DocumentData &data,
        const QMap<QString, QString> &extra)
        : m_texts(texts)
        , m_language(language)
        , m_mode(mode)
        , m_data(data)
        , m_extra(extra)
    {
    }

    struct Row
    {
        const DocumentRow *fields = nullptr;
        int index = 0;
    };

    bool fill(QStringView tpl, bool escapeLiterals, bool allowTexts, Row row, QString &out)
    {
        qsizetype pos = 0;
        while (pos < tpl.size()) {
            const qsizetype open = tpl.indexOf(u"{{", pos);
            if (open < 0) {
                appendLiteral(tpl.mid(pos), escapeLiterals, out);
                break;
            }
            appendLiteral(tpl.mid(pos, open - pos), escapeLiterals, out);
            const qsizetype close = tpl.indexOf(u"}}", open + 2);
            if (close < 0)
                return fail(Text::tr("a placeholder is not closed with }}"), tpl, open);
            const QStringView tag = tpl.mid(open + 2, close - open - 2).trimmed();
            pos = close + 2;

            if (tag.startsWith(u'#')) {
                const QStringView name = tag.mid(1).trimmed();
                if (row.fields)
                    return fail(Text::tr("repeated blocks cannot be nested"), tpl, open);
                if (!isPlaceholderName(name))
                    return fail(Text::tr("a repeated block has no valid list name"), tpl, open);
                const QString endTag = u"{{/"_s + name + u"}}"_s;
                const qsizetype end = tpl.indexOf(endTag, pos);
                if (end < 0)
                    return fail(Text::tr("the repeated block {{#%1}} has no {{/%1}}").arg(name), tpl, open);
                const auto list = m_data.lists.constFind(name.toString());
                if (list == m_data.lists.cend())
                    return fail(Text::tr("no list named \"%1\" in the document data").arg(name), tpl, open);
                const QStringView inner = tpl.mid(pos, end - pos);
                int index = 0;
                for (const DocumentRow &fields : list.value()) {
                    if (!fill(inner, escapeLiterals, allowTexts, Row { &fields, ++index }, out))
                        return false;
                }
                pos = end + endTag.size();
            } else if (tag.startsWith(u'/')) {
                return fail(Text::tr("%1 closes no repeated block").arg(u"{{"_s + tag + u"}}"_s), tpl, open);
            } else if (tag.startsWith(u"t:")) {
                QString key = tag.mid(2).trimmed().toString();
                if (!allowTexts)
                    return fail(Text::tr("a fixed text cannot include another fixed text"), tpl, open);
                if (key.startsWith(u'=')) {
                    // {{t:=name}}: the fixed text whose key is the value of name.
                    const QString name = key.mid(1).trimmed();
                    const std::optional<QString> chosen = lookup(name, row);
                    if (!chosen)
                        return fail(Text::tr("no value for {{%1}}").arg(name), tpl, open);
                    if (!isPlaceholderName(*chosen))
                        return fail(Text::tr("the value of {{%1}} is not the key of a fixed text").arg(name),
                            tpl, open);
                    key = *chosen;
                }
                const auto text = m_texts.constFind(key);
                if (text == m_texts.cend())
                    return fail(Text::tr("no fixed text \"%1\" in the texts table").arg(key), tpl, open);
                const QString localized = text->in(m_language);
                if (localized.isEmpty())
                    return fail(Text::tr("the fixed text \"%1\" has no %2 version")
                                    .arg(key, languageCode(m_language)),
                        tpl, open);
                if (!fill(localized, m_mode == Mode::Html, false, row, out))
                    return false;
            } else {
                if (!isPlaceholderName(tag))
                    return fail(Text::tr("\"%1\" is not a placeholder name").arg(tag), tpl, open);
                const std::optional<QString> value = lookup(tag.toString(), row);
                if (!value)
                    return fail(Text::tr("no value for {{%1}}").arg(tag), tpl, open);
                out += m_mode == Mode::Html ? escapeHtml(*value) : *value;
            }
        }
        return true;
    }

    const QString &error() const { return m_error; }

private:
    std::optional<QString> lookup(const QString &name, Row row) const
    {
        if (row.fields) {
            if (name == "index"_L1)
                return QString::number(row.index);
            const auto field = row.fields->constFind(name);
            if (field != row.fields->cend())
                return field.value();
        }
        if (const auto extra = m_extra.constFind(name); extra != m_extra.cend())
            return extra.value();
        if (const auto value = m_data.values.constFind(name); value != m_data.values.cend())
            return value.value();
        return std::nullopt;
    }

    void appendLiteral(QStringView literal, bool escape, QString &out) const
    {
        if (escape)
            out += escapeHtml(literal.toString());
        else
            out += literal;
    }

    bool fail(const QString &message, QStringView tpl, qsizetype at)
    {
        if (m_error.isEmpty()) {
            const qsizetype line = tpl.left(at).count(u'\n') + 1;
            m_error = Text::tr("Template error, line %1: %2").arg(line).arg(message);
        }
        return false;
    }

    const QHash<QString, LocalizedName> &m_texts;
    Language m_language;
    Mode m_mode;
    const DocumentData &m_data;
    const QMap<QString, QString> &m_extra;
    QString m_error;
};

Result<QString> readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

} // namespace

DocumentTemplate::DocumentTemplate(QString kind, QString html, QHash<QString, LocalizedName> texts)
    : m_kind(std::move(kind))
    , m_html(std::move(html))
    , m_texts(std::move(texts))
{
}

Result<DocumentTemplate> DocumentTemplate::load(const QString &kind, const QString &directory)
{
    const QString base = (directory.isEmpty() ? u":/documents"_s : directory) + u'/' + kind;
    const Result<QString> html = readUtf8(base + u".html"_s);
    if (!html)
        return html.error();
    const Result<QString> csv = readUtf8(base + u".texts.csv"_s);
    if (!csv)
        return csv.error();
    Result<QHash<QString, LocalizedName>> texts = parseTexts(*csv);
    if (!texts)
        return makeError(ErrorCode::Damaged, Text::tr("%1.texts.csv: %2").arg(kind, texts.error().message));
    return DocumentTemplate(kind, *html, std::move(texts).value());
}

Result<QHash<QString, LocalizedName>> DocumentTemplate::parseTexts(const QString &csv)
{
    const auto setError = [](const QString &message) {
        return makeError(ErrorCode::Damaged, message);
    };
    const csv::ParseResult parsed = csv::parse(csv);
    if (!parsed.ok()) {
        return setError(Text::tr("line %1: %2").arg(parsed.errorLine).arg(parsed.error));
    }
    if (parsed.rows.isEmpty()) {
        return setError(Text::tr("the texts table is empty"));
    }
    const QStringList header = parsed.rows.first();
    const qsizetype keyColumn = header.indexOf(u"key"_s);
    const qsizetype kkColumn = header.indexOf(u"kk"_s);
    const qsizetype ruColumn = header.indexOf(u"ru"_s);
    const qsizetype enColumn = header.indexOf(u"en"_s);
    if (keyColumn < 0 || kkColumn < 0 || ruColumn < 0) {
        return setError(Text::tr("the header must name the columns key, kk and ru"));
    }
    QHash<QString, LocalizedName> texts;
    for (qsizetype i = 1; i < parsed.rows.size(); ++i) {
        const QStringList &row = parsed.rows.at(i);
        if (row.size() != header.size()) {
            return setError(Text::tr("row %1 has %2 fields, the header has %3")
                                .arg(i + 1)
                                .arg(row.size())
                                .arg(header.size()));
        }
        const QString key = row.at(keyColumn).trimmed();
        if (!isPlaceholderName(key) || texts.contains(key)) {
            return setError(
                Text::tr("row %1: the key \"%2\" is not a name or is repeated").arg(i + 1).arg(key));
        }
        texts.insert(key,
            LocalizedName {
                row.at(kkColumn), row.at(ruColumn), enColumn >= 0 ? row.at(enColumn) : QString() });
    }
    return texts;
}

QString DocumentTemplate::digest() const
{
    QByteArray bytes = "DSN-TEMPLATE/1\n";
    canonical::appendField(bytes, u"kind", m_kind);
    canonical::appendField(bytes, u"html", m_html);
    QStringList keys = m_texts.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const LocalizedName &text = m_texts.value(key);
        const QString name = u"text."_s + canonical::escapeName(key) + u'.';
        canonical::appendField(bytes, QString(name + u"kk"_s), text.kk);
        canonical::appendField(bytes, QString(name + u"ru"_s), text.ru);
        canonical::appendField(bytes, QString(name + u"en"_s), text.en);
    }
    return sha256Hex(bytes);
}

FilledText DocumentTemplate::fillHtml(Language language, const DocumentData &data) const
{
    const QMap<QString, QString> noExtra;
    Filler filler(m_texts, language, Filler::Mode::Html, data, noExtra);
    FilledText result;
    if (!filler.fill(m_html, false, true, {}, result.text))
        return FilledText { {}, filler.error() };
    return result;
}

FilledText DocumentTemplate::fillText(const QString &key, Language language, const DocumentData &data,
    const QMap<QString, QString> &extraValues) const
{
    Filler filler(m_texts, language, Filler::Mode::Plain, data, extraValues);
    FilledText result;
    if (!filler.fill(QString(u"{{t:"_s + key + u"}}"_s), false, true, {}, result.text))
        return FilledText { {}, filler.error() };
    return result;
}

} // namespace dsn
