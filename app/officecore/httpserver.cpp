#include "officecore/httpserver.h"
#include "officecore/messagelanguage.h"

#include "officecore/officeapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <microhttpd.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>
#include <unordered_set>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

QString localized(const char *text)
{
    return officeText("dsn::HttpServer", text); // in the language of the request being answered
}

// What the server knows of one connection; made when it is accepted, freed when it closes.
// Holds the request being read (one at a time: HTTP/1.1 without pipelining of bodies).
struct Connection
{
    // The head deadline (HeadWatch): guarded by HeadWatch::mutex.
    int watchFd = -1; // a duplicate of the socket's descriptor, owned by the watch
    bool waitingForHead = true;
    std::chrono::steady_clock::time_point headSince = std::chrono::steady_clock::now();

    QElapsedTimer sinceRequestLine;
    bool headSeen = false;
    int status = 0; // of the response queued, 0 while none is
    QByteArray method;
    QByteArray path;
    ApiRequest request;
    qsizetype expectedBody = 0;
    bool discardBody = false; // too large, from an authenticated client: read, dropped, then 413

    void reset()
    {
        headSeen = false;
        status = 0;
        method.clear();
        path.clear();
        request = ApiRequest();
        expectedBody = 0;
        discardBody = false;
    }
};

} // namespace

// The deadline for a whole request head (libmicrohttpd's own timeout is reset by every byte, so
// a client sending a byte now and then would keep its socket for ever): a connection whose head
// is not complete within the deadline after it was accepted, or after its previous response, is
// shut down. The watch holds a duplicate of each socket's descriptor, so that the number it shuts
// down cannot be a new connection's: the socket lives until the watch closes its duplicate.
struct HeadWatch
{
    std::chrono::seconds deadline;
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    std::unordered_set<Connection *> connections;
    std::thread thread;

    explicit HeadWatch(int seconds)
        : deadline(seconds)
    {
        thread = std::thread([this] { run(); });
    }
    ~HeadWatch()
    {
        {
            const std::lock_guard lock(mutex);
            stopping = true;
        }
        wake.notify_all();
        thread.join();
    }
    void run()
    {
        std::unique_lock lock(mutex);
        while (!stopping) {
            wake.wait_for(lock, std::chrono::milliseconds(250));
            const auto now = std::chrono::steady_clock::now();
            for (Connection *c : connections) {
                if (c->waitingForHead && c->watchFd >= 0 && now - c->headSince > deadline) {
                    ::shutdown(c->watchFd, SHUT_RDWR);
                    c->waitingForHead = false;
                }
            }
        }
    }
    void add(Connection *c, int fd)
    {
        const int copy = fd >= 0 ? fcntl(fd, F_DUPFD_CLOEXEC, 0) : -1;
        const std::lock_guard lock(mutex);
        c->watchFd = copy;
        connections.insert(c);
    }
    void remove(Connection *c)
    {
        const std::lock_guard lock(mutex);
        connections.erase(c);
        if (c->watchFd >= 0)
            ::close(c->watchFd);
        c->watchFd = -1;
    }
    void headComplete(Connection *c, bool complete)
    {
        const std::lock_guard lock(mutex);
        c->waitingForHead = !complete;
        c->headSince = std::chrono::steady_clock::now();
    }
};

namespace {

// For the log: one line per request, whatever the client put in its request line.
QByteArray printable(QByteArray text)
{
    for (char &ch : text)
        if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f)
            ch = '?';
    return text;
}

// The path as the log shows it: a taxpayer's IIN or BIN looked up (GET taxpayers/{id}) is a
// person's register data (Law No. 223, art. 11) and never reaches the log, nor does a
// certificate checked (GET verify/{number or token}: the token holds the IIN or BIN; the check
// is recorded in the office's verify_requests instead).
QByteArray loggedPath(const QByteArray &path)
{
    static const QByteArray taxpayers = "/api/v1/taxpayers/";
    static const QByteArray verify = "/api/v1/verify/";
    if (path.startsWith(taxpayers) && path.mid(taxpayers.size()) != "import")
        return taxpayers + '*';
    if (path.startsWith(verify))
        return verify + '*';
    return path;
}

// The client's address as text ("127.0.0.1", "2001:db8::1"); empty when unknown.
QString clientAddress(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!info || !info->client_addr)
        return {};
    char text[INET6_ADDRSTRLEN] = {};
    const sockaddr *address = info->client_addr;
    if (address->sa_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(address)->sin_addr, text, sizeof text);
    else if (address->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6 *>(address)->sin6_addr, text, sizeof text);
    return QString::fromLatin1(text);
}

Connection *connectionOf(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return info ? static_cast<Connection *>(info->socket_context) : nullptr;
}

void notifyConnection(
    void *cls, MHD_Connection *connection, void **socketContext, MHD_ConnectionNotificationCode code)
{
    auto *watch = static_cast<HeadWatch *>(cls);
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        auto *c = new Connection;
        *socketContext = c;
        const MHD_ConnectionInfo *info
            = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
        watch->add(c, info ? info->connect_fd : -1);
    } else if (code == MHD_CONNECTION_NOTIFY_CLOSED) {
        auto *c = static_cast<Connection *>(*socketContext);
        if (c) {
            watch->remove(c);
            delete c;
        }
        *socketContext = nullptr;
    }
}

// Called when a request line has arrived, before its header lines: the request's clock starts.
void *requestLineArrived(void *, const char *, MHD_Connection *connection)
{
    if (Connection *c = connectionOf(connection))
        c->sinceRequestLine.start();
    return nullptr;
}

// One line per request; never bodies, query values or headers.
void requestCompleted(
    void *cls, MHD_Connection *connection, void **requestContext, MHD_RequestTerminationCode)
{
    *requestContext = nullptr;
    Connection *c = connectionOf(connection);
    if (!c)
        return;
    static_cast<HeadWatch *>(cls)->headComplete(c, false);
    const qint64 ms = c->sinceRequestLine.isValid() ? c->sinceRequestLine.elapsed() : 0;
    const QByteArray status = c->status ? QByteArray::number(c->status) : "-"_ba;
    std::fprintf(stderr, "%s %s %s %s %lldms\n",
        qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), c->method.constData(),
        c->path.constData(), status.constData(), static_cast<long long>(ms));
    c->sinceRequestLine.invalidate();
    c->reset();
}

void logServerError(void *, const char *format, va_list args)
{
    std::fputs("dsn-office: ", stderr);
    std::vfprintf(stderr, format, args);
}

MHD_Result queue(MHD_Connection *connection, Connection *c, const ApiResponse &response, bool close)
{
    MHD_Response *r = MHD_create_response_from_buffer(
        size_t(response.body.size()), const_cast<char *>(response.body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!r)
        return MHD_NO;
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, response.contentType.constData());
    for (const auto &[name, value] : response.headers)
        MHD_add_response_header(r, name.constData(), value.constData());
    // A refusal before the body: the rest of what the client sends is not read, so the
    // connection cannot carry another request.
    if (close)
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONNECTION, "close");
    const MHD_Result queued = MHD_queue_response(connection, unsigned(response.status), r);
    MHD_destroy_response(r);
    c->status = response.status;
    return queued;
}

struct HeaderCount
{
    int contentLength = 0;
};

MHD_Result countHeader(void *cls, MHD_ValueKind, const char *key, const char *)
{
    if (key && strcasecmp(key, MHD_HTTP_HEADER_CONTENT_LENGTH) == 0)
        ++static_cast<HeaderCount *>(cls)->contentLength;
    return MHD_YES;
}

MHD_Result addQueryValue(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    if (key)
        static_cast<ApiRequest *>(cls)->query.insert(
            QString::fromUtf8(key), value ? QString::fromUtf8(value) : QString());
    return MHD_YES;
}

QString header(MHD_Connection *connection, const char *name)
{
    const char *value = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, name);
    return value ? QString::fromLatin1(value) : QString();
}

bool hasHeader(MHD_Connection *connection, const char *name)
{
    return MHD_lookup_connection_value(connection, MHD_HEADER_KIND, name) != nullptr;
}

bool methodHasBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

// The refusal that the head alone earns, before any body byte is read; nullopt if none.
ApiResponse tooLarge()
{
    return OfficeApi::error(413, u"payload_too_large"_s,
        localized(QT_TRANSLATE_NOOP("dsn::HttpServer", "the body is larger than 1 MiB")));
}

std::optional<ApiResponse> judgeHead(MHD_Connection *connection, Connection &c, OfficeApi &api)
{
    const int lines = MHD_get_connection_values(connection, MHD_HEADER_KIND, nullptr, nullptr);
    if (lines > HttpServer::kMaxHeaderLines)
        return OfficeApi::error(431, u"headers_too_large"_s,
            localized(QT_TRANSLATE_NOOP("dsn::HttpServer", "more than %1 header lines"))
                .arg(HttpServer::kMaxHeaderLines));
    if (hasHeader(connection, MHD_HTTP_HEADER_TRANSFER_ENCODING))
        return OfficeApi::error(411, u"length_required"_s,
            localized(QT_TRANSLATE_NOOP(
                "dsn::HttpServer", "send the body with Content-Length; Transfer-Encoding is not accepted")));
    if (hasHeader(connection, MHD_HTTP_HEADER_CONTENT_ENCODING))
        return OfficeApi::error(415, u"unsupported_encoding"_s,
            localized(QT_TRANSLATE_NOOP(
                "dsn::HttpServer", "Content-Encoding is not accepted; send the body as is")));
    HeaderCount count;
    MHD_get_connection_values(connection, MHD_HEADER_KIND, countHeader, &count);
    if (count.contentLength > 1)
        return OfficeApi::error(400, u"bad_request"_s,
            localized(QT_TRANSLATE_NOOP("dsn::HttpServer", "more than one Content-Length")));
    if (count.contentLength == 0) {
        if (methodHasBody(c.method))
            return OfficeApi::error(411, u"length_required"_s,
                localized(
                    QT_TRANSLATE_NOOP("dsn::HttpServer", "a request with a body needs Content-Length")));
    } else {
        const QByteArray text = header(connection, MHD_HTTP_HEADER_CONTENT_LENGTH).toLatin1();
        bool digits = !text.isEmpty() && text.size() <= 18;
        for (const char ch : text)
            digits = digits && ch >= '0' && ch <= '9';
        if (!digits)
            return OfficeApi::error(400, u"bad_request"_s,
                localized(QT_TRANSLATE_NOOP("dsn::HttpServer", "Content-Length is not a number")));
        c.expectedBody = qsizetype(text.toLongLong());
        if (c.expectedBody > HttpServer::kMaxDiscardedBody)
            return tooLarge();
        // The resources read with GET take no body (and health takes no token).
        if (c.expectedBody > 0 && (c.method == "GET" || c.method == "HEAD"))
            return OfficeApi::error(400, u"bad_request"_s,
                localized(QT_TRANSLATE_NOOP("dsn::HttpServer", "a GET request has no body")));
    }
    if (std::optional<ApiResponse> refusal = api.refuseUnauthenticated(c.request))
        return refusal;
    if (c.expectedBody > HttpServer::kMaxBody) {
        // A client that waits for "100 Continue" is told at once. Another one is already
        // sending: a hang-up now would reset the connection before it reads the answer, so a
        // workstation with a token gets its 413 after the body, which is read and dropped.
        if (hasHeader(connection, MHD_HTTP_HEADER_EXPECT))
            return tooLarge();
        c.discardBody = true;
    }
    return std::nullopt;
}

MHD_Result accessHandler(void *cls, MHD_Connection *connection, const char *url, const char *method,
    const char *, const char *uploadData, size_t *uploadSize, void **requestContext)
{
    auto *server = static_cast<HttpServer *>(cls);
    Connection *c = connectionOf(connection);
    if (!c)
        return MHD_NO;
    if (!c->headSeen) {
        // The first call: the head is complete, no byte of the body has been read.
        c->headSeen = true;
        server->headWatch().headComplete(c, true);
        *requestContext = c;
        c->method = printable(QByteArray(method).left(16));
        c->path = printable(loggedPath(QByteArray(url).left(200)));
        c->request.method = QString::fromLatin1(method);
        c->request.path = QString::fromUtf8(url);
        c->request.authorization = header(connection, MHD_HTTP_HEADER_AUTHORIZATION);
        c->request.acceptLanguage = header(connection, MHD_HTTP_HEADER_ACCEPT_LANGUAGE);
        c->request.idempotencyKey = header(connection, "Idempotency-Key");
        c->request.remoteAddress = clientAddress(connection);
        MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, addQueryValue, &c->request);
        // A refusal of the head speaks the request's language too.
        const MessageLanguageScope language(languageOfAcceptHeader(c->request.acceptLanguage));
        if (const std::optional<ApiResponse> refusal = judgeHead(connection, *c, server->api()))
            return queue(connection, c, *refusal, true);
        if (!c->discardBody)
            c->request.body.reserve(c->expectedBody);
        return MHD_YES; // "100 Continue" now, if the client asked for it
    }
    if (*uploadSize > 0) {
        if (!c->discardBody) {
            if (c->request.body.size() + qsizetype(*uploadSize) > c->expectedBody)
                return MHD_NO; // more than Content-Length said: cannot happen without chunks
            c->request.body.append(uploadData, qsizetype(*uploadSize));
        }
        *uploadSize = 0;
        return MHD_YES;
    }
    if (c->status)
        return MHD_YES;
    if (c->discardBody)
        return queue(connection, c, tooLarge(), false);
    return queue(connection, c, server->api().handle(c->request), false);
}

} // namespace

HttpServer::HttpServer(OfficeApi &api, HttpServerOptions options)
    : m_api(api)
    , m_options(std::move(options))
{
}

HttpServer::~HttpServer()
{
    stop();
}

Result<void> HttpServer::start()
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE;
    addrinfo *found = nullptr;
    const QByteArray host = m_options.host.toUtf8();
    if (const int rc = getaddrinfo(host.constData(), nullptr, &hints, &found); rc != 0 || !found) {
        return makeError(ErrorCode::Io,
            localized(QT_TRANSLATE_NOOP("dsn::HttpServer", "cannot resolve %1: %2"))
                .arg(m_options.host, QString::fromLocal8Bit(gai_strerror(rc))));
    }
    sockaddr_storage address {};
    std::memcpy(&address, found->ai_addr, found->ai_addrlen);
    const bool ipv6 = found->ai_family == AF_INET6;
    freeaddrinfo(found);
    if (ipv6)
        reinterpret_cast<sockaddr_in6 *>(&address)->sin6_port = htons(uint16_t(m_options.port));
    else
        reinterpret_cast<sockaddr_in *>(&address)->sin_port = htons(uint16_t(m_options.port));

    m_watch = std::make_unique<HeadWatch>(m_options.headTimeoutSeconds);
    unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG;
    if (ipv6)
        flags |= MHD_USE_IPv6;
    if (tls())
        flags |= MHD_USE_TLS;
    MHD_OptionItem tlsOptions[] = {
        { MHD_OPTION_HTTPS_MEM_CERT, 0, const_cast<char *>(m_options.tlsCertificate.constData()) },
        { MHD_OPTION_HTTPS_MEM_KEY, 0, const_cast<char *>(m_options.tlsKey.constData()) },
        { MHD_OPTION_HTTPS_PRIORITIES, 0, const_cast<char *>(kTlsPriorities) },
        { MHD_OPTION_END, 0, nullptr },
    };
    MHD_OptionItem noOptions[] = { { MHD_OPTION_END, 0, nullptr } };
    m_daemon = MHD_start_daemon(flags, uint16_t(m_options.port), nullptr, nullptr, accessHandler, this,
        MHD_OPTION_EXTERNAL_LOGGER, logServerError, nullptr, MHD_OPTION_SOCK_ADDR,
        reinterpret_cast<sockaddr *>(&address), MHD_OPTION_THREAD_POOL_SIZE, unsigned(m_options.threads),
        MHD_OPTION_CONNECTION_LIMIT, unsigned(m_options.maxConnections), MHD_OPTION_PER_IP_CONNECTION_LIMIT,
        unsigned(m_options.maxConnectionsPerAddress), MHD_OPTION_CONNECTION_TIMEOUT,
        unsigned(m_options.idleTimeoutSeconds), MHD_OPTION_CONNECTION_MEMORY_LIMIT, kConnectionMemory,
        MHD_OPTION_NOTIFY_CONNECTION, notifyConnection, m_watch.get(), MHD_OPTION_URI_LOG_CALLBACK,
        requestLineArrived, nullptr, MHD_OPTION_NOTIFY_COMPLETED, requestCompleted, m_watch.get(),
        MHD_OPTION_ARRAY, tls() ? tlsOptions : noOptions, MHD_OPTION_END);
    if (!m_daemon) {
        m_watch.reset();
        return makeError(ErrorCode::Io,
            tls() ? localized(QT_TRANSLATE_NOOP("dsn::HttpServer",
                                  "cannot listen on %1:%2 with this TLS certificate and key"))
                        .arg(m_options.host)
                        .arg(m_options.port)
                  : localized(QT_TRANSLATE_NOOP("dsn::HttpServer", "cannot listen on %1:%2"))
                        .arg(m_options.host)
                        .arg(m_options.port));
    }
    return {};
}

int HttpServer::port() const
{
    if (!m_daemon)
        return 0;
    const MHD_DaemonInfo *info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info ? int(info->port) : 0;
}

void HttpServer::stop()
{
    if (m_daemon) {
        MHD_stop_daemon(m_daemon);
        m_daemon = nullptr;
    }
    m_watch.reset();
}

} // namespace dsn::office
