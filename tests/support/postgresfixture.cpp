#include "postgresfixture.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUuid>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kBinDir = u"/usr/lib/postgresql/15/bin/"_s;

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

PostgresFixture::~PostgresFixture()
{
    stop();
}

bool PostgresFixture::available()
{
    return QFileInfo(kBinDir + u"initdb"_s).isExecutable() && QFileInfo(kBinDir + u"pg_ctl"_s).isExecutable();
}

bool PostgresFixture::runTool(
    const QString &tool, const QStringList &arguments, QString *error, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0) {
        process.start(
            u"runuser"_s, QStringList { u"-u"_s, u"postgres"_s, u"--"_s, kBinDir + tool } + arguments);
    } else {
        process.start(kBinDir + tool, arguments);
    }
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        if (error)
            *error = tool + u": "_s + QString::fromLocal8Bit(process.readAll()) + process.errorString();
        return false;
    }
    return true;
}

bool PostgresFixture::start(QString *error)
{
    if (m_running)
        return true;
    m_dir = std::make_unique<QTemporaryDir>(u"/tmp/dsn-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        *error = u"cannot create a temporary directory"_s;
        return false;
    }
    const QByteArray root = QFile::encodeName(m_dir->path());
    if (geteuid() == 0) {
        const passwd *pw = getpwnam("postgres");
        if (!pw || chown(root.constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = u"cannot hand the temporary directory to the user postgres"_s;
            return false;
        }
    }
    m_dataDir = m_dir->path() + u"/data"_s;
    if (!runTool(u"initdb"_s,
            { u"-D"_s, m_dataDir, u"-A"_s, u"trust"_s, u"-U"_s, u"postgres"_s, u"--no-sync"_s }, error))
        return false;
    m_port = freePort();
    if (m_port == 0) {
        *error = u"no free port"_s;
        return false;
    }
    const QString options = u"-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100"_s
                                .arg(m_dir->path())
                                .arg(m_port);
    if (!runTool(u"pg_ctl"_s,
            { u"-D"_s, m_dataDir, u"-o"_s, options, u"-l"_s, m_dir->path() + u"/server.log"_s, u"-w"_s,
                u"start"_s },
            error))
        return false;
    m_running = true;
    return true;
}

void PostgresFixture::stop()
{
    if (!m_running)
        return;
    QString ignored;
    runTool(u"pg_ctl"_s, { u"-D"_s, m_dataDir, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s }, &ignored);
    m_running = false;
}

QString PostgresFixture::createDatabase(const QString &name, QString *error)
{
    const QString connection = u"pg-fixture-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(m_port);
        db.setUserName(u"postgres"_s);
        db.setDatabaseName(u"postgres"_s);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(u"CREATE DATABASE \"%1\""_s.arg(name));
            if (!ok)
                *error = query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        return {};
    return u"postgresql://postgres@127.0.0.1:%1/%2"_s.arg(m_port).arg(name);
}
