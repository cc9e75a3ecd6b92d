#include "secretinput.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace dsnctl {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::secret)
};

} // namespace

std::optional<QString> readSecretLine(Invocation &inv, const QString &prompt)
{
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        inv.err() << prompt;
        inv.err().flush();
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#else
    Q_UNUSED(prompt);
#endif
    QFile in;
    std::optional<QString> line;
    if (in.open(stdin, QIODevice::ReadOnly)) {
        QByteArray bytes = in.readLine(4096);
        if (!bytes.isEmpty() || !in.atEnd()) {
            while (bytes.endsWith('\n') || bytes.endsWith('\r'))
                bytes.chop(1);
            line = QString::fromUtf8(bytes);
        }
        bytes.fill('\0');
    }
#ifdef Q_OS_UNIX
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        inv.err() << '\n';
        inv.err().flush();
    }
#endif
    return line;
}

std::optional<QString> tokenOptionValue(Invocation &inv, const QString &option)
{
    QString token = inv.value(option);
    if (token == u"-") {
        const std::optional<QString> line = readSecretLine(inv, Text::tr("Token: "));
        if (!line) {
            inv.usageError(Text::tr("--token -: no token on standard input (give it as one line)"));
            return std::nullopt;
        }
        token = *line;
    }
    token = token.trimmed();
    if (token.isEmpty()) {
        inv.usageError(Text::tr("--token must not be empty"));
        return std::nullopt;
    }
    return token;
}

} // namespace dsnctl
