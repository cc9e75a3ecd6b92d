#include "cases/caserows.h"

#include "identity/taxpayerid.h"
#include "store/sql.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn {

Result<qint64> writeSubject(QSqlDatabase &db, const Application &a, const QString &nowText)
{
    const TaxpayerId id = *TaxpayerId::parse(a.taxpayerId, TaxpayerId::Expect::Any, QDate()).id;
    const QString idKind = id.kind() == TaxpayerId::Kind::Iin ? u"iin"_s : u"bin"_s;
    Result<QVariant> subjectId = sqlScalar(db,
        u"INSERT INTO subjects(taxpayer_id, name, id_kind, subject_type, updated_at) VALUES (?, ?, ?, ?, ?)"
        u" ON CONFLICT(taxpayer_id) DO UPDATE SET name = excluded.name,"
        u" subject_type = excluded.subject_type, updated_at = excluded.updated_at RETURNING id"_s,
        { a.taxpayerId, a.taxpayerName, idKind, subjectTypeKey(*a.subjectType), nowText });
    if (!subjectId)
        return subjectId.error();
    return subjectId->toLongLong();
}

Result<void> writeProductLines(QSqlDatabase &db, qint64 applicationId, const QList<ProductLine> &products)
{
    for (qsizetype i = 0; i < products.size(); ++i) {
        const ProductLine &line = products.at(i);
        if (Result<void> r = sqlExec(db,
                u"INSERT INTO product_lines(application_id, line_no, product_type, name, spec)"
                u" VALUES (?, ?, ?, ?, ?)"_s,
                { applicationId, int(i + 1), line.type, line.name, line.spec });
            !r)
            return r;
    }
    return {};
}

Result<bool> writeLineOutcome(QSqlDatabase &db, qint64 applicationId, const CaseLine &line)
{
    const QVariant ground
        = line.refusalGround ? QVariant(*line.refusalGround) : QVariant(QMetaType(QMetaType::Int));
    Result<QSqlQuery> u = sqlRun(db,
        u"UPDATE product_lines SET decision = ?, dsn_code = ?, refusal_ground = ?, refusal_text = ?,"
        u" held_code = ? WHERE application_id = ? AND line_no = ? AND (decision IS NOT ?"
        u" OR dsn_code IS NOT ? OR refusal_ground IS NOT ? OR refusal_text IS NOT ? OR held_code IS NOT ?)"_s,
        { sqlNullable(line.decision), sqlNullable(line.dsnCode), ground, sqlNullable(line.refusalText),
            sqlNullable(line.heldCode), applicationId, line.lineNo, sqlNullable(line.decision),
            sqlNullable(line.dsnCode), ground, sqlNullable(line.refusalText), sqlNullable(line.heldCode) });
    if (!u)
        return u.error();
    return u->numRowsAffected() > 0;
}

} // namespace dsn
