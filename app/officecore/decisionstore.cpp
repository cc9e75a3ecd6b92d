// The decision of a case: one transaction of five steps. The idempotency key first: a key
// already used answers the first answer (or says it was used for another request). Then the case
// and the evidence of the refusal grounds; every line checked by the refusal rule
// (rules/refusalcheck.h), and nothing changes when a line's decision contradicts the evidence;
// the numbers (allocation.cpp); and the writes: the lines, the case, the review queue, the stage
// event, and the answer kept under its key.
#include "officecore/officestore.h"
#include "officecore/officestoresupport.h"

#include "base/enumtable.h"
#include "base/hashing.h"
#include "base/kazakhstantime.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

// The keys are the API's error codes: they never change.
constexpr EnumEntry<DecisionProblemKind> kProblemKinds[] = {
    { DecisionProblemKind::LinesMismatch, u"lines_mismatch" },
    { DecisionProblemKind::RefusalTextRequired, u"refusal_text_required" },
    { DecisionProblemKind::GroundDoesNotHold, u"ground_does_not_hold" },
    { DecisionProblemKind::GroundHolds, u"ground_holds" },
};

// The request without its key: a retry under the key must be this request again.
QString requestHash(const QString &caseUid, const DecisionRequest &request)
{
    QJsonArray lines;
    for (const LineDecision &d : request.lines) {
        lines.append(QJsonObject { { u"line_no"_s, d.lineNo }, { u"issued"_s, d.issued },
            { u"ground"_s, d.refusalGround ? refusalGroundNumber(*d.refusalGround) : 0 },
            { u"text"_s, d.refusalText } });
    }
    const QJsonObject o { { u"case_uid"_s, caseUid }, { u"reviewer"_s, request.reviewer.name },
        { u"login"_s, request.reviewer.login }, { u"lines"_s, lines } };
    return sha256Hex(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The decision step's result: every line decided (no code allocated yet), or the problems.
struct Decision
{
    CaseStatus status = CaseStatus::Refused;
    QList<DecidedLine> lines;
    QList<DecisionProblem> problems;
};

DecisionProblem problem(DecisionProblemKind kind, int lineNo, const QString &reason)
{
    DecisionProblem p;
    p.kind = kind;
    p.lineNo = lineNo;
    p.reason = reason;
    return p;
}

// Why an issued line cannot be issued: the ground that holds, in words the reviewer acts on.
DecisionProblem groundHoldsProblem(
    const StoredLine &line, RefusalGround ground, const RefusalEvidence &evidence, const QString &heldCode)
{
    QString reason;
    if (ground == RefusalGround::NotRegisteredTaxpayer) {
        const QString activity = requiredActivity(evidence.subjectType);
        reason
            = localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                            "Line %1 cannot be issued: refusal ground 1 holds, the taxpayer registry has no "
                            "registration of the subject for %2 in force on %3."))
                  .arg(line.lineNo)
                  .arg(activity.isEmpty() ? u"-"_s : activity, evidence.day.toString(Qt::ISODate));
    } else if (!heldCode.isEmpty()) {
        reason
            = localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                            "Line %1 cannot be issued: refusal ground 2 holds, the subject already holds the "
                            "DSN code %2 for this product."))
                  .arg(line.lineNo)
                  .arg(heldCode);
    } else {
        reason = localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                               "Line %1 cannot be issued: refusal ground 2 holds, an earlier line of this "
                               "application is the same product."))
                     .arg(line.lineNo);
    }
    DecisionProblem p = problem(DecisionProblemKind::GroundHolds, line.lineNo, reason);
    p.ground = ground;
    p.heldCode = heldCode;
    return p;
}

// Decide: the reviewer's choice for every line, checked by the refusal rule. A refused line needs
// the reviewer's reason and a ground that holds; an issued line needs no ground to hold. A line
// issued here counts as the subject's code for the lines after it. No database.
Decision decideLines(const StoredCase &c, const QList<TaxpayerRegistration> &registrations,
    QList<IssuedProduct> issued, QDate day, const QList<LineDecision> &decisions)
{
    Decision decision;
    QHash<int, LineDecision> byLine;
    for (const LineDecision &d : decisions)
        byLine.insert(d.lineNo, d);
    bool matching = byLine.size() == decisions.size() && byLine.size() == c.lines.size();
    for (const StoredLine &line : c.lines)
        matching = matching && byLine.contains(line.lineNo);
    if (!matching) {
        decision.problems.append(problem(DecisionProblemKind::LinesMismatch, 0,
            localized(QT_TRANSLATE_NOOP(
                "dsn::OfficeStore", "Every line of the case must be decided exactly once."))));
        return decision;
    }

    for (const StoredLine &line : c.lines) {
        const LineDecision &d = byLine.value(line.lineNo);
        const RefusalEvidence evidence = lineEvidence(c, line, registrations, issued, day);
        const std::optional<IssuedProduct> held = heldProduct(evidence);
        DecidedLine out;
        out.lineNo = line.lineNo;
        if (!d.issued) {
            out.decision = u"refused"_s;
            out.refusalGround = d.refusalGround;
            out.refusalText = d.refusalText.trimmed();
            if (d.refusalGround == RefusalGround::CodeAlreadyIssued && held)
                out.heldCode = held->dsnCode;
            if (out.refusalText.isEmpty())
                decision.problems.append(problem(DecisionProblemKind::RefusalTextRequired, line.lineNo,
                    localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                                  "Line %1: a refusal needs the reviewer's reason (refusal_text)."))
                        .arg(line.lineNo)));
            if (!d.refusalGround || !groundHolds(*d.refusalGround, evidence)) {
                DecisionProblem p = problem(DecisionProblemKind::GroundDoesNotHold, line.lineNo,
                    localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                                  "Line %1: the refusal ground does not hold for this application."))
                        .arg(line.lineNo));
                p.ground = d.refusalGround;
                decision.problems.append(p);
            }
        } else if (const std::optional<RefusalGround> ground = groundThatHolds(evidence)) {
            decision.problems.append(groundHoldsProblem(line, *ground, evidence,
                *ground == RefusalGround::CodeAlreadyIssued && held ? held->dsnCode : QString()));
        } else {
            out.decision = u"issued"_s;
            issued.append(IssuedProduct { line.productType, line.normName, QString() });
        }
        decision.lines.append(out);
    }
    const qsizetype issuedCount = std::count_if(decision.lines.cbegin(), decision.lines.cend(),
        [](const DecidedLine &l) { return l.decision == u"issued"_s; });
    decision.status = issuedCount == decision.lines.size() ? CaseStatus::Issued
        : issuedCount == 0                                 ? CaseStatus::Refused
                                                           : CaseStatus::PartlyIssued;
    return decision;
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
    if (!line.heldCode.isEmpty())
        o.insert(u"held_code"_s, line.heldCode);
    return o;
}

QJsonArray linesJson(const QList<DecidedLine> &lines)
{
    QJsonArray list;
    for (const DecidedLine &line : lines)
        list.append(lineJson(line));
    return list;
}

// The answer to the decision, kept with its key and given again to a retry.
QByteArray answerJson(const DecisionResult &r)
{
    const QJsonObject o { { u"case_uid"_s, r.caseUid }, { u"case_number"_s, r.caseNumber },
        { u"status"_s, statusKey(r.status) }, { u"decision_number"_s, r.decisionNumber },
        { u"decided_at"_s, kazakhstanIsoText(r.decidedAt, true) },
        { u"reviewer"_s, QJsonObject { { u"name"_s, r.reviewer.name }, { u"login"_s, r.reviewer.login } } },
        { u"lines"_s, linesJson(r.lines) } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Write: one decided line.
Result<void> writeLine(QSqlDatabase &db, const QString &caseUid, const DecidedLine &line)
{
    const QVariant noGround(QMetaType(QMetaType::Int));
    return exec(db,
        u"UPDATE case_lines SET decision = ?, dsn_code = ?, refusal_ground = ?, refusal_text = ?, held_code "
        u"= ? "
        u"WHERE case_uid = ? AND line_no = ?"_s,
        { line.decision, nullableText(line.dsnCode),
            line.refusalGround ? QVariant(refusalGroundNumber(*line.refusalGround)) : noGround,
            line.refusalGround ? QVariant(line.refusalText) : nullableText(QString()),
            nullableText(line.heldCode), caseUid, line.lineNo });
}

// The key's earlier answer: the outcome to give (replayed or reused), or nullopt for a new key.
Result<std::optional<DecisionOutcome>> earlierAnswer(QSqlDatabase &db, const QString &key,
    const Workstation &reviewer, const QString &caseUid, const QString &hash)
{
    Result<QSqlQuery> query = run(db,
        u"SELECT case_uid, workstation, request_hash, answer FROM decision_keys WHERE idempotency_key = ?"_s,
        { key });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<DecisionOutcome>();
    DecisionOutcome outcome;
    if (query->value(0).toString() == caseUid && query->value(1).toString() == reviewer.name
        && query->value(2).toString() == hash) {
        outcome.replayed = true;
        outcome.answer = query->value(3).toString().toUtf8();
    } else {
        outcome.keyReused = true;
    }
    query->finish();
    return std::optional<DecisionOutcome>(outcome);
}

} // namespace

QString decisionProblemKey(DecisionProblemKind kind)
{
    return enumKey(kProblemKinds, kind);
}

Result<DecisionOutcome> OfficeStore::decide(
    const Workstation &reviewer, const QString &caseUid, const DecisionRequest &request)
{
    if (request.idempotencyKey.isEmpty() || request.reviewer.name.isEmpty()
        || request.reviewer.login.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                "A decision needs its idempotency key and the reviewer's name and login.")));
    const QDateTime now = m_clock();
    const QString nowText = toStoreTime(now);
    const QDate day = kazakhstanDate(now);
    const QString hash = requestHash(caseUid, request);
    DecisionOutcome outcome;
    Result<void> done = m_db.transaction([&](QSqlDatabase &db) -> Result<void> {
        outcome = DecisionOutcome {};
        Result<std::optional<DecisionOutcome>> earlier
            = earlierAnswer(db, request.idempotencyKey, reviewer, caseUid, hash);
        if (!earlier)
            return earlier.error();
        if (earlier->has_value()) {
            outcome = **earlier;
            return {};
        }

        // Load: the case, who has it, and the evidence of the refusal grounds.
        Result<StoredCase> c = loadStoredCase(db, caseUid, true);
        if (!c)
            return c.error();
        if (Result<void> r = checkDepartment(reviewer, c->department); !r)
            return r;
        if (Result<void> r = mayReview(c->status, reviewer.role); !r)
            return r;
        if (c->holder.isSet()
            && (c->holder.workstation != reviewer.name
                || c->holder.reviewer.login != request.reviewer.login)) {
            outcome.heldByOther = c->holder;
            return {};
        }
        Result<QList<TaxpayerRegistration>> registrations = readRegistrations(db, c->taxpayerId);
        if (!registrations)
            return registrations.error();
        Result<QList<SubjectCode>> codes = readSubjectCodes(db, c->taxpayerId);
        if (!codes)
            return codes.error();

        // Decide, by the refusal rule.
        Decision decision = decideLines(*c, *registrations, issuedProducts(*codes), day, request.lines);
        if (!decision.problems.isEmpty()) {
            outcome.problems = decision.problems;
            return {};
        }
        const TransitionVerdict verdict
            = checkTransition(CaseStatus::InReview, decision.status, reviewer.role);
        if (verdict != TransitionVerdict::Allowed)
            return makeError(ErrorCode::PermissionDenied,
                transitionVerdictMessage(verdict, CaseStatus::InReview, decision.status, reviewer.role));

        // Allocate and write.
        DecisionResult result;
        result.caseUid = caseUid;
        result.caseNumber = c->caseNumber;
        result.status = decision.status;
        result.decidedAt = now;
        result.reviewer = request.reviewer;
        Result<QString> number = nextDecisionNumber(db, c->department, day.year());
        if (!number)
            return number.error();
        result.decisionNumber = *number;
        for (qsizetype i = 0; i < decision.lines.size(); ++i) {
            DecidedLine &line = decision.lines[i];
            if (line.decision == u"issued"_s) {
                Result<QString> code = allocateCode(db, *c, c->lines.at(i), nowText);
                if (!code)
                    return code.error();
                line.dsnCode = *code;
            }
            if (Result<void> r = writeLine(db, caseUid, line); !r)
                return r;
        }
        result.lines = decision.lines;
        if (Result<void> r = exec(db,
                u"UPDATE cases SET status = ?, decided_at = ?, decision_number = ?, decided_by = ?, "
                u"decided_login = ?, decided_workstation = ? WHERE case_uid = ?"_s,
                { statusKey(result.status), nowText, result.decisionNumber, result.reviewer.name,
                    result.reviewer.login, reviewer.name, caseUid });
            !r)
            return r;
        if (Result<qint64> queued = touchQueue(db, caseUid); !queued)
            return queued.error();
        CaseEvent event;
        event.caseUid = caseUid;
        event.workstation = c->counter;
        event.status = result.status;
        event.at = now;
        event.lines = linesJson(result.lines);
        event.actor = reviewer.name;
        event.decisionNumber = result.decisionNumber;
        event.reviewer = result.reviewer;
        if (Result<qint64> seq = appendEvent(db, event); !seq)
            return seq.error();
        outcome.answer = answerJson(result);
        if (Result<void> r = exec(db,
                u"INSERT INTO decision_keys (idempotency_key, case_uid, workstation, request_hash, answer, "
                u"created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                { request.idempotencyKey, caseUid, reviewer.name, hash, QString::fromUtf8(outcome.answer),
                    nowText });
            !r)
            return r;
        outcome.result = result;
        return {};
    });
    if (!done)
        return done.error();
    return outcome;
}

} // namespace dsn::office
