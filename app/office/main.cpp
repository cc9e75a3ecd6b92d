// dsn-office: the territorial revenue office's service. Creates or upgrades the database schema,
// then serves the HTTP API (officeapi.h) with libmicrohttpd (httpserver.h) on a few threads, each
// with its own database connection. Plain HTTP only on loopback addresses; TLS with
// --tls-cert/--tls-key.
#include "officecore/httpserver.h"
#include "officecore/officeapi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

#include <pthread.h>
#include <sys/resource.h>

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
    const QCommandLineOption maxConnectionsOption(u"max-connections"_s,
        Text::tr("Connections served at once, from all addresses (default 1000)."), u"N"_s, u"1000"_s);
    const QCommandLineOption perAddressOption(u"max-connections-per-address"_s,
        Text::tr("Connections served at once from one address (default 64)."), u"N"_s, u"64"_s);
    const QCommandLineOption headTimeoutOption(u"head-timeout"_s,
        Text::tr("Seconds a client has to send a whole request head (default 10)."), u"SECONDS"_s, u"10"_s);
    parser.addOptions({ dbOption, listenOption, certOption, keyOption, threadsOption, maxConnectionsOption,
        perAddressOption, headTimeoutOption });
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

    // Every connection takes two file descriptors (its socket and the head deadline's copy):
    // as many as the hard limit allows, and connections bounded below it.
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    HttpServerOptions options;
    options.host = host;
    options.port = port;
    options.threads = threads;
    options.maxConnections = qBound(16, parser.value(maxConnectionsOption).toInt(), 100000);
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY)
        options.maxConnections
            = int(qMin<rlim_t>(rlim_t(options.maxConnections), (qMax<rlim_t>(files.rlim_cur, 256) - 64) / 2));
    options.headTimeoutSeconds = qBound(1, parser.value(headTimeoutOption).toInt(), 3600);
    options.maxConnectionsPerAddress
        = qBound(1, parser.value(perAddressOption).toInt(), options.maxConnections);
    if (tls) {
        QFile cert(parser.value(certOption));
        QFile key(parser.value(keyOption));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            fail(Text::tr("cannot read the TLS certificate or key"));
            return 1;
        }
        options.tlsCertificate = cert.readAll();
        options.tlsKey = key.readAll();
    }

    // SIGTERM and SIGINT are taken by sigwait() below, in no other thread: blocked before the
    // server's threads start, which inherit the mask.
    std::signal(SIGPIPE, SIG_IGN);
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    OfficeApi api(*location);
    HttpServer server(api, options);
    QString error;
    if (!server.start(&error)) {
        fail(error);
        return 1;
    }
    std::printf("dsn-office listening on %s://%s:%d (%s, schema %d)\n", tls ? "https" : "http",
        qPrintable(host.contains(u':') ? u'[' + host + u']' : host), server.port(),
        qPrintable(location->display()), officeSchemaVersion());
    std::fflush(stdout);
    int received = 0;
    sigwait(&stopSignals, &received);
    server.stop();
    return 0;
}
