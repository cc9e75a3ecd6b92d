#include "documentdata.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace canonical {

QString escapeValue(const QString &value)
{
    const QString normalised = value.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(normalised.size());
    for (const QChar c : normalised) {
        switch (c.unicode()) {
        case u'\\':
            out += "\\\\"_L1;
            break;
        case u'\n':
            out += "\\n"_L1;
            break;
        case u'\r':
            out += "\\r"_L1;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString escapeName(const QString &name)
{
    QString out;
    for (const QChar c : escapeValue(name)) {
        if (c == u'=' || c == u'.')
            out += u'\\';
        out += c;
    }
    return out;
}

void appendField(QByteArray &out, QStringView name, const QString &value)
{
    out += name.toUtf8();
    out += '=';
    out += escapeValue(value).toUtf8();
    out += '\n';
}

} // namespace canonical

QByteArray canonicalDocumentData(const QString &kind, Language language, const DocumentData &data)
{
    QByteArray out = "DSN-DOCUMENT/1\n";
    canonical::appendField(out, u"kind", kind);
    canonical::appendField(out, u"language", languageCode(language));
    for (auto it = data.values.cbegin(); it != data.values.cend(); ++it)
        canonical::appendField(out, QString(u"value."_s + canonical::escapeName(it.key())), it.value());
    for (auto list = data.lists.cbegin(); list != data.lists.cend(); ++list) {
        const QString listName = u"list."_s + canonical::escapeName(list.key());
        canonical::appendField(out, listName, QString::number(list.value().size()));
        int rowNumber = 0;
        for (const DocumentRow &row : list.value()) {
            ++rowNumber;
            const QString rowName = listName + u'.' + QString::number(rowNumber) + u'.';
            for (auto field = row.cbegin(); field != row.cend(); ++field)
                canonical::appendField(
                    out, QString(rowName + canonical::escapeName(field.key())), field.value());
        }
    }
    return out;
}

} // namespace dsn
