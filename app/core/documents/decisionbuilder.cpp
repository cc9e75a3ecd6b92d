#include "documents/decisionbuilder.h"

#include "reference/referencedata.h"
#include "settings/legaloverrides.h"
#include "store/database.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::DecisionBuilder)
};

QString productTypeName(const ReferenceData &reference, int code, Language language)
{
    const ProductType *type = reference.productType(code);
    return type ? type->name.in(language) : QString::number(code);
}

// "001 – Көкшетау қаласы (Ақмола облысы)": facet 2 as the subject's unit.
QString territorialUnitName(const ReferenceData &reference, int code, Language language)
{
    const QString number = QString::number(code).rightJustified(3, u'0');
    const TerritorialUnit *unit = reference.territorialUnit(code);
    if (!unit)
        return number;
    QString text = number + u" – "_s + unit->name.in(language);
    if (const Region *region = reference.region(unit->regionId))
        text += u" ("_s + region->name.in(language) + u')';
    return text;
}

} // namespace

namespace decisionbuilder {

Result<DecisionContext> context(const Database &database)
{
    Result<LegalReferences> legal = legalReferencesInForce(database.connection());
    if (!legal)
        return legal.error();
    DecisionContext c;
    c.legal = std::move(legal).value();
    return c;
}

Result<DecisionDetails> details(const CaseRecord &record, const ReferenceData &reference, Language language,
    const DecisionContext &context)
{
    if (record.decisionNumber.trimmed().isEmpty() || !record.decidedAt.isValid())
        return makeError(ErrorCode::Conflict,
            Text::tr("Case %1 has no decision number yet: its certificate or refusal letter is printed once "
                     "the office's decision has arrived.")
                .arg(record.caseNumber));
    const Application &a = record.application;
    DecisionDetails d;
    d.caseNumber = record.caseNumber;
    d.receivedAt = a.receivedAt;
    d.decisionNumber = record.decisionNumber;
    d.decidedAt = record.decidedAt;
    const Department *department = reference.department(a.departmentCode);
    d.departmentName = department ? department->name.in(language) : a.departmentCode;
    d.taxpayerName = a.taxpayerName;
    d.taxpayerId = a.taxpayerId;
    d.reviewerName = context.reviewerName.isEmpty() ? record.decidedByName : context.reviewerName;
    d.legal = context.legal.texts(language);
    return d;
}

} // namespace decisionbuilder

namespace certificatebuilder {

Result<CertificateData> build(const CaseRecord &record, const ReferenceData &reference, Language language,
    const DecisionContext &context, const QString &verificationToken)
{
    Result<DecisionDetails> details = decisionbuilder::details(record, reference, language, context);
    if (!details)
        return details.error();
    const Application &a = record.application;
    CertificateData c;
    c.decision = std::move(details).value();
    c.subjectType = a.subjectType;
    const Country *country = reference.country(a.country);
    c.countryName = country ? country->name.in(language) : QString::number(a.country);
    c.territorialUnitName = territorialUnitName(reference, a.atu, language);
    for (const CaseLine &line : record.lines) {
        if (line.decision != u"issued"_s)
            continue;
        c.products.append(CertificateProduct { line.dsnCode,
            productTypeName(reference, line.product.type, language), line.product.name, line.product.spec });
    }
    if (c.products.isEmpty())
        return makeError(ErrorCode::Conflict,
            Text::tr("No line of case %1 was issued: there is no certificate to print.")
                .arg(record.caseNumber));
    c.verificationToken = verificationToken.trimmed();
    return c;
}

PreparedDocument prepare(const Database &database, const CaseRecord &record, const ReferenceData &reference,
    Language language, const QString &verificationToken)
{
    const QString kind = QString::fromLatin1(certificate::kind);
    Result<DecisionContext> c = decisionbuilder::context(database);
    if (!c)
        return PreparedDocument::failure(kind, language, c.error().message);
    Result<CertificateData> data = build(record, reference, language, *c, verificationToken);
    if (!data)
        return PreparedDocument::failure(kind, language, data.error().message);
    return certificate::prepare(*data, language);
}

} // namespace certificatebuilder

namespace refusalbuilder {

Result<RefusalData> build(const CaseRecord &record, const ReferenceData &reference, Language language,
    const DecisionContext &context)
{
    Result<DecisionDetails> details = decisionbuilder::details(record, reference, language, context);
    if (!details)
        return details.error();
    RefusalData r;
    r.decision = std::move(details).value();
    for (const CaseLine &line : record.lines) {
        if (line.decision == u"issued"_s) {
            ++r.issuedCount;
            continue;
        }
        if (line.decision != u"refused"_s)
            continue;
        r.lines.append(RefusedLine { line.lineNo, productTypeName(reference, line.product.type, language),
            line.product.name, line.product.spec, line.refusalGround.value_or(0), line.heldCode,
            line.refusalText });
    }
    if (r.lines.isEmpty())
        return makeError(ErrorCode::Conflict,
            Text::tr("No line of case %1 was refused: there is no refusal letter to print.")
                .arg(record.caseNumber));
    return r;
}

PreparedDocument prepare(
    const Database &database, const CaseRecord &record, const ReferenceData &reference, Language language)
{
    const QString kind = QString::fromLatin1(refusalletter::kind);
    Result<DecisionContext> c = decisionbuilder::context(database);
    if (!c)
        return PreparedDocument::failure(kind, language, c.error().message);
    Result<RefusalData> data = build(record, reference, language, *c);
    if (!data)
        return PreparedDocument::failure(kind, language, data.error().message);
    return refusalletter::prepare(*data, language);
}

} // namespace refusalbuilder

} // namespace dsn
