#include "refusalletter.h"

#include "base/hashing.h"
#include "code/dsncode.h"
#include "reference/legalreferences.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn::refusalletter {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::RefusalLetter)
};

constexpr qsizetype digestLength = 16;

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// The grouped code kept on one line inside the ground's sentence: no-break spaces.
QString unbroken(QString text)
{
    return text.replace(u' ', QChar(0x00A0));
}

} // namespace

QStringList legalKeys()
{
    return { LegalReferences::kRulesName.toString(), LegalReferences::kRulesOrder.toString(),
        LegalReferences::kTaxCodeName.toString(), LegalReferences::kTaxCodeArticleRegistration.toString(),
        LegalReferences::kCourtCode.toString() };
}

QString validate(const RefusalData &data)
{
    if (const QString problem = decisiondocument::validate(data.decision, legalKeys()); !problem.isEmpty())
        return problem;
    if (data.lines.isEmpty())
        return Text::tr("The refusal letter lists no refused line.");
    if (data.issuedCount < 0)
        return Text::tr("The number of issued lines cannot be negative.");
    for (const RefusedLine &line : data.lines) {
        if (line.lineNo < 1)
            return Text::tr("Every refused line needs its number in the application.");
        if (isBlank(line.typeName) || isBlank(line.name))
            return Text::tr("Every refused product needs a type and a name.");
        if (line.ground != 1 && line.ground != 2)
            return Text::tr("Line %1: a refusal needs ground 1 or 2 of the Rules' paragraph 7.")
                .arg(line.lineNo);
        if (line.ground == 2) {
            const DsnCode::Result code = DsnCode::parse(line.heldCode);
            if (!code.isValid() || code.code->digits() != line.heldCode)
                return Text::tr(
                    "Line %1: a refusal on ground 2 must name the DSN code the subject already holds.")
                    .arg(line.lineNo);
        } else if (!line.heldCode.isEmpty()) {
            return Text::tr("Line %1: only a refusal on ground 2 names a code already held.")
                .arg(line.lineNo);
        }
    }
    return {};
}

QByteArray canonicalData(const RefusalData &data, Language language)
{
    QByteArray out = "DSN-REFUSAL/1\n";
    canonical::appendField(out, u"language", languageCode(language));
    decisiondocument::appendCanonical(out, data.decision, legalKeys());
    canonical::appendField(out, u"issued_lines", QString::number(data.issuedCount));
    canonical::appendField(out, u"refused", QString::number(data.lines.size()));
    int number = 0;
    for (const RefusedLine &line : data.lines) {
        const QString prefix = u"refused."_s + QString::number(++number) + u'.';
        canonical::appendField(out, QString(prefix + u"line_no"_s), QString::number(line.lineNo));
        canonical::appendField(out, QString(prefix + u"type"_s), line.typeName);
        canonical::appendField(out, QString(prefix + u"name"_s), line.name);
        canonical::appendField(out, QString(prefix + u"specification"_s), line.specification);
        canonical::appendField(out, QString(prefix + u"ground"_s), QString::number(line.ground));
        canonical::appendField(out, QString(prefix + u"held_code"_s), line.heldCode);
        canonical::appendField(out, QString(prefix + u"reason"_s), line.reason);
    }
    return out;
}

QString contentHash(const RefusalData &data, Language language)
{
    return sha256Hex(canonicalData(data, language));
}

QString digest(const RefusalData &data, Language language)
{
    return contentHash(data, language).left(digestLength);
}

DocumentData documentData(const RefusalData &data, Language language)
{
    DocumentData document;
    decisiondocument::addValues(document, data.decision, language);
    document.values.insert(u"digest"_s, digest(data, language));
    QList<DocumentRow> rows;
    rows.reserve(data.lines.size());
    for (const RefusedLine &line : data.lines) {
        const QString ground = u"ground_"_s + QString::number(line.ground);
        rows.append({ { u"line_no"_s, QString::number(line.lineNo) }, { u"type"_s, line.typeName },
            { u"name"_s, line.name }, { u"spec"_s, line.specification }, { u"ground_key"_s, ground },
            { u"ground_ref_key"_s, ground + u"_ref"_s },
            { u"held_code"_s, unbroken(DsnCode::groupedText(line.heldCode)) },
            { u"reason"_s, isBlank(line.reason) ? u"—"_s : line.reason.trimmed() } });
    }
    document.lists.insert(u"lines"_s, rows);
    // The sentence on the issued lines is a list of one row, or of none when nothing was issued.
    QList<DocumentRow> issued;
    if (data.issuedCount > 0)
        issued.append({ { u"issued_count"_s, QString::number(data.issuedCount) } });
    document.lists.insert(u"issued_note"_s, issued);
    return document;
}

PreparedDocument prepare(const RefusalData &data, Language language)
{
    const QString kindName = QString::fromLatin1(kind);
    if (language != Language::Kazakh && language != Language::Russian)
        return PreparedDocument::failure(
            kindName, language, Text::tr("Refusal letters are printed in Kazakh or Russian."));
    if (const QString problem = validate(data); !problem.isEmpty())
        return PreparedDocument::failure(kindName, language, problem);
    return prepareDocument(kindName, language, documentData(data, language), canonicalData(data, language));
}

} // namespace dsn::refusalletter
