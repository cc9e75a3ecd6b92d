// Review and decision of a case, and the allocation of DSN codes for issued lines. A decision is
// four steps in one transaction: load the case and the evidence, decide every line by the refusal
// rule (rules/refusalcheck.h), allocate the codes of the issued lines, and write the lines, the
// status and the event. Allocation gives the entity number of the market subject (one per
// taxpayer, from the counter row "market_subject" when the subject gets its first code) and the
// brand number per (taxpayer, product type) from its brand_counters row. Counters are updated in
// the same transaction as the codes they number, so numbers are gapless and never given twice;
// the unique constraints on codes back this up.
#include "officecore/officestore.h"
#include "officecore/officestoresupport.h"

#include "code/dsncode.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

struct CaseLine
{
    int lineNo = 0;
    int productType = 0;
    QString normName; // productNameKey() of the name, stored at the push
};

// A case as its decision needs it: the load step's result.
struct CaseToDecide
{
    CaseStatus status = CaseStatus::Registered;
    QString counter; // the workstation that pushed it
    QString taxpayerId;
    int country = 0;
    int atu = 0;
    QList<CaseLine> lines;
    // The evidence of the refusal grounds: the registry, and the subject's codes of the product
    // types of the lines.
    bool registeredTaxpayer = false;
    QList<IssuedProduct> issued;
};

// The decision step's result: every line decided, no code allocated yet.
struct Decision
{
    CaseStatus status = CaseStatus::Refused;
    QList<DecidedLine> lines;
};

Result<CaseStatus> storedStatus(const QVariant &value)
{
    const std::optional<CaseStatus> status = statusFromKey(value.toString());
    if (!status)
        return makeError(ErrorCode::Internal,
            localized(
                QT_TRANSLATE_NOOP("dsn::OfficeStore", "The case has a status the office does not know.")),
            value.toString());
    return *status;
}

// The lifecycle table on a reviewer taking the case into review; a case in review stays there.
Result<void> mayReview(CaseStatus status, Role role)
{
    if (status == CaseStatus::InReview)
        return {};
    const TransitionVerdict verdict = checkTransition(status, CaseStatus::InReview, role);
    if (verdict == TransitionVerdict::NoSuchTransition)
        return makeError(ErrorCode::Conflict,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "The case has already been decided.")));
    if (verdict == TransitionVerdict::RoleNotAllowed)
        return makeError(ErrorCode::PermissionDenied,
            transitionVerdictMessage(verdict, status, CaseStatus::InReview, role));
    return {};
}

// The subject's entity number, taking the next one when the subject has none yet.
Result<int> entityNumber(QSqlDatabase &db, const QString &taxpayerId, const QString &now)
{
    Result<QVariant> existing
        = scalar(db, u"SELECT entity_no FROM subjects WHERE taxpayer_id = ?"_s, { taxpayerId });
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return existing->toInt();
    if (Result<void> r = exec(db, u"UPDATE counters SET value = value + 1 WHERE name = 'market_subject'"_s);
        !r)
        return r.error();
    Result<QVariant> next = scalar(db, u"SELECT value FROM counters WHERE name = 'market_subject'"_s);
    if (!next)
        return next.error();
    const qint64 number = next->toLongLong();
    if (number < 1 || number > DsnCode::kMaxMarketSubject)
        return makeError(ErrorCode::Conflict,
            localized(
                QT_TRANSLATE_NOOP("dsn::OfficeStore", "No market subject numbers are left in this office.")));
    if (Result<void> r
        = exec(db, u"INSERT INTO subjects (taxpayer_id, entity_no, assigned_at) VALUES (?, ?, ?)"_s,
            { taxpayerId, int(number), now });
        !r)
        return r.error();
    return int(number);
}

// The next brand number of the subject for the product type.
Result<qint64> nextBrand(QSqlDatabase &db, const QString &taxpayerId, int productType)
{
    Result<QVariant> last
        = scalar(db, u"SELECT last_brand FROM brand_counters WHERE taxpayer_id = ? AND product_type = ?"_s,
            { taxpayerId, productType });
    if (!last)
        return last.error();
    const qint64 brand = last->isValid() ? last->toLongLong() + 1 : 1;
    if (brand > DsnCode::kMaxBrand)
        return makeError(ErrorCode::Conflict,
            localized(
                QT_TRANSLATE_NOOP("dsn::OfficeStore", "No brand numbers are left for this product type.")));
    Result<void> r = last->isValid()
        ? exec(db, u"UPDATE brand_counters SET last_brand = ? WHERE taxpayer_id = ? AND product_type = ?"_s,
            { brand, taxpayerId, productType })
        : exec(db, u"INSERT INTO brand_counters (taxpayer_id, product_type, last_brand) VALUES (?, ?, ?)"_s,
            { taxpayerId, productType, brand });
    if (!r)
        return r.error();
    return brand;
}

QJsonObject lineJson(const DecidedLine &line)
{
    QJsonObject o { { u"line_no"_s, line.lineNo }, { u"decision"_s, line.decision } };
    if (!line.dsnCode.isEmpty())
        o.insert(u"dsn_code"_s, line.dsnCode);
    if (line.refusalGround) {
        o.insert(u"refusal_ground"_s, refusalGroundNumber(*line.refusalGround));
        o.insert(u"refusal_text"_s, line.refusalText);
    }
    return o;
}

// Load: the case, its lines and the evidence of the refusal grounds. NotFound; Conflict or
// PermissionDenied when the lifecycle table does not let the role review the case.
Result<CaseToDecide> loadCase(QSqlDatabase &db, const QString &caseUid, Role role)
{
    Result<QSqlQuery> query
        = run(db, u"SELECT status, workstation, taxpayer_id, country, atu FROM cases WHERE case_uid = ?"_s,
            { caseUid });
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(
            ErrorCode::NotFound, localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "There is no such case.")));
    CaseToDecide c;
    const Result<CaseStatus> status = storedStatus(query->value(0));
    c.counter = query->value(1).toString();
    c.taxpayerId = query->value(2).toString();
    c.country = query->value(3).toInt();
    c.atu = query->value(4).toInt();
    query->finish();
    if (!status)
        return status.error();
    c.status = *status;
    if (Result<void> r = mayReview(c.status, role); !r)
        return r.error();

    Result<QSqlQuery> lines = run(db,
        u"SELECT line_no, product_type, norm_name FROM case_lines WHERE case_uid = ? ORDER BY line_no"_s,
        { caseUid });
    if (!lines)
        return lines.error();
    QList<int> types;
    while (lines->next()) {
        const CaseLine line { lines->value(0).toInt(), lines->value(1).toInt(), lines->value(2).toString() };
        c.lines.append(line);
        if (!types.contains(line.productType))
            types.append(line.productType);
    }
    lines->finish();

    Result<QVariant> registered
        = scalar(db, u"SELECT COUNT(*) FROM taxpayers WHERE taxpayer_id = ?"_s, { c.taxpayerId });
    if (!registered)
        return registered.error();
    c.registeredTaxpayer = registered->toInt() > 0;
    for (const int type : types) {
        Result<QSqlQuery> codes
            = run(db, u"SELECT norm_name FROM codes WHERE taxpayer_id = ? AND product_type = ?"_s,
                { c.taxpayerId, type });
        if (!codes)
            return codes.error();
        while (codes->next())
            c.issued.append(IssuedProduct { type, codes->value(0).toString() });
    }
    return c;
}

DecidedLine refusal(int lineNo, RefusalGround ground, const QString &text)
{
    DecidedLine line;
    line.lineNo = lineNo;
    line.decision = u"refused"_s;
    line.refusalGround = ground;
    line.refusalText = text.trimmed().isEmpty() ? refusalGroundText(ground) : text.trimmed();
    return line;
}

// Decide: the reviewer's choice for every line, by the refusal rule. An issued line is refused
// instead on the first ground that holds; a refused line must name a ground that holds. A line
// issued here counts as the subject's code for the lines after it. No database.
Result<Decision> decideLines(const CaseToDecide &c, const QList<LineDecision> &decisions)
{
    QHash<int, LineDecision> byLine;
    for (const LineDecision &d : decisions)
        byLine.insert(d.lineNo, d);
    bool matching = byLine.size() == decisions.size() && byLine.size() == c.lines.size();
    for (const CaseLine &line : c.lines)
        matching = matching && byLine.contains(line.lineNo);
    if (!matching)
        return makeError(ErrorCode::InvalidInput,
            localized(QT_TRANSLATE_NOOP(
                "dsn::OfficeStore", "Every line of the case must be decided exactly once.")));

    Decision decision;
    QList<IssuedProduct> issued = c.issued;
    for (const CaseLine &line : c.lines) {
        const LineDecision &d = byLine.value(line.lineNo);
        const RefusalEvidence evidence { c.registeredTaxpayer, line.productType, line.normName, issued };
        if (!d.issued) {
            if (!d.refusalGround || !groundHolds(*d.refusalGround, evidence))
                return makeError(ErrorCode::InvalidInput,
                    localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                                  "Line %1: the refusal ground does not hold for this application."))
                        .arg(line.lineNo));
            decision.lines.append(refusal(line.lineNo, *d.refusalGround, d.refusalText));
        } else if (const std::optional<RefusalGround> ground = groundThatHolds(evidence)) {
            decision.lines.append(refusal(line.lineNo, *ground, {}));
        } else {
            DecidedLine out;
            out.lineNo = line.lineNo;
            out.decision = u"issued"_s;
            decision.lines.append(out);
            issued.append(IssuedProduct { line.productType, line.normName });
        }
    }
    const qsizetype issuedCount = std::count_if(decision.lines.cbegin(), decision.lines.cend(),
        [](const DecidedLine &l) { return !l.refusalGround; });
    decision.status = issuedCount == decision.lines.size() ? CaseStatus::Issued
        : issuedCount == 0                                 ? CaseStatus::Refused
                                                           : CaseStatus::PartlyIssued;
    return decision;
}

// Allocate: the code of an issued line, with the subject's entity number and its next brand.
Result<QString> allocateCode(
    QSqlDatabase &db, const CaseToDecide &c, const QString &caseUid, const CaseLine &line, const QString &now)
{
    Result<int> entity = entityNumber(db, c.taxpayerId, now);
    if (!entity)
        return entity.error();
    Result<qint64> brand = nextBrand(db, c.taxpayerId, line.productType);
    if (!brand)
        return brand.error();
    const DsnCode::Result code = DsnCode::compose(c.country, c.atu, *entity, line.productType, *brand);
    if (!code.isValid())
        return makeError(ErrorCode::InvalidInput, code.message);
    const QString digits = code.code->digits();
    if (Result<void> r = exec(db,
            u"INSERT INTO codes (dsn_code, taxpayer_id, product_type, norm_name, brand, case_uid, line_no, "
            u"issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { digits, c.taxpayerId, line.productType, line.normName, *brand, caseUid, line.lineNo, now });
        !r)
        return r.error();
    return digits;
}

// Write: one decided line.
Result<void> writeLine(QSqlDatabase &db, const QString &caseUid, const DecidedLine &line)
{
    const QVariant noText(QMetaType(QMetaType::QString));
    const QVariant noGround(QMetaType(QMetaType::Int));
    return exec(db,
        u"UPDATE case_lines SET decision = ?, dsn_code = ?, refusal_ground = ?, refusal_text = ? "
        u"WHERE case_uid = ? AND line_no = ?"_s,
        { line.decision, line.dsnCode.isEmpty() ? noText : QVariant(line.dsnCode),
            line.refusalGround ? QVariant(refusalGroundNumber(*line.refusalGround)) : noGround,
            line.refusalGround ? QVariant(line.refusalText) : noText, caseUid, line.lineNo });
}

} // namespace

Result<void> OfficeStore::startReview(const Workstation &reviewer, const QString &caseUid)
{
    const QDateTime now = m_clock();
    return m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        Result<QSqlQuery> query
            = run(db, u"SELECT status, workstation FROM cases WHERE case_uid = ?"_s, { caseUid });
        if (!query)
            return query.error();
        if (!query->next())
            return makeError(ErrorCode::NotFound,
                localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "There is no such case.")));
        const Result<CaseStatus> status = storedStatus(query->value(0));
        const QString counter = query->value(1).toString();
        query->finish();
        if (!status)
            return status.error();
        if (Result<void> r = mayReview(*status, reviewer.role); !r || *status == CaseStatus::InReview)
            return r;
        if (Result<void> r = exec(db, u"UPDATE cases SET status = ? WHERE case_uid = ?"_s,
                { statusKey(CaseStatus::InReview), caseUid });
            !r)
            return r;
        Result<qint64> seq = appendEvent(db, caseUid, counter, CaseStatus::InReview, now, {}, reviewer.name);
        if (!seq)
            return seq.error();
        return {};
    });
}

Result<DecisionResult> OfficeStore::decide(
    const Workstation &reviewer, const QString &caseUid, const QList<LineDecision> &decisions)
{
    const QDateTime now = m_clock();
    const QString nowText = toStoreTime(now);
    DecisionResult result;
    Result<void> done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        Result<CaseToDecide> loaded = loadCase(db, caseUid, reviewer.role);
        if (!loaded)
            return loaded.error();
        Result<Decision> decision = decideLines(*loaded, decisions);
        if (!decision)
            return decision.error();
        const TransitionVerdict verdict
            = checkTransition(CaseStatus::InReview, decision->status, reviewer.role);
        if (verdict != TransitionVerdict::Allowed)
            return makeError(ErrorCode::PermissionDenied,
                transitionVerdictMessage(verdict, CaseStatus::InReview, decision->status, reviewer.role));

        QJsonArray linesJson;
        for (qsizetype i = 0; i < decision->lines.size(); ++i) {
            DecidedLine &line = decision->lines[i];
            if (!line.refusalGround) {
                Result<QString> code = allocateCode(db, *loaded, caseUid, loaded->lines.at(i), nowText);
                if (!code)
                    return code.error();
                line.dsnCode = *code;
            }
            if (Result<void> r = writeLine(db, caseUid, line); !r)
                return r;
            linesJson.append(lineJson(line));
        }
        if (Result<void> r = exec(db, u"UPDATE cases SET status = ?, decided_at = ? WHERE case_uid = ?"_s,
                { statusKey(decision->status), nowText, caseUid });
            !r)
            return r;
        Result<qint64> seq
            = appendEvent(db, caseUid, loaded->counter, decision->status, now, linesJson, reviewer.name);
        if (!seq)
            return seq.error();
        result = DecisionResult { decision->status, decision->lines };
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

} // namespace dsn::office
