#pragma once

#include "officecore/officedatabase.h"
#include "officecore/officestore.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

// The office's HTTP API (/api/v1/...) without the HTTP server: a request in, a response out.
// Every request is served with the calling thread's own database connection, opened on first
// use. Requests that are refused (401, 403, 400, 413, ...) never reach the store's writes.
namespace dsn::office {

struct ApiRequest
{
    QString method; // "GET", "POST"
    QString path;   // "/api/v1/applications"
    QHash<QString, QString> query;
    QString authorization;  // the Authorization header
    QString acceptLanguage; // the Accept-Language header: the language of the answer's reasons
    QString idempotencyKey; // the Idempotency-Key header (a decision's key may come in its body too)
    QString remoteAddress;  // the client's IP address as text (the rate limit of verify, its audit)
    QByteArray body;
};

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; // further headers (Retry-After)
};

struct OfficeApiOptions
{
    QString signingKeysDirectory;     // SigningKeys; empty: defaultSigningKeysDirectory()
    int verifyRequestsPerMinute = 30; // GET verify/... from one address (VerifyLimiter)
};

class VerifyLimiter;

class OfficeApi
{
public:
    explicit OfficeApi(OfficeLocation location, OfficeApiOptions options = {});
    ~OfficeApi();

    ApiResponse handle(const ApiRequest &request);
    // The token check on a request's head alone (path and Authorization; the body is not read
    // yet), with the calling thread's store: the 401 (or 503) refusal, or nullopt when the
    // request may go on to handle(). Only GET health and GET verify/... need no token.
    std::optional<ApiResponse> refuseUnauthenticated(const ApiRequest &head);

    // {"error": code, "reason": text} with the status.
    static ApiResponse error(int status, const QString &code, const QString &reason);

private:
    ApiResponse route(const ApiRequest &request);
    // The calling thread's store, opened on first use; nullptr and *failure when it cannot be.
    OfficeStore *threadStore(ApiResponse *failure);

    // The counter workstations' endpoints (counterapi.cpp).
    ApiResponse push(OfficeStore &store, const Workstation &who, const ApiRequest &request);
    ApiResponse updates(OfficeStore &store, const Workstation &who, const ApiRequest &request);
    // The audit head a push or pull carries, checked and anchored (auditanchors.cpp): the refusal
    // to answer with, or nullopt to go on (with the office's last anchor in *anchoredSeq).
    std::optional<ApiResponse> checkAudit(OfficeStore &store, const Workstation &who,
        const std::optional<AuditReport> &report, qint64 *anchoredSeq);
    // GET /api/v1/audit/anchors: the anchors of the workstation's current epoch and its open alert.
    ApiResponse anchors(OfficeStore &store, const Workstation &who);
    // The reviewers' and administrators' endpoints on a case (reviewapi.cpp).
    ApiResponse status(
        OfficeStore &store, const Workstation &who, const QString &caseUid, const ApiRequest &request);
    ApiResponse take(
        OfficeStore &store, const Workstation &who, const QString &caseUid, const ApiRequest &request);
    ApiResponse release(OfficeStore &store, const Workstation &who, const QString &caseUid);
    ApiResponse decision(
        OfficeStore &store, const Workstation &who, const QString &caseUid, const ApiRequest &request);
    // The review desk's queue and evidence (queueapi.cpp).
    ApiResponse queue(OfficeStore &store, const Workstation &who, const ApiRequest &request);
    ApiResponse evidence(OfficeStore &store, const Workstation &who, const QString &caseUid);
    // The taxpayer registry and the monitoring export (registryapi.cpp).
    ApiResponse importTaxpayers(OfficeStore &store, const Workstation &who, const ApiRequest &request);
    ApiResponse taxpayer(OfficeStore &store, const QString &taxpayerId);
    ApiResponse monitoring(OfficeStore &store, const Workstation &who, const ApiRequest &request);
    // Certificates (certificateapi.cpp): the signed token of one print, and the public check.
    ApiResponse certificateToken(
        OfficeStore &store, const Workstation &who, const QString &caseUid, const ApiRequest &request);
    ApiResponse verify(const ApiRequest &request, const QString &asked);

    OfficeLocation m_location;
    OfficeApiOptions m_options;
    std::unique_ptr<VerifyLimiter> m_limiter;
};

} // namespace dsn::office
