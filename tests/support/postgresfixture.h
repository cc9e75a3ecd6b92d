#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A throwaway PostgreSQL 15 server for one test process: a fresh cluster in a temporary
// directory, listening on 127.0.0.1 at a free port and on a private socket directory, trusted
// logins for the user "postgres". Started by start(), stopped and removed by the destructor.
// As root the server runs as the system user "postgres" (runuser), who then owns the directory.
class PostgresFixture
{
public:
    PostgresFixture() = default;
    ~PostgresFixture();
    PostgresFixture(const PostgresFixture &) = delete;
    PostgresFixture &operator=(const PostgresFixture &) = delete;

    // Whether PostgreSQL 15 is installed where Debian puts it.
    static bool available();

    // initdb + pg_ctl start; false and *error on failure.
    bool start(QString *error);
    void stop();

    bool isRunning() const { return m_running; }
    int port() const { return m_port; }
    // A new empty database; returns its URL "postgresql://postgres@127.0.0.1:PORT/NAME" or empty.
    QString createDatabase(const QString &name, QString *error);

private:
    bool runTool(const QString &tool, const QStringList &arguments, QString *error, int timeoutMs = 60000);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    int m_port = 0;
    bool m_running = false;
};
