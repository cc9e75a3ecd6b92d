#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct MHD_Daemon;

// dsn-office's HTTP server on libmicrohttpd: a few threads serve every socket (epoll), with
// connections bounded in total and per client address, an idle deadline and one for the whole
// request head, and a bounded
// memory pool per connection (which also bounds the request head). Each request's head is
// judged before any byte of its body is read: too many header lines, Transfer-Encoding,
// Content-Encoding, a missing or too large Content-Length, or a missing or unknown token are
// refused at once (and a client waiting with "Expect: 100-continue" gets the refusal, not
// "100 Continue"). Requests that pass go to OfficeApi on the thread that serves the socket.
namespace dsn::office {

class OfficeApi;
struct HeadWatch;

struct HttpServerOptions
{
    QString host;              // an IP address or a name that resolves to one
    int port = 0;              // 0: any free port
    QByteArray tlsCertificate; // PEM chain; empty with tlsKey: plain HTTP
    QByteArray tlsKey;         // PEM
    int threads = 8;
    int maxConnections = 1000;
    int maxConnectionsPerAddress = 64;
    int idleTimeoutSeconds = 15; // no byte for this long: closed
    int headTimeoutSeconds = 10; // a request head not complete this long after it may begin: closed
};

class HttpServer
{
public:
    static constexpr qsizetype kMaxBody = 1024 * 1024;
    // Above kMaxBody and up to this, a body from an authenticated client is read (and dropped)
    // before its 413, so that the client sees the answer; larger ones are refused at once.
    static constexpr qsizetype kMaxDiscardedBody = 8 * 1024 * 1024;
    static constexpr int kMaxHeaderLines = 64;
    static constexpr size_t kConnectionMemory = 32 * 1024;
    // Mozilla's "intermediate" configuration: TLS 1.3, and TLS 1.2 with forward-secret AEAD
    // cipher suites only (ECDHE or DHE with AES-GCM or ChaCha20-Poly1305).
    static constexpr const char *kTlsPriorities
        = "NONE:+VERS-TLS1.3:+VERS-TLS1.2:+AES-128-GCM:+AES-256-GCM:+CHACHA20-POLY1305:+AEAD:"
          "+ECDHE-ECDSA:+ECDHE-RSA:+DHE-RSA:+SIGN-ALL:-SIGN-RSA-SHA1:-SIGN-ECDSA-SHA1:-SIGN-DSA-SHA1:"
          "+GROUP-X25519:+GROUP-SECP256R1:+GROUP-SECP384R1:+GROUP-FFDHE2048:+GROUP-FFDHE3072:"
          "+COMP-NULL:+CTYPE-X509:%SAFE_RENEGOTIATION";

    HttpServer(OfficeApi &api, HttpServerOptions options);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Binds and serves on the server's own threads; false and *error when it cannot.
    Result<void> start();
    // The port bound by start().
    int port() const;
    bool tls() const { return !m_options.tlsCertificate.isEmpty(); }
    // Closes every connection and stops the threads.
    void stop();

    OfficeApi &api() { return m_api; }
    HeadWatch &headWatch() { return *m_watch; }

private:
    OfficeApi &m_api;
    HttpServerOptions m_options;
    std::unique_ptr<HeadWatch> m_watch;
    MHD_Daemon *m_daemon = nullptr;
};

} // namespace dsn::office
