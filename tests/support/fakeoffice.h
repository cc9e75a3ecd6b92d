#pragma once

// A fake office service for sync tests: a small HTTP/1.1 responder on 127.0.0.1 that speaks the
// two calls of API v1 the workstation makes (POST /api/v1/applications, GET /api/v1/updates),
// stores pushed items by uid and content hash like the real office (same again: duplicate;
// different content: conflict), and misbehaves on request: a server error, a response lost
// after the items were stored, no answer at all, a refused token, a refused request.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

class FakeOffice : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Normal,
        ServerError,  // 500, nothing stored
        LoseResponse, // stored, then the connection is dropped without an answer
        Hang,         // read the request, never answer
        Unauthorized, // 401
        BadRequest,   // 400, nothing stored
        OmitResults,  // 200 with an empty result list, nothing stored
    };

    explicit FakeOffice(QObject *parent = nullptr);
    // On 127.0.0.1; port 0: any free port. listen(port()) after close() restarts the office on
    // its old address.
    bool listen(quint16 port = 0);
    // The office goes down: no longer listening, open connections dropped. What it stored stays.
    void close();
    quint16 port() const { return m_port; }
    QString url() const;

    QString token = QStringLiteral("counter-token");
    QList<Mode> pushScript;         // one mode per POST, consumed in order; then Normal
    bool loseResponses = false;     // every POST: LoseResponse, whatever the script says
    bool ignoreAfter = false;       // send every event whatever "after" says
    QHash<QString, QString> stored; // case uid -> content hash
    QStringList receivedUids;       // every uid pushed, in order, repeats included
    QList<QJsonObject> pushedItems;
    QStringList answers;               // every result word given, lost ones included
    QStringList refuseBatchWith;       // case uids that make a whole batch a bad request (400)
    QHash<QString, QString> answerFor; // case uid -> a result word given instead, nothing stored
    QList<QJsonObject> events;         // the updates, each with its seq
    QList<qint64> pullAfters;          // the "after" of every GET /updates
    int requests = 0;
    int pushRequests = 0;

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
        const QHash<QByteArray, QByteArray> &headers, const QByteArray &body);
    void respond(QTcpSocket *socket, int status, const QJsonObject &body);

    QTcpServer m_server;
    quint16 m_port = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
