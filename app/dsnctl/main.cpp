#include "commandregistry.h"

#include <QGuiApplication>

#include <cstring>
#include <memory>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    // Printing documents lays text out with fonts, which needs the graphical part of Qt; with no
    // display chosen the tool draws off screen. Every other command stays a plain console tool.
    bool printing = false;
    for (int i = 1; i < argc; ++i)
        printing = printing || std::strcmp(argv[i], "print") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (printing) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"dsnctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DSN_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    dsnctl::Command root;
    root.name = u"dsnctl"_s;
    root.summary = u"Command line for DSN workstation support staff and scripts."_s;
    root.options = {
        QCommandLineOption(u"db"_s,
            u"The store to work on: a workstation SQLite file, or for office commands "
            u"postgresql://USER@HOST:PORT/NAME or sqlite:PATH."_s,
            u"PATH"_s),
    };
    root.children = dsnctl::registeredCommands();

    const int code = dsnctl::dispatch(root, QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
