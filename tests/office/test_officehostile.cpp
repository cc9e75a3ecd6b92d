// dsn-office against hostile clients on loopback, with raw sockets: bodies that are chunked,
// compressed or without a length are refused from the head alone (before a byte of them is
// read, with the server's memory staying flat), header lines are bounded, "Expect:
// 100-continue" gets the refusal instead of "100 Continue", hundreds of slow sockets do not
// keep the health resource from answering, one address cannot take every connection, and TLS
// is Mozilla's "intermediate" profile.
#include "officeserverprocess.h"
#include "officetestsupport.h"

#include "officecore/officestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QtTest>

#include <sys/resource.h>

#include <algorithm>
#include <memory>

using namespace dsn;
using namespace dsn::office;

namespace {

struct RawReply
{
    int status = 0; // 0: no response
    QByteArray head;
    QByteArray body;
};

// A connected socket to the server, from `from` (any loopback address) when given.
std::unique_ptr<QTcpSocket> connectTo(int port, const QHostAddress &from = QHostAddress())
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!from.isNull() && !socket->bind(from))
        return nullptr;
    socket->connectToHost(QHostAddress::LocalHost, quint16(port));
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

// Reads one response (head and Content-Length body) within timeoutMs; status 0 if none came.
RawReply readReply(QTcpSocket &socket, int timeoutMs = 10000)
{
    RawReply reply;
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    qsizetype headEnd = -1;
    qsizetype length = 0;
    while (timer.elapsed() < timeoutMs) {
        data += socket.readAll();
        if (headEnd < 0 && (headEnd = data.indexOf("\r\n\r\n")) >= 0) {
            reply.head = data.left(headEnd);
            const QList<QByteArray> lines = reply.head.split('\n');
            const QList<QByteArray> statusLine = lines.value(0).split(' ');
            reply.status = statusLine.value(1).toInt();
            for (const QByteArray &line : lines)
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
        }
        if (headEnd >= 0 && data.size() - headEnd - 4 >= length) {
            reply.body = data.mid(headEnd + 4, length);
            return reply;
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(100);
    }
    if (headEnd < 0)
        reply.status = 0;
    return reply;
}

QByteArray head(const QByteArray &requestLine, const QList<QByteArray> &headers)
{
    QByteArray text = requestLine + "\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray &h : headers)
        text += h + "\r\n";
    return text + "\r\n";
}

// The server closes the connection (bounded wait), whatever the client still sends.
bool closedByServer(QTcpSocket &socket)
{
    for (int i = 0; i < 100 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(QByteArray(4096, 'x'));
        socket.waitForBytesWritten(100);
        if (socket.state() == QAbstractSocket::ConnectedState)
            socket.waitForDisconnected(100);
        socket.readAll();
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}

qint64 residentKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// A deflate body that inflates to 64 MiB (of zeros), as a gzip bomb would.
QByteArray compressedBomb()
{
    return qCompress(QByteArray(64 * 1024 * 1024, '\0'), 9).mid(4);
}

} // namespace

class TestOfficeHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void bodiesRefusedBeforeTheyAreRead_data();
    void bodiesRefusedBeforeTheyAreRead();
    void memoryStaysFlatUnderHostileBodies();
    void headerLinesBounded();
    void expectContinueOnlyAfterTheChecks();
    void slowSocketsDoNotStarveHealth();
    void oneDeadlineForTheWholeHead();
    void oneAddressCannotTakeEveryConnection();
    void tlsIsMozillaIntermediate();

private:
    bool startServer(const QStringList &extra = {}, const QString &backend = u"sqlite"_s);
    QByteArray tokenHeader() const { return "Authorization: Bearer " + m_counter.toLatin1(); }
    // Health answered (200) over a new connection from `from`.
    bool healthy(const QHostAddress &from = QHostAddress());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OfficeDatabase> m_db;
    std::unique_ptr<OfficeStore> m_store;
    std::unique_ptr<officetest::OfficeServerProcess> m_server;
    QString m_counter;
};

void TestOfficeHostile::initTestCase()
{
    // 500 slow sockets and the server's own: as many descriptors as this process may have.
    rlimit files {};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &files), 0);
    files.rlim_cur = files.rlim_max;
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &files), 0);
    QVERIFY2(files.rlim_cur >= 1200, "the test needs 1200 file descriptors");
}

void TestOfficeHostile::cleanup()
{
    m_server.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

bool TestOfficeHostile::startServer(const QStringList &extra, const QString &backend)
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString url = officetest::newDatabaseUrl(backend, *m_dir);
    if (url.isEmpty())
        return false;
    Result<std::unique_ptr<OfficeDatabase>> db = OfficeDatabase::open(*OfficeLocation::parse(url));
    if (!db)
        return false;
    m_db = std::move(*db);
    m_store = std::make_unique<OfficeStore>(*m_db);
    m_counter = m_store->registerWorkstation(u"AST01"_s, Role::Operator, u"SC-AKM-01"_s).value();
    m_server = std::make_unique<officetest::OfficeServerProcess>();
    QString error;
    if (!m_server->start(url, m_dir->filePath(u"server.log"_s), &error, extra)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

bool TestOfficeHostile::healthy(const QHostAddress &from)
{
    std::unique_ptr<QTcpSocket> socket = connectTo(m_server->port(), from);
    if (!socket)
        return false;
    socket->write(head("GET /api/v1/health HTTP/1.1", { "Connection: close" }));
    return readReply(*socket).status == 200;
}

void TestOfficeHostile::bodiesRefusedBeforeTheyAreRead_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<bool>("token");
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::addColumn<int>("status");
    const QByteArray push = "POST /api/v1/applications HTTP/1.1";
    for (const QString &b : officetest::backends()) {
        const auto row = [&b, &push](const char *what) -> QTestData & {
            return QTest::newRow(qPrintable(QString(b + u": "_s + QLatin1StringView(what)))) << b << push;
        };
        row("chunked, no token") << false << QList<QByteArray> { "Transfer-Encoding: chunked" } << 411;
        row("chunked, token") << true << QList<QByteArray> { "Transfer-Encoding: chunked" } << 411;
        row("no length, no token") << false << QList<QByteArray> {} << 411;
        row("no length, token") << true << QList<QByteArray> {} << 411;
        row("gzip, no token") << false
                              << QList<QByteArray> { "Content-Encoding: gzip", "Content-Length: 65000" }
                              << 415;
        row("deflate, token") << true
                              << QList<QByteArray> { "Content-Encoding: deflate", "Content-Length: 65000" }
                              << 415;
        row("length, no token") << false << QList<QByteArray> { "Content-Length: 900000" } << 401;
        row("huge length, no token") << false << QList<QByteArray> { "Content-Length: 1000000000" } << 413;
        row("huge length, token") << true << QList<QByteArray> { "Content-Length: 9000000" } << 413;
        row("over 1 MiB, no token") << false << QList<QByteArray> { "Content-Length: 1048577" } << 401;
        QTest::newRow(qPrintable(b + u": health with a body"_s))
            << b << "GET /api/v1/health HTTP/1.1"_ba << false
            << QList<QByteArray> { "Content-Length: 100000" } << 400;
        QTest::newRow(qPrintable(b + u": health posted to, no token"_s))
            << b << "POST /api/v1/health HTTP/1.1"_ba << false
            << QList<QByteArray> { "Content-Length: 100000" } << 401;
        row("two lengths") << true << QList<QByteArray> { "Content-Length: 10", "Content-Length: 20" } << 400;
    }
}

void TestOfficeHostile::bodiesRefusedBeforeTheyAreRead()
{
    QFETCH(QString, backend);
    QFETCH(QByteArray, requestLine);
    QFETCH(bool, token);
    QFETCH(QList<QByteArray>, headers);
    QFETCH(int, status);
    QVERIFY(startServer({}, backend));
    if (token)
        headers.append(tokenHeader());
    headers.append("Content-Type: application/json");
    std::unique_ptr<QTcpSocket> socket = connectTo(m_server->port());
    QVERIFY(socket);
    // Only the head: a server that waited for the body would not answer.
    socket->write(head(requestLine, headers));
    const RawReply reply = readReply(*socket);
    QVERIFY2(reply.status == status, reply.head.constData());
    QVERIFY2(QJsonDocument::fromJson(reply.body).object().contains(u"error"_s), reply.body.constData());
    QVERIFY(reply.head.toLower().contains("connection: close"));
    // What the client sends after the head is not read as a request: the server hangs up.
    QVERIFY(closedByServer(*socket));
    QCOMPARE(m_store->rowCount(u"cases"_s).value(), 0);
    QVERIFY(healthy());
}

void TestOfficeHostile::memoryStaysFlatUnderHostileBodies()
{
    QVERIFY(startServer());
    QVERIFY(healthy());
    const qint64 before = residentKiB(m_server->pid());
    QVERIFY(before > 0);
    const QByteArray bomb = compressedBomb();
    const QList<QList<QByteArray>> kinds = {
        { "Transfer-Encoding: chunked" },
        {},
        { "Content-Encoding: gzip", "Content-Length: " + QByteArray::number(bomb.size()) },
        { "Content-Length: 2000000000" },
    };
    // 20 clients at once, each sending its head and then as much body as the server takes.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 20; ++i) {
        sockets.push_back(connectTo(m_server->port()));
        QVERIFY(sockets.back());
        sockets.back()->write(head("POST /api/v1/applications HTTP/1.1", kinds.at(i % kinds.size())));
    }
    const QByteArray chunk = "100000\r\n" + QByteArray(0x100000, 'x') + "\r\n";
    for (size_t i = 0; i < sockets.size(); ++i) {
        QTcpSocket &s = *sockets[i];
        const int kind = int(i % kinds.size());
        s.write(kind == 2 ? bomb : chunk);
        s.waitForBytesWritten(200);
    }
    for (size_t i = 0; i < sockets.size(); ++i) {
        const RawReply reply = readReply(*sockets[i]);
        QVERIFY2(reply.status >= 400 && reply.status < 500, qPrintable(QString::number(reply.status)));
    }
    for (std::unique_ptr<QTcpSocket> &s : sockets)
        QVERIFY(closedByServer(*s));
    const qint64 after = residentKiB(m_server->pid());
    QVERIFY2(after - before < 50 * 1024, qPrintable(u"%1 KiB -> %2 KiB"_s.arg(before).arg(after)));
    QVERIFY(healthy());
}

void TestOfficeHostile::headerLinesBounded()
{
    QVERIFY(startServer());
    // More header lines than allowed, each short: refused with 431 before any handler runs.
    QList<QByteArray> many { tokenHeader() };
    for (int i = 0; i < 100; ++i)
        many.append("X-Filler-" + QByteArray::number(i) + ": 1");
    std::unique_ptr<QTcpSocket> socket = connectTo(m_server->port());
    QVERIFY(socket);
    socket->write(head("GET /api/v1/updates?after=0 HTTP/1.1", many));
    RawReply reply = readReply(*socket);
    QCOMPARE(reply.status, 431);
    QCOMPARE(
        QJsonDocument::fromJson(reply.body).object().value(u"error"_s).toString(), u"headers_too_large"_s);

    // One header line larger than the connection's memory: refused, not buffered.
    socket = connectTo(m_server->port());
    QVERIFY(socket);
    socket->write(head("GET /api/v1/health HTTP/1.1", { "X-Large: " + QByteArray(64 * 1024, 'a') }));
    reply = readReply(*socket);
    QVERIFY2(reply.status == 431 || reply.status == 413 || reply.status == 400, reply.head.constData());

    // 100,000 header lines sent without pause: the server refuses or hangs up long before.
    socket = connectTo(m_server->port());
    QVERIFY(socket);
    socket->write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    QByteArray lines;
    for (int i = 0; i < 1000; ++i)
        lines += "X-Flood: " + QByteArray::number(i) + "\r\n";
    int sent = 0;
    for (; sent < 100 && socket->state() == QAbstractSocket::ConnectedState && !socket->bytesAvailable();
         ++sent) {
        socket->write(lines);
        socket->waitForBytesWritten(200);
        socket->waitForReadyRead(10);
    }
    QVERIFY2(sent < 100, "the server read 100,000 header lines");
    reply = readReply(*socket, 5000);
    QVERIFY2(reply.status == 0 || reply.status == 431 || reply.status == 413 || reply.status == 400,
        reply.head.constData());
    QVERIFY(healthy());
}

void TestOfficeHostile::expectContinueOnlyAfterTheChecks()
{
    QVERIFY(startServer());
    const QByteArray body = R"({"items":[]})";
    const QList<QByteArray> common { "Expect: 100-continue", "Content-Type: application/json",
        "Content-Length: " + QByteArray::number(body.size()) };
    // Without a token: the refusal comes instead of "100 Continue".
    std::unique_ptr<QTcpSocket> socket = connectTo(m_server->port());
    QVERIFY(socket);
    socket->write(head("POST /api/v1/applications HTTP/1.1", common));
    RawReply reply = readReply(*socket);
    QCOMPARE(reply.status, 401);
    // Too large, with a token: the same.
    socket = connectTo(m_server->port());
    QVERIFY(socket);
    socket->write(head("POST /api/v1/applications HTTP/1.1",
        { "Expect: 100-continue", tokenHeader(), "Content-Length: 5000000" }));
    reply = readReply(*socket);
    QCOMPARE(reply.status, 413);
    // With a token and a good length: "100 Continue", then the answer to the body.
    socket = connectTo(m_server->port());
    QVERIFY(socket);
    socket->write(head("POST /api/v1/applications HTTP/1.1", common + QList<QByteArray> { tokenHeader() }));
    reply = readReply(*socket);
    QCOMPARE(reply.status, 100);
    socket->write(body);
    reply = readReply(*socket);
    QCOMPARE(reply.status, 200);
    QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(u"results"_s).toArray().size(), 0);
}

void TestOfficeHostile::slowSocketsDoNotStarveHealth()
{
    // All from 127.0.0.1 (the limit per address raised): the few server threads serve them all.
    QVERIFY(startServer({ u"--threads"_s, u"4"_s, u"--max-connections-per-address"_s, u"1000"_s,
        u"--head-timeout"_s, u"120"_s }));
    constexpr int kSlow = 500;
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < kSlow; ++i) {
        slow.push_back(connectTo(m_server->port()));
        QVERIFY2(slow.back(), qPrintable(QString::number(i)));
        // A third send nothing, the others the start of a request head.
        if (i % 3 != 0)
            slow.back()->write(
                i % 3 == 1 ? "GET /api/v1/hea"_ba : "POST /api/v1/applications HTTP/1.1\r\nX-A"_ba);
        slow.back()->flush();
    }
    QList<qint64> latencies;
    for (int i = 0; i < 100; ++i) {
        // A header byte now and then on some of the slow sockets.
        for (int k = i % 10; k < kSlow; k += 10) {
            if (k % 3 == 2) {
                slow[size_t(k)]->write("a");
                slow[size_t(k)]->flush();
            }
        }
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QTcpSocket> socket = connectTo(m_server->port());
        QVERIFY2(socket, qPrintable(QString::number(i)));
        socket->write(head("GET /api/v1/health HTTP/1.1", { "Connection: close" }));
        const RawReply reply = readReply(*socket, 5000);
        QVERIFY2(reply.status == 200, qPrintable(u"request %1: status %2"_s.arg(i).arg(reply.status)));
        latencies.append(timer.elapsed());
    }
    std::sort(latencies.begin(), latencies.end());
    const qint64 p99 = latencies.at(98);
    QVERIFY2(p99 < 1000, qPrintable(u"99th percentile %1 ms"_s.arg(p99)));
    // The slow sockets are still connected (nothing closed them but their idle time).
    int open = 0;
    for (const std::unique_ptr<QTcpSocket> &s : slow)
        open += s->state() == QAbstractSocket::ConnectedState;
    QVERIFY2(open > kSlow / 2, qPrintable(QString::number(open)));
}

void TestOfficeHostile::oneDeadlineForTheWholeHead()
{
    QVERIFY(startServer({ u"--head-timeout"_s, u"2"_s }));
    std::unique_ptr<QTcpSocket> trickle = connectTo(m_server->port());
    QVERIFY(trickle);
    trickle->write("GET /api/v1/health HTTP/1.1\r\nX-Slow: ");
    // A byte every 200 ms keeps the idle timeout (15 s) from ever firing; the head deadline
    // closes the socket all the same.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100 && trickle->state() == QAbstractSocket::ConnectedState; ++i) {
        trickle->write("a");
        trickle->waitForBytesWritten(100);
        if (trickle->state() == QAbstractSocket::ConnectedState)
            trickle->waitForDisconnected(200);
    }
    const qint64 closedAfter = timer.elapsed();
    QVERIFY2(trickle->state() != QAbstractSocket::ConnectedState, "the slow head was not cut off");
    QVERIFY2(closedAfter >= 1500 && closedAfter < 8000, qPrintable(QString::number(closedAfter)));
    // A keep-alive connection serves requests that each come in time.
    std::unique_ptr<QTcpSocket> keepAlive = connectTo(m_server->port());
    QVERIFY(keepAlive);
    for (int i = 0; i < 3; ++i) {
        keepAlive->write(head("GET /api/v1/health HTTP/1.1", {}));
        QCOMPARE(readReply(*keepAlive).status, 200);
    }
}

void TestOfficeHostile::oneAddressCannotTakeEveryConnection()
{
    QVERIFY(startServer({ u"--max-connections-per-address"_s, u"8"_s }));
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 8; ++i) {
        idle.push_back(connectTo(m_server->port()));
        QVERIFY(idle.back());
    }
    QVERIFY(idle.back()->write("GET /api/v1/he") > 0);
    // The ninth from the same address is closed at once (its request is not answered) ...
    std::unique_ptr<QTcpSocket> ninth = connectTo(m_server->port());
    if (ninth) {
        ninth->write(head("GET /api/v1/health HTTP/1.1", {}));
        QCOMPARE(readReply(*ninth, 3000).status, 0);
        QVERIFY(ninth->state() != QAbstractSocket::ConnectedState || ninth->waitForDisconnected(3000));
    }
    // ... while another address is served.
    QVERIFY(healthy(QHostAddress(u"127.0.0.2"_s)));
    // Once one of the eight closes, the address is served again.
    idle.front()->abort();
    idle.erase(idle.begin());
    // (Polled: the server counts the closed connection off when it sees the close; each try
    // is a connection of its own, so QTRY_VERIFY, which tries once more after success, would not do.)
    bool served = false;
    for (int i = 0; i < 100 && !served; ++i) {
        served = healthy();
        if (!served)
            QTest::qWait(50);
    }
    QVERIFY(served);
}

void TestOfficeHostile::tlsIsMozillaIntermediate()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QProcess openssl;
    openssl.start(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
            u"/CN=127.0.0.1"_s, u"-keyout"_s, m_dir->filePath(u"key.pem"_s), u"-out"_s,
            m_dir->filePath(u"cert.pem"_s) });
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    const QString cert = m_dir->filePath(u"cert.pem"_s);
    const QString key = m_dir->filePath(u"key.pem"_s);
    const QString dbUrl = officetest::newDatabaseUrl(u"sqlite"_s, *m_dir);
    m_server = std::make_unique<officetest::OfficeServerProcess>();
    QString error;
    QVERIFY2(m_server->start(dbUrl, m_dir->filePath(u"server.log"_s), &error,
                 { u"--tls-cert"_s, cert, u"--tls-key"_s, key }),
        qPrintable(error));

    struct Handshake
    {
        const char *what;
        QStringList options;
        bool succeeds;
        const char *protocol; // as s_client reports it, when it succeeds
    };
    // SECLEVEL=0 lets the client offer what the server must refuse.
    const QList<Handshake> handshakes = {
        { "TLS 1.1", { u"-tls1_1"_s, u"-cipher"_s, u"DEFAULT@SECLEVEL=0"_s }, false, nullptr },
        { "TLS 1.2 CBC",
            { u"-tls1_2"_s, u"-cipher"_s, u"ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA@SECLEVEL=0"_s },
            false, nullptr },
        { "TLS 1.2 RSA key exchange", { u"-tls1_2"_s, u"-cipher"_s, u"AES128-GCM-SHA256"_s }, false,
            nullptr },
        { "TLS 1.2 ECDHE AES-GCM", { u"-tls1_2"_s, u"-cipher"_s, u"ECDHE-RSA-AES128-GCM-SHA256"_s }, true,
            "TLSv1.2" },
        { "TLS 1.2 ECDHE ChaCha20", { u"-tls1_2"_s, u"-cipher"_s, u"ECDHE-RSA-CHACHA20-POLY1305"_s }, true,
            "TLSv1.2" },
        { "TLS 1.3", { u"-tls1_3"_s }, true, "TLSv1.3" },
    };
    for (const Handshake &h : handshakes) {
        QProcess client;
        client.setProcessChannelMode(QProcess::MergedChannels);
        client.start(u"openssl"_s,
            QStringList { u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(m_server->port()), u"-brief"_s }
                + h.options);
        QVERIFY(client.waitForStarted(10000));
        client.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QVERIFY(client.waitForFinished(30000));
        const QString output = QString::fromUtf8(client.readAll());
        if (h.succeeds) {
            QVERIFY2(
                output.contains(u"Protocol version: "_s + QLatin1StringView(h.protocol)), qPrintable(output));
            QVERIFY2(output.contains(u"HTTP/1.1 200"_s), qPrintable(output));
        } else {
            // Refused by the server (an alert or a hang-up after the client's hello), not by a
            // client that could not offer the protocol or cipher at all.
            QVERIFY2(client.exitCode() != 0 && !output.contains(u"Protocol version"_s)
                    && !output.contains(u"no protocols available"_s) && !output.contains(u"no cipher match"_s)
                    && (output.contains(u"alert"_s) || output.contains(u"unexpected eof"_s)),
                qPrintable(QLatin1StringView(h.what) + u": "_s + output));
        }
    }
}

QTEST_GUILESS_MAIN(TestOfficeHostile)
#include "test_officehostile.moc"
