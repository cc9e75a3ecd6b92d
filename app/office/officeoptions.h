#pragma once

#include "base/result.h"
#include "officecore/officedatabase.h"

#include <QString>
#include <QStringList>

// dsn-office's command line: what it serves, where and how, read and checked before anything is
// opened. Serving it is main.cpp's part.
namespace dsn::office {

struct OfficeOptions
{
    OfficeLocation location; // --db
    QString host;            // --listen HOST:PORT, brackets of an IPv6 address removed
    int port = 8470;
    bool tls = false; // --tls-cert and --tls-key, given together
    QString tlsCertificateFile;
    QString tlsKeyFile;
    int threads = 8;                   // 2 to 64
    int maxConnections = 1000;         // 16 to 100000, before the file descriptor limit bounds it
    int maxConnectionsPerAddress = 64; // at least 1, at most maxConnections once that is bounded
    int headTimeoutSeconds = 10;       // 1 to 3600
    QString signingKeysDirectory;      // --keys-dir, default defaultSigningKeysDirectory()
    int verifyRequestsPerMinute = 30;  // --verify-rate: GET verify/... per minute from one address
};

// Parses the arguments (the program's name first). --help and --version print and exit, as does
// an unknown option, as QCommandLineParser::process does. Otherwise the options, or an
// InvalidInput error whose message names the option and what is wrong with it (exit code 2):
// --db missing or not a database URL, --listen not HOST:PORT, only one of --tls-cert and
// --tls-key, plain HTTP on an address other than a loopback one, an empty --keys-dir, or a
// --verify-rate that is not 1 to 100000.
Result<OfficeOptions> parseOfficeOptions(const QStringList &arguments);

} // namespace dsn::office
