// The DSN certificate's endpoints: POST cases/{uid}/certificate-token (the signed token of one
// print, for the review desk of the case's department, the counter that took the case in, or an
// administrator) and GET verify/{number or token} (public: whether the office issued the
// certificate, and what it covers). docs/office.md "Certificates", docs/certificates.md.
#include "officecore/officeapi.h"
#include "officecore/officeapisupport.h"
#include "officecore/signingkeys.h"
#include "officecore/verifylimiter.h"

#include "base/kazakhstantime.h"
#include "cases/casenumber.h"
#include "signing/certificatetoken.h"
#include "signing/publickeyset.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

using namespace api;

namespace {

constexpr qsizetype kMaxAsked = 1024;

// The signing keys could not be used: the detail goes to the log, the client learns only that.
ApiResponse signingUnavailable(const Error &e)
{
    qWarning("dsn-office: %s (%s)", qPrintable(e.message), qPrintable(e.detail));
    return OfficeApi::error(503, u"signing_unavailable"_s,
        localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "the office cannot use its signing keys now")));
}

// The optional body of a print: {"printed_by": full name, "login": ...}, each up to 200
// characters without control characters; nullopt and *reason otherwise.
std::optional<Reviewer> printerOf(const QByteArray &body, QString *reason)
{
    if (body.trimmed().isEmpty())
        return Reviewer {};
    const std::optional<QJsonObject> o = parseObject(body, reason);
    if (!o)
        return std::nullopt;
    const QJsonValue name = o->value(u"printed_by"_s);
    const QJsonValue login = o->value(u"login"_s);
    Reviewer person { name.toString().simplified(), login.toString().trimmed() };
    const bool types = (name.isUndefined() || name.isString()) && (login.isUndefined() || login.isString());
    if (!types || !isPersonText(person.name) || !isPersonText(person.login)) {
        *reason = localized(QT_TRANSLATE_NOOP("dsn::OfficeApi",
            "\"printed_by\" (the full name) and \"login\" are optional texts of at most 200 characters"));
        return std::nullopt;
    }
    return person;
}

bool isCertificateNumber(const QString &text)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9](?:[A-Za-z0-9/-]{0,30}[A-Za-z0-9])?$"_s);
    return pattern.match(text).hasMatch();
}

// What the certificate itself prints, and no more: its number and date, the department, the
// subject's name and IIN/BIN, and the codes with their products.
QJsonObject genuineAnswer(const Certificate &c, const QString &checked)
{
    QJsonArray codes;
    for (const CertificateCode &code : c.codes) {
        codes.append(QJsonObject { { u"dsn_code"_s, code.dsnCode }, { u"product_type"_s, code.productType },
            { u"name"_s, code.name } });
    }
    return QJsonObject { { u"genuine"_s, true }, { u"checked"_s, checked },
        { u"certificate_number"_s, c.number }, { u"issued_on"_s, dateText(c.issuedOn) },
        { u"department"_s, c.department }, { u"status"_s, statusKey(c.status) },
        { u"subject"_s, QJsonObject { { u"name"_s, c.taxpayerName }, { u"taxpayer_id"_s, c.taxpayerId } } },
        { u"codes"_s, codes } };
}

ApiResponse notGenuine(int status, const QString &error, const QString &reason, VerifyRecord *record)
{
    record->outcome = error;
    return json(
        QJsonObject { { u"genuine"_s, false }, { u"error"_s, error }, { u"reason"_s, reason } }, status);
}

ApiResponse notFound(VerifyRecord *record)
{
    return notGenuine(404, u"not_found"_s,
        localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "the office issued no certificate under this number")),
        record);
}

// The check itself, once the request is admitted; *record says what was asked and found.
ApiResponse check(
    OfficeStore &store, const QString &keysDirectory, const QString &asked, VerifyRecord *record)
{
    if (asked.startsWith(u"DSNC1."_s) && asked.size() <= kMaxAsked) {
        record->kind = u"token"_s;
        const Result<PublicKeySet> keys = SigningKeys(keysDirectory).readPublicKeys();
        if (!keys)
            return signingUnavailable(keys.error());
        const Result<CertificateClaims> claims = verifyCertificateToken(asked, *keys);
        if (!claims)
            return notGenuine(200, claims.error().detail, claims.error().message, record);
        record->certificateNumber = claims->certificateNumber;
        record->printId = claims->printId;
        Result<std::optional<Certificate>> found = store.certificate(claims->certificateNumber);
        if (!found)
            return storeError(found.error());
        if (!found->has_value())
            return notFound(record);
        Result<bool> printed = store.printRecorded(claims->certificateNumber, claims->printId);
        if (!printed)
            return storeError(printed.error());
        if (!*printed)
            return notGenuine(200, u"unknown_print"_s,
                localized(QT_TRANSLATE_NOOP(
                    "dsn::OfficeApi", "the office has no record of this print of the certificate")),
                record);
        if ((*found)->claims(claims->printId) != *claims)
            return notGenuine(200, u"claims_mismatch"_s,
                localized(QT_TRANSLATE_NOOP(
                    "dsn::OfficeApi", "the token does not say what the office decided under this number")),
                record);
        record->outcome = u"genuine"_s;
        QJsonObject answer = genuineAnswer(**found, u"token"_s);
        answer.insert(u"print_id"_s, claims->printId);
        answer.insert(u"kid"_s, asked.section(u'.', 1, 1));
        return json(answer);
    }
    if (isCertificateNumber(asked)) {
        record->kind = u"number"_s;
        record->certificateNumber = asked;
        Result<std::optional<Certificate>> found = store.certificate(asked);
        if (!found)
            return storeError(found.error());
        if (!found->has_value())
            return notFound(record);
        record->outcome = u"genuine"_s;
        return json(genuineAnswer(**found, u"number"_s));
    }
    record->kind = u"invalid"_s;
    return notGenuine(400, u"bad_request"_s,
        localized(QT_TRANSLATE_NOOP("dsn::OfficeApi",
            "give a certificate number or the whole token of a certificate's QR code (DSNC1...)")),
        record);
}

} // namespace

ApiResponse OfficeApi::certificateToken(
    OfficeStore &store, const Workstation &who, const QString &caseUid, const ApiRequest &request)
{
    QString reason;
    const std::optional<Reviewer> printer = printerOf(request.body, &reason);
    if (!printer)
        return badRequest(reason);
    Result<Certificate> certificate = store.certificateToPrint(who, caseUid);
    if (!certificate) {
        const Error &e = certificate.error();
        if (e.code == ErrorCode::Conflict && e.detail == u"not_issued"_s)
            return error(409, u"not_issued"_s, e.message);
        return storeError(e);
    }
    const QString printId = newCertificatePrintId();
    Result<QString> token = SigningKeys(m_options.signingKeysDirectory)
                                .signCertificateToken(certificate->claims(printId),
                                    kazakhstanDate(QDateTime::currentDateTimeUtc()));
    if (!token)
        return token.error().code == ErrorCode::InvalidInput ? storeError(token.error())
                                                             : signingUnavailable(token.error());
    const QString kid = token->section(u'.', 1, 1);
    const CertificatePrint print { printId, certificate->caseUid, certificate->number, who.name,
        printer->name, printer->login, QDateTime(), kid };
    if (Result<void> recorded = store.recordPrint(print); !recorded)
        return storeError(recorded.error());
    return json(QJsonObject { { u"token"_s, *token }, { u"print_id"_s, printId }, { u"kid"_s, kid },
        { u"certificate_number"_s, certificate->number },
        { u"issued_on"_s, dateText(certificate->issuedOn) } });
}

ApiResponse OfficeApi::verify(const ApiRequest &request, const QString &asked)
{
    const VerifyLimiter::Verdict verdict = m_limiter->admit(request.remoteAddress);
    VerifyRecord record;
    record.remoteAddress = request.remoteAddress;
    record.asked = asked.left(kMaxAsked);
    record.kind = asked.startsWith(u"DSNC1."_s) ? u"token"_s
        : isCertificateNumber(asked)            ? u"number"_s
                                                : u"invalid"_s;
    record.refusedBefore = verdict.refusedBefore;
    ApiResponse failure;
    if (!verdict.admitted) {
        // Refused before anything is looked up; only the first refusal of the minute is written.
        ApiResponse refused = notGenuine(429, u"rate_limited"_s,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeApi",
                          "too many certificate checks from this address; try again in %1 s"))
                .arg(verdict.retryAfterSeconds),
            &record);
        refused.headers.append({ "Retry-After", QByteArray::number(verdict.retryAfterSeconds) });
        if (verdict.record) {
            if (OfficeStore *store = threadStore(&failure)) {
                if (Result<void> r = store->recordVerify(record); !r)
                    qWarning("dsn-office: %s", qPrintable(r.error().detail));
            }
        }
        return refused;
    }
    OfficeStore *store = threadStore(&failure);
    if (!store)
        return failure;
    ApiResponse answer = check(*store, m_options.signingKeysDirectory, asked, &record);
    if (answer.status >= 500)
        record.outcome = u"unavailable"_s;
    // Every admitted check is on record; one that cannot be recorded is not answered.
    if (Result<void> audited = store->recordVerify(record); !audited)
        return storeError(audited.error());
    return answer;
}

} // namespace dsn::office
