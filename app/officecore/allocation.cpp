// The allocation of the numbers a decision gives: the DSN code of an issued line and the
// decision's own number. A code takes the entity number of the market subject (one per taxpayer,
// from the counter row "market_subject" when the subject gets its first code) and the brand
// number per (taxpayer, product type) from its brand_counters row. A decision number is
// "<department>-<YYYY>-<NNNNNN>", serial per department and year from the counter row
// "decision.<department>.<YYYY>". Counters are updated in the same transaction as the codes and
// decisions they number, so numbers are gapless and never given twice; the unique constraints
// on codes and on cases.decision_number back this up.
#include "officecore/officestore.h"
#include "officecore/officestoresupport.h"

#include "code/dsncode.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

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

} // namespace

Result<QString> allocateCode(
    QSqlDatabase &db, const StoredCase &c, const StoredLine &line, const QString &now)
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
            { digits, c.taxpayerId, line.productType, line.normName, *brand, c.caseUid, line.lineNo, now });
        !r)
        return r.error();
    return digits;
}

Result<QString> nextDecisionNumber(QSqlDatabase &db, const QString &department, int year)
{
    const QString counter = u"decision.%1.%2"_s.arg(department).arg(year);
    Result<QVariant> last = scalar(db, u"SELECT value FROM counters WHERE name = ?"_s, { counter });
    if (!last)
        return last.error();
    const qint64 serial = last->isValid() ? last->toLongLong() + 1 : 1;
    // On PostgreSQL a concurrent first decision of the year inserts the same row: a unique key
    // taken meanwhile, which the transaction runs again after (officedatabase.h).
    Result<void> r = last->isValid()
        ? exec(db, u"UPDATE counters SET value = ? WHERE name = ?"_s, { serial, counter })
        : exec(db, u"INSERT INTO counters (name, value) VALUES (?, ?)"_s, { counter, serial });
    if (!r)
        return r.error();
    return u"%1-%2-%3"_s.arg(department).arg(year).arg(serial, 6, 10, QChar(u'0'));
}

} // namespace dsn::office
