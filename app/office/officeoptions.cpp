#include "officeoptions.h"

#include "base/loopback.h"
#include "officecore/signingkeys.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::OfficeMain)
};

Error usage(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

} // namespace

Result<OfficeOptions> parseOfficeOptions(const QStringList &arguments)
{
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
    const QCommandLineOption keysOption(u"keys-dir"_s,
        Text::tr("The folder of the keys that sign DSN certificates (default %1).")
            .arg(defaultSigningKeysDirectory()),
        u"DIR"_s, defaultSigningKeysDirectory());
    const QCommandLineOption verifyRateOption(u"verify-rate"_s,
        Text::tr("Certificate checks (GET verify) per minute from one address (default 30)."), u"N"_s,
        u"30"_s);
    parser.addOptions({ dbOption, listenOption, certOption, keyOption, threadsOption, maxConnectionsOption,
        perAddressOption, headTimeoutOption, keysOption, verifyRateOption });
    parser.process(arguments);

    OfficeOptions options;
    if (!parser.isSet(dbOption))
        return usage(Text::tr("--db is required"));
    const Result<OfficeLocation> location = OfficeLocation::parse(parser.value(dbOption));
    if (!location)
        return usage(u"--db: "_s + location.error().message);
    options.location = *location;

    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    options.port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    options.host = colon > 0 ? listen.left(colon) : QString();
    if (options.host.startsWith(u'[') && options.host.endsWith(u']'))
        options.host = options.host.mid(1, options.host.size() - 2);
    if (!portOk || options.port < 0 || options.port > 65535 || options.host.isEmpty())
        return usage(Text::tr("--listen: expected HOST:PORT"));

    options.tls = parser.isSet(certOption) || parser.isSet(keyOption);
    if (options.tls && !(parser.isSet(certOption) && parser.isSet(keyOption)))
        return usage(Text::tr("--tls-cert and --tls-key go together"));
    if (!options.tls && !isLoopbackHost(options.host))
        return usage(Text::tr(
            "refusing plain HTTP on %1: give --tls-cert and --tls-key, or listen on a loopback address")
                         .arg(options.host));
    options.tlsCertificateFile = parser.value(certOption);
    options.tlsKeyFile = parser.value(keyOption);

    options.threads = qBound(2, parser.value(threadsOption).toInt(), 64);
    options.maxConnections = qBound(16, parser.value(maxConnectionsOption).toInt(), 100000);
    options.maxConnectionsPerAddress = qMax(1, parser.value(perAddressOption).toInt());
    options.headTimeoutSeconds = qBound(1, parser.value(headTimeoutOption).toInt(), 3600);
    options.signingKeysDirectory = parser.value(keysOption);
    if (options.signingKeysDirectory.isEmpty())
        return usage(Text::tr("--keys-dir: expected a folder"));
    bool rateOk = false;
    options.verifyRequestsPerMinute = parser.value(verifyRateOption).toInt(&rateOk);
    if (!rateOk || options.verifyRequestsPerMinute < 1 || options.verifyRequestsPerMinute > 100000)
        return usage(Text::tr("--verify-rate: expected a number of 1 to 100000"));
    return options;
}

} // namespace dsn::office
