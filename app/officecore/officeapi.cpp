// The office API's front: the calling thread's store, authentication, and the routing of a request
// to its endpoint (counterapi.cpp, reviewapi.cpp, queueapi.cpp, registryapi.cpp) by the resource
// and the workstation's role.
#include "officecore/officeapi.h"
#include "officecore/messagelanguage.h"
#include "officecore/officeapisupport.h"
#include "officecore/signingkeys.h"
#include "officecore/verifylimiter.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

using namespace api;

namespace {

// The calling worker thread's connection and store.
struct ThreadStore
{
    std::unique_ptr<OfficeDatabase> db;
    std::unique_ptr<OfficeStore> store;
};
thread_local ThreadStore t_store;

const QString kVerifyPrefix = u"/api/v1/verify/"_s;

} // namespace

OfficeApi::OfficeApi(OfficeLocation location, OfficeApiOptions options)
    : m_location(std::move(location))
    , m_options(std::move(options))
    , m_limiter(std::make_unique<VerifyLimiter>(m_options.verifyRequestsPerMinute))
{
    if (m_options.signingKeysDirectory.isEmpty())
        m_options.signingKeysDirectory = defaultSigningKeysDirectory();
}

OfficeApi::~OfficeApi() = default;

ApiResponse OfficeApi::error(int status, const QString &code, const QString &reason)
{
    return json(QJsonObject { { u"error"_s, code }, { u"reason"_s, reason } }, status);
}

OfficeStore *OfficeApi::threadStore(ApiResponse *failure)
{
    ThreadStore &local = t_store;
    if (local.store && local.db->connection().isOpen())
        return local.store.get();
    local.store.reset();
    local.db.reset();
    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(m_location, false);
    if (!db) {
        qWarning("dsn-office: %s (%s)", qPrintable(db.error().message), qPrintable(db.error().detail));
        *failure = error(503, u"unavailable"_s, db.error().message);
        return nullptr;
    }
    local.db = std::move(*db);
    local.store = std::make_unique<OfficeStore>(*local.db);
    return local.store.get();
}

ApiResponse OfficeApi::handle(const ApiRequest &request)
{
    // Reasons go back in the language the workstation shows (its Accept-Language).
    const MessageLanguageScope language(languageOfAcceptHeader(request.acceptLanguage));
    ApiResponse response = route(request);
    // A server-side failure may mean a lost connection (a restarted PostgreSQL): the next
    // request of this thread opens a new one.
    if (response.status >= 500) {
        t_store.store.reset();
        t_store.db.reset();
    }
    return response;
}

std::optional<ApiResponse> OfficeApi::refuseUnauthenticated(const ApiRequest &head)
{
    if (head.method == u"GET"_s && (head.path == u"/api/v1/health"_s || head.path.startsWith(kVerifyPrefix)))
        return std::nullopt;
    static const QString bearer = u"Bearer "_s;
    if (!head.authorization.startsWith(bearer))
        return error(401, u"unauthorized"_s,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "a bearer token is required")));
    ApiResponse failure;
    OfficeStore *store = threadStore(&failure);
    if (!store)
        return failure;
    Result<std::optional<Workstation>> who
        = store->authenticate(head.authorization.mid(bearer.size()).trimmed());
    if (!who) {
        ApiResponse refused = storeError(who.error());
        if (refused.status >= 500) {
            t_store.store.reset();
            t_store.db.reset();
        }
        return refused;
    }
    if (!who->has_value())
        return error(401, u"unauthorized"_s,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "unknown or revoked token")));
    return std::nullopt;
}

ApiResponse OfficeApi::route(const ApiRequest &request)
{
    static const QString prefix = u"/api/v1/"_s;
    if (!request.path.startsWith(prefix))
        return error(404, u"not_found"_s, localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "no such resource")));
    const QStringList parts = request.path.mid(prefix.size()).split(u'/');
    const bool get = request.method == u"GET"_s;
    const bool post = request.method == u"POST"_s;
    if (!get && !post)
        return error(
            405, u"method_not_allowed"_s, localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "use GET or POST")));

    // The public check of a certificate: no token; its parameter (a number or a token) may
    // hold '/', so it is the whole rest of the path.
    if (get && request.path.startsWith(kVerifyPrefix) && request.path.size() > kVerifyPrefix.size())
        return verify(request, request.path.mid(kVerifyPrefix.size()));

    ApiResponse failure;
    if (parts == QStringList { u"health"_s }) {
        if (!get)
            return error(
                405, u"method_not_allowed"_s, localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "use GET")));
        OfficeStore *store = threadStore(&failure);
        if (!store)
            return failure;
        return json(
            QJsonObject { { u"status"_s, u"ok"_s }, { u"schema"_s, store->database().schemaVersion() } });
    }

    // Which role the resource needs; unknown resources are 404 before authentication is looked at.
    enum class Route {
        Push,
        Updates,
        Anchors,
        Queue,
        Status,
        Take,
        Release,
        Decision,
        Evidence,
        Import,
        Taxpayer,
        Monitoring,
        CertificateToken
    };
    struct Resource
    {
        Route route;
        QList<Role> roles;
    };
    std::optional<Resource> resource;
    QString argument; // the case uid or the taxpayer's IIN/BIN of the path
    const auto is = [&](std::initializer_list<QStringView> path) {
        if (parts.size() != qsizetype(path.size()))
            return false;
        qsizetype i = 0;
        for (const QStringView part : path) {
            if (!part.isEmpty() && parts.at(i) != part)
                return false;
            ++i;
        }
        return true;
    };
    const QList<Role> review { Role::Reviewer };
    if (post && is({ u"applications" }))
        resource = Resource { Route::Push, { Role::Operator } };
    else if (get && is({ u"updates" }))
        resource = Resource { Route::Updates, { Role::Operator } };
    else if (get && is({ u"audit", u"anchors" }))
        resource = Resource { Route::Anchors, { Role::Operator } };
    else if (get && is({ u"queue" }))
        resource = Resource { Route::Queue, review };
    else if (post && is({ u"cases", u"", u"status" }))
        resource = Resource { Route::Status, review };
    else if (post && is({ u"cases", u"", u"take" }))
        resource = Resource { Route::Take, review };
    else if (post && is({ u"cases", u"", u"release" }))
        resource = Resource { Route::Release, { Role::Reviewer, Role::Administrator } };
    else if (post && is({ u"cases", u"", u"decision" }))
        resource = Resource { Route::Decision, review };
    else if (get && is({ u"cases", u"", u"evidence" }))
        resource = Resource { Route::Evidence, review };
    else if (post && is({ u"taxpayers", u"import" }))
        resource = Resource { Route::Import, { Role::Administrator } };
    else if (get && is({ u"taxpayers", u"" }))
        resource = Resource { Route::Taxpayer, review };
    else if (get && is({ u"monitoring", u"events" }))
        resource = Resource { Route::Monitoring, { Role::Administrator, Role::Reviewer } };
    else if (post && is({ u"cases", u"", u"certificate-token" }))
        resource
            = Resource { Route::CertificateToken, { Role::Operator, Role::Reviewer, Role::Administrator } };
    if (!resource || (parts.size() >= 2 && parts.at(1).isEmpty()))
        return error(404, u"not_found"_s, localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "no such resource")));
    if (parts.size() >= 2)
        argument = parts.at(1).toLower();

    static const QString bearer = u"Bearer "_s;
    if (!request.authorization.startsWith(bearer))
        return error(401, u"unauthorized"_s,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "a bearer token is required")));
    OfficeStore *store = threadStore(&failure);
    if (!store)
        return failure;
    Result<std::optional<Workstation>> who
        = store->authenticate(request.authorization.mid(bearer.size()).trimmed());
    if (!who)
        return storeError(who.error());
    if (!who->has_value())
        return error(401, u"unauthorized"_s,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeApi", "unknown or revoked token")));
    const Workstation &workstation = **who;
    if (!resource->roles.contains(workstation.role))
        return error(403, u"forbidden"_s,
            localized(
                QT_TRANSLATE_NOOP("dsn::OfficeApi", "this workstation's role may not use this resource")));

    switch (resource->route) {
    case Route::Push:
        return push(*store, workstation, request);
    case Route::Updates:
        return updates(*store, workstation, request);
    case Route::Anchors:
        return anchors(*store, workstation);
    case Route::Queue:
        return queue(*store, workstation, request);
    case Route::Status:
        return status(*store, workstation, argument, request);
    case Route::Take:
        return take(*store, workstation, argument, request);
    case Route::Release:
        return release(*store, workstation, argument);
    case Route::Decision:
        return decision(*store, workstation, argument, request);
    case Route::Evidence:
        return evidence(*store, workstation, argument);
    case Route::Import:
        return importTaxpayers(*store, workstation, request);
    case Route::Taxpayer:
        return taxpayer(*store, argument);
    case Route::Monitoring:
        return monitoring(*store, workstation, request);
    case Route::CertificateToken:
        return certificateToken(*store, workstation, argument, request);
    }
    return error(500, u"internal"_s, QString());
}

} // namespace dsn::office
