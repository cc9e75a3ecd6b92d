// dsn-office: the territorial revenue office's service. Creates or upgrades the database schema,
// then serves the HTTP API (officeapi.h) with cpp-httplib on a pool of worker threads, each with
// its own database connection. Plain HTTP only on loopback addresses; TLS with --tls-cert/--tls-key.
#include "officeapi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QThread>

#include <httplib.h>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace dsn::office;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::OfficeMain)
};

constexpr size_t kMaxPayload = 1024 * 1024;
constexpr time_t kReadTimeoutSeconds = 15;
constexpr time_t kWriteTimeoutSeconds = 15;
constexpr time_t kKeepAliveSeconds = 5;
constexpr size_t kKeepAliveMaxRequests = 100;

httplib::Server *g_server = nullptr;

void stopOnSignal(int)
{
    if (g_server)
        g_server->stop();
}

thread_local QElapsedTimer t_requestTimer;

void fail(const QString &message)
{
    std::fprintf(stderr, "dsn-office: %s\n", qPrintable(message));
}

bool isLoopback(const QString &host)
{
    if (host == u"localhost"_s)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString statusText(int status)
{
    switch (status) {
    case 400:
        return u"malformed request"_s;
    case 404:
        return u"no such resource"_s;
    case 413:
        return u"the body is larger than 1 MiB"_s;
    default:
        return u"HTTP status %1"_s.arg(status);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"dsn-office"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DSN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("The territorial revenue office's DSN service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, Text::tr("postgresql://USER@HOST:PORT/NAME or sqlite:PATH."), u"URL"_s);
    const QCommandLineOption listenOption(u"listen"_s,
        Text::tr("HOST:PORT to listen on (port 0: any free port)."), u"HOST:PORT"_s, u"127.0.0.1:8470"_s);
    const QCommandLineOption certOption(u"tls-cert"_s, Text::tr("TLS certificate chain (PEM)."), u"FILE"_s);
    const QCommandLineOption keyOption(u"tls-key"_s, Text::tr("TLS private key (PEM)."), u"FILE"_s);
    const QCommandLineOption threadsOption(
        u"threads"_s, Text::tr("Worker threads (default 8)."), u"N"_s, u"8"_s);
    parser.addOptions({ dbOption, listenOption, certOption, keyOption, threadsOption });
    parser.process(app);

    if (!parser.isSet(dbOption)) {
        fail(Text::tr("--db is required"));
        return 2;
    }
    QString locationError;
    const std::optional<OfficeLocation> location
        = OfficeLocation::parse(parser.value(dbOption), &locationError);
    if (!location) {
        fail(u"--db: "_s + locationError);
        return 2;
    }
    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!portOk || port < 0 || port > 65535 || host.isEmpty()) {
        fail(Text::tr("--listen: expected HOST:PORT"));
        return 2;
    }
    const bool tls = parser.isSet(certOption) || parser.isSet(keyOption);
    if (tls && !(parser.isSet(certOption) && parser.isSet(keyOption))) {
        fail(Text::tr("--tls-cert and --tls-key go together"));
        return 2;
    }
    if (!tls && !isLoopback(host)) {
        fail(Text::tr(
            "refusing plain HTTP on %1: give --tls-cert and --tls-key, or listen on a loopback address")
                 .arg(host));
        return 2;
    }
    const int threads = qBound(2, parser.value(threadsOption).toInt(), 64);

    // Create or upgrade the schema before serving anything.
    {
        dsn::Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(*location, true);
        if (!db) {
            fail(db.error().message + u" ("_s + db.error().detail + u')');
            return 1;
        }
    }

    std::unique_ptr<httplib::Server> server;
    if (tls) {
        auto ssl = std::make_unique<httplib::SSLServer>(parser.value(certOption).toLocal8Bit().constData(),
            parser.value(keyOption).toLocal8Bit().constData());
        if (!ssl->is_valid()) {
            fail(Text::tr("cannot load the TLS certificate or key"));
            return 1;
        }
        server = std::move(ssl);
    } else {
        server = std::make_unique<httplib::Server>();
    }

    OfficeApi api(*location);
    server->new_task_queue = [threads] {
        return new httplib::ThreadPool(size_t(threads));
    };
    server->set_payload_max_length(kMaxPayload);
    server->set_read_timeout(kReadTimeoutSeconds, 0);
    server->set_write_timeout(kWriteTimeoutSeconds, 0);
    server->set_keep_alive_timeout(kKeepAliveSeconds);
    server->set_keep_alive_max_count(kKeepAliveMaxRequests);
    server->set_pre_routing_handler([](const httplib::Request &, httplib::Response &) {
        t_requestTimer.start();
        return httplib::Server::HandlerResponse::Unhandled;
    });
    const auto serve = [&api](const httplib::Request &req, httplib::Response &res) {
        ApiRequest request;
        request.method = QString::fromStdString(req.method);
        request.path = QString::fromStdString(req.path);
        for (const auto &[key, value] : req.params)
            request.query.insert(QString::fromStdString(key), QString::fromStdString(value));
        request.authorization = QString::fromStdString(req.get_header_value("Authorization"));
        request.body = QByteArray::fromStdString(req.body);
        const ApiResponse response = api.handle(request);
        res.status = response.status;
        res.set_content(response.body.toStdString(), response.contentType.toStdString());
    };
    server->Get(".*", serve);
    server->Post(".*", serve);
    server->Put(".*", serve);
    server->Delete(".*", serve);
    server->Patch(".*", serve);
    // Errors produced by the server itself (413, a malformed request, an unknown method) as JSON.
    server->set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request &, httplib::Response &res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            QString code = u"bad_request"_s;
            if (res.status == 413)
                code = u"payload_too_large"_s;
            else if (res.status == 404)
                code = u"not_found"_s;
            else if (res.status >= 500)
                code = u"internal"_s;
            const ApiResponse r = OfficeApi::error(res.status, code, statusText(res.status));
            res.set_content(r.body.toStdString(), "application/json");
            return httplib::Server::HandlerResponse::Handled;
        }));
    // One line per request; never bodies, query values or headers.
    server->set_logger([](const httplib::Request &req, const httplib::Response &res) {
        const qint64 ms = t_requestTimer.isValid() ? t_requestTimer.elapsed() : 0;
        t_requestTimer.invalidate();
        std::fprintf(stderr, "%s %s %s %d %lldms\n",
            qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), req.method.c_str(),
            req.path.c_str(), res.status, static_cast<long long>(ms));
    });

    int bound = port;
    if (port == 0) {
        bound = server->bind_to_any_port(host.toStdString());
        if (bound < 0)
            bound = 0;
    } else if (!server->bind_to_port(host.toStdString(), port)) {
        bound = 0;
    }
    if (bound == 0) {
        fail(Text::tr("cannot listen on %1").arg(listen));
        return 1;
    }
    g_server = server.get();
    std::signal(SIGTERM, stopOnSignal);
    std::signal(SIGINT, stopOnSignal);
    std::printf("dsn-office listening on %s://%s:%d (%s, schema %d)\n", tls ? "https" : "http",
        qPrintable(host), bound, qPrintable(location->display()), officeSchemaVersion());
    std::fflush(stdout);
    const bool ok = server->listen_after_bind();
    g_server = nullptr;
    return ok ? 0 : 1;
}
