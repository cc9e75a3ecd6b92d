#include "commandregistry.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"dsnctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DSN_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    dsnctl::Command root;
    root.name = u"dsnctl"_s;
    root.summary = u"Command line for DSN workstation support staff and scripts."_s;
    root.options = {
        QCommandLineOption(u"db"_s, u"The store to work on: a workstation SQLite file, or for office commands "
                                    u"postgresql://USER@HOST:PORT/NAME or sqlite:PATH."_s,
                           u"PATH"_s),
    };
    root.children = dsnctl::registeredCommands();

    const int code = dsnctl::dispatch(root, QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
