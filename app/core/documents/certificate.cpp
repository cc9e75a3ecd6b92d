#include "certificate.h"

#include "base/hashing.h"
#include "code/dsncode.h"
#include "reference/legalreferences.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace dsn::certificate {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::Certificate)
};

constexpr qsizetype digestLength = 16;

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

bool isTokenText(const QString &token)
{
    return std::all_of(
        token.begin(), token.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

} // namespace

QStringList legalKeys()
{
    return { LegalReferences::kRulesName.toString(), LegalReferences::kRulesOrder.toString() };
}

QString validate(const CertificateData &data)
{
    if (const QString problem = decisiondocument::validate(data.decision, legalKeys()); !problem.isEmpty())
        return problem;
    if (!data.subjectType)
        return Text::tr("The certificate does not say whether the subject is a producer or an importer.");
    if (isBlank(data.countryName))
        return Text::tr("The certificate has no producing country.");
    if (isBlank(data.territorialUnitName))
        return Text::tr("The certificate has no administrative-territorial unit of the subject.");
    if (data.products.isEmpty())
        return Text::tr("The certificate lists no DSN code.");
    for (const CertificateProduct &product : data.products) {
        const DsnCode::Result code = DsnCode::parse(product.dsnCode);
        if (!code.isValid() || code.code->digits() != product.dsnCode)
            return Text::tr("\"%1\" on the certificate is not a DSN code.").arg(product.dsnCode);
        if (isBlank(product.typeName) || isBlank(product.name))
            return Text::tr("Every product on the certificate needs a type and a name.");
    }
    if (isBlank(data.verificationToken))
        return Text::tr("The certificate has no verification token from the office for its QR code.");
    if (data.verificationToken.size() > kMaxTokenLength || !isTokenText(data.verificationToken))
        return Text::tr(
            "The verification token must be one word of printable ASCII of at most %1 characters.")
            .arg(kMaxTokenLength);
    return {};
}

QByteArray canonicalData(const CertificateData &data, Language language)
{
    QByteArray out = "DSN-CERTIFICATE/1\n";
    canonical::appendField(out, u"language", languageCode(language));
    decisiondocument::appendCanonical(out, data.decision, legalKeys());
    canonical::appendField(
        out, u"subject_type", data.subjectType ? subjectTypeKey(*data.subjectType) : QString());
    canonical::appendField(out, u"country", data.countryName);
    canonical::appendField(out, u"territorial_unit", data.territorialUnitName);
    canonical::appendField(out, u"products", QString::number(data.products.size()));
    int number = 0;
    for (const CertificateProduct &product : data.products) {
        const QString prefix = u"product."_s + QString::number(++number) + u'.';
        canonical::appendField(out, QString(prefix + u"code"_s), product.dsnCode);
        canonical::appendField(out, QString(prefix + u"type"_s), product.typeName);
        canonical::appendField(out, QString(prefix + u"name"_s), product.name);
        canonical::appendField(out, QString(prefix + u"specification"_s), product.specification);
    }
    canonical::appendField(out, u"verification_token", data.verificationToken);
    return out;
}

QString contentHash(const CertificateData &data, Language language)
{
    return sha256Hex(canonicalData(data, language));
}

QString digest(const CertificateData &data, Language language)
{
    return contentHash(data, language).left(digestLength);
}

QString tokenShortForm(const QString &token)
{
    if (token.size() <= 24)
        return token;
    return token.left(8) + u'…' + token.right(8);
}

DocumentData documentData(const CertificateData &data, Language language)
{
    DocumentData document;
    decisiondocument::addValues(document, data.decision, language);
    document.values.insert(u"subject_type_key"_s,
        data.subjectType == SubjectType::Importer ? u"subject_importer"_s : u"subject_producer"_s);
    document.values.insert(u"country_name"_s, data.countryName);
    document.values.insert(u"territorial_unit_name"_s, data.territorialUnitName);
    document.values.insert(u"verification_token"_s, data.verificationToken);
    document.values.insert(u"token_short"_s, tokenShortForm(data.verificationToken));
    document.values.insert(u"digest"_s, digest(data, language));
    QList<DocumentRow> rows;
    rows.reserve(data.products.size());
    for (const CertificateProduct &product : data.products)
        rows.append({ { u"code"_s, DsnCode::groupedText(product.dsnCode) }, { u"type"_s, product.typeName },
            { u"name"_s, product.name }, { u"spec"_s, product.specification } });
    document.lists.insert(u"products"_s, rows);
    return document;
}

PreparedDocument prepare(const CertificateData &data, Language language)
{
    const QString kindName = QString::fromLatin1(kind);
    if (language != Language::Kazakh && language != Language::Russian)
        return PreparedDocument::failure(
            kindName, language, Text::tr("Certificates are printed in Kazakh or Russian."));
    if (const QString problem = validate(data); !problem.isEmpty())
        return PreparedDocument::failure(kindName, language, problem);
    return prepareDocument(kindName, language, documentData(data, language), canonicalData(data, language));
}

} // namespace dsn::certificate
