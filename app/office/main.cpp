// dsn-office: the territorial revenue office's service. Reads its options (officeoptions.h),
// creates or upgrades the database schema, then serves the HTTP API (officeapi.h) with
// libmicrohttpd (httpserver.h) on a few threads, each with its own database connection, until
// SIGTERM or SIGINT. Plain HTTP only on loopback addresses; TLS with --tls-cert/--tls-key. The
// certificate signing keys (--keys-dir) are checked before serving: a folder that cannot be used
// stops the service at once.
#include "officecore/httpserver.h"
#include "officecore/officeapi.h"
#include "officecore/signingkeys.h"
#include "officeoptions.h"

#include <QCoreApplication>
#include <QFile>

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

// The server's options from the command line's. Every connection takes two file descriptors (its
// socket and the head deadline's copy): as many as the hard limit allows, and connections bounded
// below it. Reads the TLS files, or says that they cannot be read.
dsn::Result<HttpServerOptions> serverOptions(const OfficeOptions &options)
{
    HttpServerOptions server;
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    server.host = options.host;
    server.port = options.port;
    server.threads = options.threads;
    server.maxConnections = options.maxConnections;
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY)
        server.maxConnections
            = int(qMin<rlim_t>(rlim_t(server.maxConnections), (qMax<rlim_t>(files.rlim_cur, 256) - 64) / 2));
    server.headTimeoutSeconds = options.headTimeoutSeconds;
    server.maxConnectionsPerAddress = qBound(1, options.maxConnectionsPerAddress, server.maxConnections);
    if (options.tls) {
        QFile cert(options.tlsCertificateFile);
        QFile key(options.tlsKeyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return dsn::makeError(dsn::ErrorCode::Io, Text::tr("cannot read the TLS certificate or key"));
        server.tlsCertificate = cert.readAll();
        server.tlsKey = key.readAll();
    }
    return server;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"dsn-office"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DSN_VERSION));
    const dsn::Result<OfficeOptions> options = parseOfficeOptions(app.arguments());
    if (!options) {
        fail(options.error().message);
        return 2;
    }

    // Create or upgrade the schema before serving anything.
    {
        dsn::Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(options->location, true);
        if (!db) {
            fail(db.error().message + u" ("_s + db.error().detail + u')');
            return 1;
        }
    }
    // The key that signs certificates, made when the folder has none yet.
    const dsn::Result<QString> kid = SigningKeys(options->signingKeysDirectory).checkCurrentKey();
    if (!kid) {
        fail(Text::tr("the signing keys folder %1 cannot be used: %2")
                 .arg(options->signingKeysDirectory, kid.error().message)
            + u" ("_s + kid.error().detail + u')');
        return 1;
    }
    const dsn::Result<HttpServerOptions> serverOptionsValue = serverOptions(*options);
    if (!serverOptionsValue) {
        fail(serverOptionsValue.error().message);
        return 1;
    }

    // SIGTERM and SIGINT are taken by sigwait() below, in no other thread: blocked before the
    // server's threads start, which inherit the mask.
    std::signal(SIGPIPE, SIG_IGN);
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    OfficeApi api(options->location,
        OfficeApiOptions { options->signingKeysDirectory, options->verifyRequestsPerMinute });
    HttpServer server(api, *serverOptionsValue);
    if (const dsn::Result<void> started = server.start(); !started) {
        fail(started.error().message);
        return 1;
    }
    const QString &host = options->host;
    std::printf("dsn-office listening on %s://%s:%d (%s, schema %d, signing key %s)\n",
        options->tls ? "https" : "http", qPrintable(host.contains(u':') ? u'[' + host + u']' : host),
        server.port(), qPrintable(options->location.display()), officeSchemaVersion(), qPrintable(*kid));
    std::fflush(stdout);
    int received = 0;
    sigwait(&stopSignals, &received);
    server.stop();
    return 0;
}
