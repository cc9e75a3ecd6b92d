#include "reference/legalreferences.h"

#include "base/csv.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::LegalReferences)
};

bool isKey(QStringView key)
{
    return !key.isEmpty() && std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

bool isOneLine(const QString &text)
{
    return !text.contains(u'\n') && !text.contains(u'\r');
}

} // namespace

const QString LegalReferences::kFile = u"legalrefs.csv"_s;

const LegalReferences &LegalReferences::shipped()
{
    static const LegalReferences references = [] {
        QFile file(u":/reference/"_s + kFile);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The embedded %s is missing (a build defect)", qUtf8Printable(kFile));
        Result<LegalReferences> parsed = parse(QString::fromUtf8(file.readAll()));
        if (!parsed)
            qFatal("The embedded %s is broken (a build defect): %s", qUtf8Printable(kFile),
                qUtf8Printable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return references;
}

Result<LegalReferences> LegalReferences::parse(const QString &csv)
{
    const auto fail = [](int line, const QString &reason) {
        return makeError(ErrorCode::Damaged, Text::tr("line %1: %2").arg(line).arg(reason));
    };
    const csv::ParseResult parsed = csv::parse(csv);
    if (!parsed.ok())
        return fail(parsed.errorLine, parsed.error);
    if (parsed.rows.isEmpty())
        return fail(1, Text::tr("the table is empty"));
    const QStringList &header = parsed.rows.constFirst();
    const qsizetype keyColumn = header.indexOf(u"key"_s);
    const qsizetype kkColumn = header.indexOf(u"kk"_s);
    const qsizetype ruColumn = header.indexOf(u"ru"_s);
    const qsizetype usageColumn = header.indexOf(u"usage"_s);
    if (keyColumn < 0 || kkColumn < 0 || ruColumn < 0)
        return fail(1, Text::tr("the header must name the columns key, kk and ru"));

    LegalReferences result;
    for (qsizetype i = 1; i < parsed.rows.size(); ++i) {
        const QStringList &row = parsed.rows.at(i);
        const int line = int(i + 1);
        if (row.size() != header.size())
            return fail(line, Text::tr("%1 fields, the header has %2").arg(row.size()).arg(header.size()));
        LegalReference reference;
        reference.key = row.at(keyColumn).trimmed();
        if (!isKey(reference.key))
            return fail(line, Text::tr("\"%1\" is not a key (a-z, 0-9, _)").arg(reference.key));
        if (result.find(reference.key))
            return fail(line, Text::tr("the key \"%1\" is repeated").arg(reference.key));
        reference.shipped.kk = row.at(kkColumn).trimmed();
        reference.shipped.ru = row.at(ruColumn).trimmed();
        if (reference.shipped.kk.isEmpty() || reference.shipped.ru.isEmpty())
            return fail(
                line, Text::tr("\"%1\" needs both its Kazakh and its Russian text").arg(reference.key));
        if (!isOneLine(reference.shipped.kk) || !isOneLine(reference.shipped.ru))
            return fail(line, Text::tr("the texts of \"%1\" must be one line each").arg(reference.key));
        reference.text = reference.shipped;
        if (usageColumn >= 0)
            reference.usage = row.at(usageColumn).trimmed();
        result.m_references.append(reference);
    }
    return result;
}

const LegalReference *LegalReferences::find(QStringView key) const
{
    for (const LegalReference &reference : m_references) {
        if (reference.key == key)
            return &reference;
    }
    return nullptr;
}

QString LegalReferences::text(QStringView key, Language language) const
{
    const LegalReference *reference = find(key);
    return reference ? reference->text.in(language) : QString();
}

QMap<QString, QString> LegalReferences::texts(Language language) const
{
    QMap<QString, QString> result;
    for (const LegalReference &reference : m_references)
        result.insert(reference.key, reference.text.in(language));
    return result;
}

bool LegalReferences::setText(QStringView key, Language language, const QString &text)
{
    for (LegalReference &reference : m_references) {
        if (reference.key != key)
            continue;
        (language == Language::Kazakh ? reference.text.kk : reference.text.ru) = text;
        return true;
    }
    return false;
}

} // namespace dsn
