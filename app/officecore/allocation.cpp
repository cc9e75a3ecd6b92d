// Review and decision of a case, and the allocation of DSN codes for issued lines: the entity
// number of the market subject (one per taxpayer, from the counter row "market_subject" when the
// subject gets its first code) and the brand number per (taxpayer, product type) from its
// brand_counters row. Counters are updated in the same transaction as the codes they number, so
// numbers are gapless and never given twice; the unique constraints on codes back this up.
#include "officecore/officestore.h"

#include "code/dsncode.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("dsn::OfficeStore", text);
}

struct CaseLine
{
    int lineNo = 0;
    int productType = 0;
    QString normName;
};

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
        return makeError(
            ErrorCode::Conflict, translate("No market subject numbers are left in this office."));
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
        return makeError(ErrorCode::Conflict, translate("No brand numbers are left for this product type."));
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
    if (line.refusalGround != 0) {
        o.insert(u"refusal_ground"_s, line.refusalGround);
        o.insert(u"refusal_text"_s, line.refusalText);
    }
    return o;
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
            return makeError(ErrorCode::NotFound, translate("There is no such case."));
        const QString status = query->value(0).toString();
        const QString counter = query->value(1).toString();
        query->finish();
        if (status == u"in_review"_s)
            return {};
        if (status != u"registered"_s)
            return makeError(ErrorCode::Conflict, translate("The case has already been decided."));
        if (Result<void> r
            = exec(db, u"UPDATE cases SET status = 'in_review' WHERE case_uid = ?"_s, { caseUid });
            !r)
            return r;
        Result<qint64> seq = appendEvent(db, caseUid, counter, u"in_review"_s, now, {}, reviewer.name);
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
    const QString groundOneText = translate("The applicant is not registered as a taxpayer (Tax Code of the "
                                            "Republic of Kazakhstan, article 88).");
    const QString groundTwoText
        = translate("A DSN code has already been assigned to this product of the applicant.");
    DecisionResult result;
    Result<void> done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        result = DecisionResult {};
        Result<QSqlQuery> query = run(db,
            u"SELECT status, workstation, taxpayer_id, country, atu FROM cases WHERE case_uid = ?"_s,
            { caseUid });
        if (!query)
            return query.error();
        if (!query->next())
            return makeError(ErrorCode::NotFound, translate("There is no such case."));
        const QString status = query->value(0).toString();
        const QString counter = query->value(1).toString();
        const QString taxpayerId = query->value(2).toString();
        const int country = query->value(3).toInt();
        const int atu = query->value(4).toInt();
        query->finish();
        if (status != u"registered"_s && status != u"in_review"_s)
            return makeError(ErrorCode::Conflict, translate("The case has already been decided."));

        Result<QSqlQuery> lineQuery = run(db,
            u"SELECT line_no, product_type, norm_name FROM case_lines WHERE case_uid = ? ORDER BY line_no"_s,
            { caseUid });
        if (!lineQuery)
            return lineQuery.error();
        QList<CaseLine> lines;
        while (lineQuery->next())
            lines.append(CaseLine {
                lineQuery->value(0).toInt(), lineQuery->value(1).toInt(), lineQuery->value(2).toString() });
        lineQuery->finish();
        QHash<int, LineDecision> byLine;
        for (const LineDecision &d : decisions)
            byLine.insert(d.lineNo, d);
        if (byLine.size() != decisions.size() || byLine.size() != lines.size())
            return makeError(
                ErrorCode::InvalidInput, translate("Every line of the case must be decided exactly once."));
        for (const CaseLine &line : lines) {
            if (!byLine.contains(line.lineNo))
                return makeError(ErrorCode::InvalidInput,
                    translate("Every line of the case must be decided exactly once."));
        }

        Result<QVariant> registered
            = scalar(db, u"SELECT COUNT(*) FROM taxpayers WHERE taxpayer_id = ?"_s, { taxpayerId });
        if (!registered)
            return registered.error();
        const bool isTaxpayer = registered->toInt() > 0;

        int issuedCount = 0;
        QJsonArray linesJson;
        for (const CaseLine &line : lines) {
            const LineDecision &d = byLine.value(line.lineNo);
            Result<QVariant> existing = scalar(db,
                u"SELECT dsn_code FROM codes WHERE taxpayer_id = ? AND product_type = ? AND norm_name = ?"_s,
                { taxpayerId, line.productType, line.normName });
            if (!existing)
                return existing.error();
            const bool hasCode = existing->isValid();
            DecidedLine out;
            out.lineNo = line.lineNo;
            if (d.issued) {
                if (!isTaxpayer) {
                    out.decision = u"refused"_s;
                    out.refusalGround = 1;
                    out.refusalText = groundOneText;
                } else if (hasCode) {
                    out.decision = u"refused"_s;
                    out.refusalGround = 2;
                    out.refusalText = groundTwoText;
                } else {
                    Result<int> entity = entityNumber(db, taxpayerId, nowText);
                    if (!entity)
                        return entity.error();
                    Result<qint64> brand = nextBrand(db, taxpayerId, line.productType);
                    if (!brand)
                        return brand.error();
                    const DsnCode::Result code
                        = DsnCode::compose(country, atu, *entity, line.productType, *brand);
                    if (!code.isValid())
                        return makeError(ErrorCode::InvalidInput, code.message);
                    out.decision = u"issued"_s;
                    out.dsnCode = code.code->digits();
                    if (Result<void> r = exec(db,
                            u"INSERT INTO codes (dsn_code, taxpayer_id, product_type, norm_name, brand, "
                            u"case_uid, "
                            u"line_no, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            { out.dsnCode, taxpayerId, line.productType, line.normName, *brand, caseUid,
                                line.lineNo, nowText });
                        !r)
                        return r;
                    ++issuedCount;
                }
            } else {
                const bool holds = (d.refusalGround == 1 && !isTaxpayer) || (d.refusalGround == 2 && hasCode);
                if (!holds)
                    return makeError(ErrorCode::InvalidInput,
                        translate("Line %1: the refusal ground does not hold for this application.")
                            .arg(line.lineNo));
                out.decision = u"refused"_s;
                out.refusalGround = d.refusalGround;
                out.refusalText = d.refusalText.trimmed().isEmpty()
                    ? (d.refusalGround == 1 ? groundOneText : groundTwoText)
                    : d.refusalText.trimmed();
            }
            if (Result<void> r = exec(db,
                    u"UPDATE case_lines SET decision = ?, dsn_code = ?, refusal_ground = ?, refusal_text = ? "
                    u"WHERE case_uid = ? AND line_no = ?"_s,
                    { out.decision,
                        out.dsnCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(out.dsnCode),
                        out.refusalGround == 0 ? QVariant(QMetaType(QMetaType::Int))
                                               : QVariant(out.refusalGround),
                        out.refusalGround == 0 ? QVariant(QMetaType(QMetaType::QString))
                                               : QVariant(out.refusalText),
                        caseUid, line.lineNo });
                !r)
                return r;
            linesJson.append(lineJson(out));
            result.lines.append(out);
        }
        result.status = issuedCount == lines.size() ? u"issued"_s
            : issuedCount == 0                      ? u"refused"_s
                                                    : u"partly_issued"_s;
        if (Result<void> r = exec(db, u"UPDATE cases SET status = ?, decided_at = ? WHERE case_uid = ?"_s,
                { result.status, nowText, caseUid });
            !r)
            return r;
        Result<qint64> seq = appendEvent(db, caseUid, counter, result.status, now, linesJson, reviewer.name);
        if (!seq)
            return seq.error();
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

} // namespace dsn::office
