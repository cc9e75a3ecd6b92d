#pragma once

// Runs the built dsn-office on a loopback port for a test and talks HTTP to it. Header-only: the
// program is the test's own DSN_OFFICE_PATH, defined (with the build dependency) by
// `dsn_add_test(... RUNS dsn-office)`.
#ifndef DSN_OFFICE_PATH
#error "officeserverprocess.h: declare RUNS dsn-office in the test's dsn_add_test()"
#endif

#include <QByteArray>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace officetest {

class OfficeServerProcess
{
public:
    ~OfficeServerProcess() { stop(); }

    // Starts dsn-office on 127.0.0.1 at a port it picks; waits (bounded) for its "listening" line.
    // Its signing keys are in the folder signing-keys beside the log file unless extra names
    // another --keys-dir.
    bool start(const QString &dbUrl, const QString &logFile, QString *error, const QStringList &extra = {})
    {
        return launch(dbUrl, logFile, error, extra) && waitListening(error);
    }
    // The two halves of start(), for starting several servers at once.
    bool launch(const QString &dbUrl, const QString &logFile, QString *error, const QStringList &extra = {})
    {
        m_process.setProgram(QStringLiteral(DSN_OFFICE_PATH));
        QStringList arguments { u"--db"_s, dbUrl, u"--listen"_s, u"127.0.0.1:0"_s };
        if (!extra.contains(u"--keys-dir"_s))
            arguments << u"--keys-dir"_s << QFileInfo(logFile).absolutePath() + u"/signing-keys"_s;
        m_process.setArguments(arguments + extra);
        m_logFile = logFile;
        m_process.setStandardErrorFile(logFile, QIODevice::Append);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        return true;
    }
    bool waitListening(QString *error)
    {
        QByteArray out;
        static const QRegularExpression listening(u"listening on (https?)://127\\.0\\.0\\.1:(\\d+)"_s);
        for (int i = 0; i < 300 && m_process.state() == QProcess::Running; ++i) {
            m_process.waitForReadyRead(100);
            out += m_process.readAllStandardOutput();
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                m_scheme = m.captured(1);
                m_port = m.captured(2).toInt();
                return true;
            }
        }
        *error = u"dsn-office did not start: "_s + whyNotRunning() + QString::fromUtf8(out);
        return false;
    }
    // How the process ended (or that it still runs) and what it wrote to its log.
    QString whyNotRunning()
    {
        QString why;
        if (m_process.state() != QProcess::NotRunning)
            why = u"still running without a listening line after 30 s"_s;
        else if (m_process.exitStatus() == QProcess::CrashExit)
            why = u"crashed (%1)"_s.arg(m_process.errorString());
        else
            why = u"exit code %1"_s.arg(m_process.exitCode());
        QFile log(m_logFile);
        if (log.open(QIODevice::ReadOnly))
            why += u"; its standard error:\n"_s + QString::fromUtf8(log.readAll().right(4000));
        return why + u'\n';
    }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    // Tests do not wait for open keep-alive connections to time out: what is committed stays.
    void stop() { kill(); }
    int port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString url(const QString &path) const
    {
        return u"%1://127.0.0.1:%2%3"_s.arg(m_scheme).arg(m_port).arg(path);
    }

private:
    QProcess m_process;
    QString m_logFile;
    int m_port = 0;
    QString m_scheme = u"http"_s;
};

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QString networkError;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Starts a request; the reply is read with finish().
inline QNetworkReply *request(QNetworkAccessManager &nam, const QString &method, const QString &url,
    const QString &token, const QByteArray &body = {})
{
    QNetworkRequest req { QUrl(url) };
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (method == u"GET"_s)
        return nam.get(req);
    return nam.sendCustomRequest(req, method.toLatin1(), body);
}

// Waits (bounded) for the reply and takes it.
inline HttpReply finish(QNetworkReply *reply, int timeoutMs = 60000)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

inline HttpReply send(QNetworkAccessManager &nam, const QString &method, const QString &url,
    const QString &token, const QByteArray &body = {})
{
    return finish(request(nam, method, url, token, body));
}

} // namespace officetest
