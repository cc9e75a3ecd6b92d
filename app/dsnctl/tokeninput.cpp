#include "tokeninput.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace dsnctl {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::TokenInput)
};

QString readTokenLine(Invocation &inv)
{
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    const bool quiet = terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        inv.err() << Text::tr("Token: ");
        inv.err().flush();
        termios noEcho = saved;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);
    }
#endif
    QFile in;
    QByteArray bytes;
    if (in.open(stdin, QIODevice::ReadOnly))
        bytes = in.readLine(4096);
#ifdef Q_OS_UNIX
    if (quiet) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        inv.err() << '\n';
        inv.err().flush();
    }
#endif
    return QString::fromUtf8(bytes).trimmed();
}

} // namespace

std::optional<QString> tokenValue(Invocation &inv, const QString &option)
{
    const QString given = inv.value(option);
    const QString token = given == u"-"_s ? readTokenLine(inv) : given.trimmed();
    if (token.isEmpty()) {
        inv.usageError(given == u"-"_s
                ? Text::tr("--%1 -: no token on the first line of standard input").arg(option)
                : Text::tr("--%1 must not be empty").arg(option));
        return std::nullopt;
    }
    return token;
}

} // namespace dsnctl
