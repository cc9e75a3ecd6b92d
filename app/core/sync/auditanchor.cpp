#include "sync/auditanchor.h"

#include "store/audittrail.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

bool isHash(const QString &text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[0-9a-f]{64}"_s));
    return pattern.match(text).hasMatch();
}

std::optional<qint64> sequence(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    const qint64 n = v.toInteger(-1);
    if (n < 0 || double(n) != d)
        return std::nullopt;
    return n;
}

} // namespace

Result<AuditReport> auditReportOf(Database &database, std::optional<qint64> anchorSeq)
{
    AuditReport report;
    Result<void> r = database.read([&](QSqlDatabase &db) -> Result<void> {
        QList<qint64> ids;
        if (anchorSeq)
            ids.append(*anchorSeq);
        Result<AuditChainHashes> chain = AuditTrail::chainHashes(db, ids);
        if (!chain)
            return chain.error();
        report = AuditReport {};
        report.headSeq = chain->lastId;
        report.headHash = chain->lastHash;
        report.anchorSeq = anchorSeq;
        if (anchorSeq)
            report.anchorHash = chain->at.value(*anchorSeq);
        report.intact = chain->verification.intact;
        if (!report.intact) {
            report.brokenAt = chain->verification.brokenEntryId.value_or(0);
            report.problem = chain->verification.problem;
        }
        return {};
    });
    if (!r)
        return r.error();
    return report;
}

QJsonObject auditReportJson(const AuditReport &report)
{
    QJsonObject o { { u"head_seq"_s, report.headSeq }, { u"head_hash"_s, report.headHash },
        { u"intact"_s, report.intact } };
    if (report.anchorSeq) {
        o.insert(u"anchor_seq"_s, *report.anchorSeq);
        o.insert(u"anchor_hash"_s, report.anchorHash);
    }
    if (!report.intact) {
        o.insert(u"broken_at"_s, report.brokenAt);
        o.insert(u"problem"_s, report.problem);
    }
    return o;
}

std::optional<AuditReport> auditReportFromJson(const QJsonObject &o, QString *problem)
{
    AuditReport report;
    const std::optional<qint64> head = sequence(o.value(u"head_seq"_s));
    if (!head) {
        *problem = u"audit.head_seq must be a whole number from 0"_s;
        return std::nullopt;
    }
    report.headSeq = *head;
    report.headHash = o.value(u"head_hash"_s).toString();
    if (!isHash(report.headHash)) {
        *problem = u"audit.head_hash is not 64 lower-case hex digits"_s;
        return std::nullopt;
    }
    if (!o.value(u"intact"_s).isBool()) {
        *problem = u"audit.intact must be true or false"_s;
        return std::nullopt;
    }
    report.intact = o.value(u"intact"_s).toBool();
    if (o.contains(u"anchor_seq"_s)) {
        report.anchorSeq = sequence(o.value(u"anchor_seq"_s));
        if (!report.anchorSeq) {
            *problem = u"audit.anchor_seq must be a whole number from 0"_s;
            return std::nullopt;
        }
        report.anchorHash = o.value(u"anchor_hash"_s).toString();
        if (!report.anchorHash.isEmpty() && !isHash(report.anchorHash)) {
            *problem = u"audit.anchor_hash is not 64 lower-case hex digits"_s;
            return std::nullopt;
        }
    }
    if (!report.intact) {
        report.brokenAt = std::max<qint64>(0, o.value(u"broken_at"_s).toInteger(0));
        // The workstation's words are shown to administrators: one line, bounded.
        report.problem = o.value(u"problem"_s).toString().left(500);
        for (QChar &c : report.problem) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                c = u' ';
        }
    }
    return report;
}

std::optional<OfficeAnchors> parseAnchorsReply(const QByteArray &body, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(u"anchors"_s).isArray()) {
        *problem = u"the reply has no \"anchors\" list"_s;
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    OfficeAnchors result;
    result.workstation = root.value(u"workstation"_s).toString();
    for (const QJsonValue &v : root.value(u"anchors"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const std::optional<qint64> seq = sequence(o.value(u"seq"_s));
        const QString hash = o.value(u"hash"_s).toString();
        if (!seq || !isHash(hash)) {
            *problem = u"an anchor without seq or hash"_s;
            return std::nullopt;
        }
        result.anchors.append(OfficeAnchor {
            *seq, hash, QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs) });
    }
    const QJsonObject alert = root.value(u"alert"_s).toObject();
    result.alertReason = alert.value(u"reason"_s).toString();
    result.alertRaisedAt = QDateTime::fromString(alert.value(u"raised_at"_s).toString(), Qt::ISODateWithMs);
    return result;
}

Result<QStringList> anchorProblems(Database &database, const QList<OfficeAnchor> &anchors)
{
    QStringList problems;
    Result<void> r = database.read([&](QSqlDatabase &db) -> Result<void> {
        QList<qint64> ids;
        for (const OfficeAnchor &a : anchors)
            ids.append(a.seq);
        Result<AuditChainHashes> chain = AuditTrail::chainHashes(db, ids);
        if (!chain)
            return chain.error();
        problems.clear();
        for (const OfficeAnchor &a : anchors) {
            const QString when = a.at.isValid() ? a.at.toString(Qt::ISODate) : u"-"_s;
            if (!chain->at.contains(a.seq)) {
                problems.append(QCoreApplication::translate("dsn::AuditAnchor",
                    "entry %1, anchored by the office on %2, is missing here: entries were removed.")
                                    .arg(a.seq)
                                    .arg(when));
            } else if (chain->at.value(a.seq) != a.hash) {
                problems.append(QCoreApplication::translate("dsn::AuditAnchor",
                    "entry %1 does not have the hash the office anchored on %2: entries up to it were "
                    "changed, removed or re-chained.")
                                    .arg(a.seq)
                                    .arg(when));
            }
        }
        return {};
    });
    if (!r)
        return r.error();
    return problems;
}

} // namespace dsn
