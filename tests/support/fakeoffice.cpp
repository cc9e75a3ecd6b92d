#include "fakeoffice.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

FakeOffice::FakeOffice(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeOffice::onConnection);
}

bool FakeOffice::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void FakeOffice::close()
{
    m_server.close();
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets)
        socket->abort();
    m_buffers.clear();
}

QString FakeOffice::url() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

void FakeOffice::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeOffice::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    const QByteArray body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    handle(socket, requestLine.value(0), requestLine.value(1), headers, body);
}

void FakeOffice::respond(QTcpSocket *socket, int status, const QJsonObject &body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
    reply += "Content-Type: application/json\r\nConnection: close\r\n";
    reply += "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
    socket->write(reply);
    socket->disconnectFromHost();
}

void FakeOffice::handle(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
    const QHash<QByteArray, QByteArray> &headers, const QByteArray &body)
{
    ++requests;
    const QUrl url(QString::fromLatin1(target));
    if (headers.value("authorization") != "Bearer " + token.toUtf8()) {
        respond(socket, 401, { { u"error"_s, u"unauthorized"_s }, { u"reason"_s, u"unknown token"_s } });
        return;
    }
    if (method == "POST" && url.path() == u"/api/v1/applications") {
        ++pushRequests;
        Mode mode = pushScript.isEmpty() ? Mode::Normal : pushScript.takeFirst();
        if (loseResponses)
            mode = Mode::LoseResponse;
        const QJsonArray items = QJsonDocument::fromJson(body).object().value(u"items"_s).toArray();
        for (const QJsonValue &v : items) {
            receivedUids.append(v.toObject().value(u"case_uid"_s).toString());
            pushedItems.append(v.toObject());
        }
        for (const QJsonValue &v : items) {
            if (refuseBatchWith.contains(v.toObject().value(u"case_uid"_s).toString()))
                mode = Mode::BadRequest;
        }
        switch (mode) {
        case Mode::Hang:
            return;
        case Mode::ServerError:
            respond(
                socket, 500, { { u"error"_s, u"internal"_s }, { u"reason"_s, u"database unavailable"_s } });
            return;
        case Mode::Unauthorized:
            respond(socket, 401, { { u"error"_s, u"unauthorized"_s }, { u"reason"_s, u"revoked token"_s } });
            return;
        case Mode::BadRequest:
            respond(socket, 400,
                { { u"error"_s, u"bad_request"_s }, { u"reason"_s, u"items[0]: no products"_s } });
            return;
        case Mode::OmitResults:
            respond(socket, 200, { { u"results"_s, QJsonArray() } });
            return;
        case Mode::Normal:
        case Mode::LoseResponse:
            break;
        }
        QJsonArray results;
        for (const QJsonValue &v : items) {
            const QString uid = v.toObject().value(u"case_uid"_s).toString();
            const QString hash = v.toObject().value(u"content_hash"_s).toString();
            QString result = u"stored"_s;
            QString reason;
            if (answerFor.contains(uid)) {
                result = answerFor.value(uid);
                reason = u"products[0].name: required"_s;
            } else if (stored.contains(uid)) {
                result = stored.value(uid) == hash ? u"duplicate"_s : u"conflict"_s;
                if (result == u"conflict")
                    reason = u"the office holds another content for this case"_s;
            } else {
                stored.insert(uid, hash);
            }
            answers.append(result);
            results.append(QJsonObject { { u"case_uid"_s, uid }, { u"result"_s, result },
                { u"registered_at"_s, u"2025-03-04T11:00:00+05:00"_s },
                { u"due_at"_s, u"2025-03-05T11:00:00+05:00"_s }, { u"reason"_s, reason } });
        }
        if (mode == Mode::LoseResponse) {
            socket->abort();
            return;
        }
        respond(socket, 200, { { u"results"_s, results } });
        return;
    }
    if (method == "GET" && url.path() == u"/api/v1/updates") {
        const QUrlQuery query(url);
        const qint64 after = query.queryItemValue(u"after"_s).toLongLong();
        const int limit = query.queryItemValue(u"limit"_s).toInt();
        pullAfters.append(after);
        QJsonArray page;
        qint64 last = after;
        for (const QJsonObject &e : std::as_const(events)) {
            const qint64 seq = e.value(u"seq"_s).toInteger();
            if ((!ignoreAfter && seq <= after) || (limit > 0 && page.size() >= limit))
                continue;
            page.append(e);
            last = std::max(last, seq);
        }
        respond(socket, 200, { { u"events"_s, page }, { u"last_seq"_s, last } });
        return;
    }
    respond(socket, 404, { { u"error"_s, u"not_found"_s }, { u"reason"_s, u"no such call"_s } });
}
