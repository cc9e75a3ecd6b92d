// The evidence of the refusal grounds, as the decision checks it and the reviewer's screen shows
// it first: the subject's registrations in the taxpayer registry (ground 1) and the codes it
// already holds (ground 2), with the names they were issued for and how each compares with the
// line's name (rules/productname.h: the same product, a look-alike, or another product).
#include "officecore/officestore.h"
#include "officecore/officestoresupport.h"

#include "base/kazakhstantime.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

Result<QList<SubjectCode>> readSubjectCodes(const QSqlDatabase &db, const QString &taxpayerId)
{
    Result<QSqlQuery> query = run(db,
        u"SELECT c.dsn_code, c.product_type, c.norm_name, l.name FROM codes c "
        u"JOIN case_lines l ON l.case_uid = c.case_uid AND l.line_no = c.line_no "
        u"WHERE c.taxpayer_id = ? ORDER BY c.product_type, c.brand"_s,
        { taxpayerId });
    if (!query)
        return query.error();
    QList<SubjectCode> codes;
    while (query->next()) {
        codes.append(SubjectCode { query->value(0).toString(), query->value(1).toInt(),
            query->value(2).toString(), query->value(3).toString() });
    }
    return codes;
}

QList<IssuedProduct> issuedProducts(const QList<SubjectCode> &codes)
{
    QList<IssuedProduct> issued;
    for (const SubjectCode &code : codes)
        issued.append(IssuedProduct { code.productType, code.normName, code.dsnCode });
    return issued;
}

RefusalEvidence lineEvidence(const StoredCase &c, const StoredLine &line,
    const QList<TaxpayerRegistration> &registrations, const QList<IssuedProduct> &issued, QDate day)
{
    return RefusalEvidence { registrations, c.subjectType, day, line.productType, line.normName, issued };
}

Result<CaseEvidence> OfficeStore::evidence(const Workstation &reviewer, const QString &caseUid)
{
    const QSqlDatabase db = m_db.connection();
    Result<StoredCase> c = loadStoredCase(db, caseUid, true);
    if (!c)
        return c.error();
    if (Result<void> r = checkDepartment(reviewer, c->department); !r)
        return r.error();
    Result<QList<TaxpayerRegistration>> registrations = readRegistrations(db, c->taxpayerId);
    if (!registrations)
        return registrations.error();
    Result<QList<SubjectCode>> codes = readSubjectCodes(db, c->taxpayerId);
    if (!codes)
        return codes.error();
    Result<RegistryInfo> registry = registryInfo();
    if (!registry)
        return registry.error();

    CaseEvidence e;
    e.caseUid = c->caseUid;
    e.taxpayerId = c->taxpayerId;
    e.subjectType = c->subjectType;
    e.requiredActivity = requiredActivity(c->subjectType);
    e.day = kazakhstanDate(m_clock());
    e.registrations = *registrations;
    e.groundOneHolds = !registeredForActivity(e.registrations, e.subjectType, e.day);
    e.registry = *registry;
    const QList<IssuedProduct> issued = issuedProducts(*codes);
    for (const StoredLine &line : c->lines) {
        LineEvidence l;
        l.lineNo = line.lineNo;
        l.productType = line.productType;
        l.name = line.name;
        for (const SubjectCode &code : *codes) {
            if (code.productType == line.productType)
                l.codes.append(
                    HeldCode { code.dsnCode, code.name, compareProductNames(code.name, line.name) });
        }
        const RefusalEvidence evidence = lineEvidence(*c, line, e.registrations, issued, e.day);
        l.groundTwoHolds = groundHolds(RefusalGround::CodeAlreadyIssued, evidence);
        l.groundThatHolds = groundThatHolds(evidence);
        e.lines.append(l);
    }
    return e;
}

} // namespace dsn::office
