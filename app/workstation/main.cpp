#include "demosetup.h"

#include "calendar/workingcalendar.h"
#include "cases/casestore.h"
#include "common/uilanguage.h"
#include "mainwindow.h"
#include "reference/referencedata.h"
#include "session/firstadministratordialog.h"
#include "session/logindialog.h"
#include "store/database.h"
#include "store/storelocation.h"
#include "users/userstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::workstation::Main)
};

void printDemoLogin(QTextStream &out)
{
    out << Text::tr("Demo login (a demonstration store only):") << '\n';
    for (const dsn::DemoAccount &a : dsn::demoAccounts())
        out << "  " << dsn::roleDisplayName(a.role) << ": " << a.username << " / " << a.password << '\n';
    out.flush();
}

// The same file named twice, as far as the names tell (nothing is opened).
bool samePath(const QString &a, const QString &b)
{
    return QDir::cleanPath(QFileInfo(a).absoluteFilePath())
        == QDir::cleanPath(QFileInfo(b).absoluteFilePath());
}

// The program's options, on a parser of their own.
struct Options
{
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption db;
    QCommandLineOption demo;
    QCommandLineOption setupOnly;
};

Options addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(Text::tr("DSN Workstation: the counter desk of the DSN code service."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db(
        u"db"_s, Text::tr("The store file (default: %1).").arg(dsn::defaultStorePath()), u"PATH"_s);
    const QCommandLineOption demo(u"demo"_s,
        Text::tr("Work on the demonstration's own store (default: %1, never the workstation's own "
                 "store); when it is empty, set up a demonstration (workstation DEMO01, an "
                 "administrator, an operator and a reviewer) and print the demo login.")
            .arg(dsn::defaultDemoStorePath()));
    const QCommandLineOption setupOnly(u"setup-only"_s,
        Text::tr("Open the store, creating it when missing (with --demo: set it up), then end "
                 "without a window."));
    parser.addOptions({ db, demo, setupOnly });
    return Options { help, version, db, demo, setupOnly };
}

// Qt's own options of a GUI program (QGuiApplication, QApplication and the X11 platform), which
// QApplication takes out of the arguments before the program's parser sees them.
bool isQtGuiOption(const QString &name)
{
    static const QStringList names { u"platform"_s, u"platformpluginpath"_s, u"platformtheme"_s, u"plugin"_s,
        u"qmljsdebugger"_s, u"qwindowgeometry"_s, u"qwindowicon"_s, u"qwindowtitle"_s, u"reverse"_s,
        u"session"_s, u"style"_s, u"stylesheet"_s, u"widgetcount"_s, u"display"_s, u"geometry"_s, u"title"_s,
        u"icon"_s, u"name"_s, u"visual"_s, u"ncols"_s, u"cmap"_s, u"im"_s, u"inputstyle"_s, u"nograb"_s,
        u"dograb"_s, u"sync"_s, u"testability"_s };
    return names.contains(name);
}

// Opens the store (creating it when missing) and, with --demo, sets the demonstration up in it.
// Problems are returned for the caller to show: on standard error or in a message box.
dsn::Result<std::unique_ptr<dsn::Database>> openStore(const QString &path, bool demo, QTextStream &out)
{
    // Demo users and their published passwords never go into the store a real counter uses.
    if (demo && samePath(path, dsn::defaultStorePath()))
        return dsn::makeError(dsn::ErrorCode::InvalidInput,
            Text::tr("The demonstration is never set up in the workstation's own store %1; "
                     "leave out --db to use the demonstration's store %2.")
                .arg(path, dsn::defaultDemoStorePath()));
    auto opened = dsn::Database::open(path);
    if (!opened)
        return dsn::makeError(opened.error().code,
            Text::tr("The store %1 cannot be opened: %2").arg(path, opened.error().message),
            opened.error().detail);
    std::unique_ptr<dsn::Database> database = std::move(opened).value();
    if (demo) {
        dsn::UserStore users(*database);
        dsn::CaseStore cases(*database);
        const dsn::Result<bool> empty = users.needsFirstAdministrator();
        if (empty && *empty) {
            const auto seeded = dsn::workstation::seedDemoStore(*database, users);
            if (!seeded)
                return seeded.error();
            out << Text::tr("Demo store set up in %1.").arg(path) << '\n';
            printDemoLogin(out);
        } else if (const auto code = cases.workstationCode(); code && *code == u"DEMO01"_s) {
            printDemoLogin(out);
        } else {
            out << Text::tr("The store %1 is not a demo store; sign in with its own users.").arg(path)
                << '\n';
        }
        out.flush();
    }
    return database;
}

QString storePath(const QCommandLineParser &parser, const Options &options)
{
    if (parser.isSet(options.db))
        return parser.value(options.db);
    return parser.isSet(options.demo) ? dsn::defaultDemoStorePath() : dsn::defaultStorePath();
}

// What needs no display is done before the GUI starts, so that it answers on a machine without
// one (a terminal over SSH, an installer's script): --help, --version, a mistake in the options
// and --setup-only end here with their exit code. --help-all lists Qt's GUI options too, which
// only a GUI application knows: it goes on, on the offscreen platform. nullopt: start the GUI.
std::optional<int> answerWithoutDisplay(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    QCommandLineParser parser;
    // Qt's options are single-dash words (-platform, -style): read them as such, not as letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const Options options = addOptions(parser);
    const bool parsed = parser.parse(QCoreApplication::arguments());
    if (parser.isSet(options.version))
        parser.showVersion(); // ends the program
    if (parser.isSet(u"help-all"_s)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::nullopt;
    }
    if (parser.isSet(options.help))
        parser.showHelp(0); // ends the program
    QStringList unknown = parser.unknownOptionNames();
    unknown.removeIf(isQtGuiOption);
    if (!unknown.isEmpty() || (!parsed && parser.unknownOptionNames().isEmpty())) {
        const QString problem
            = unknown.isEmpty() ? parser.errorText() : Text::tr("Unknown option '%1'.").arg(unknown.first());
        QTextStream(stderr) << problem << '\n'
                            << Text::tr("Try '%1 --help' for the options.").arg(u"dsn-workstation"_s) << '\n';
        return 2;
    }
    if (!parser.isSet(options.setupOnly))
        return std::nullopt;
    QTextStream out(stdout);
    auto database = openStore(storePath(parser, options), parser.isSet(options.demo), out);
    if (!database) {
        QTextStream(stderr) << database.error().message << '\n';
        return database.error().code == dsn::ErrorCode::InvalidInput ? 2 : 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(u"dsn-workstation"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DSN_VERSION));
    QCoreApplication::setOrganizationName(u"DSN"_s);
    if (const std::optional<int> answered = answerWithoutDisplay(argc, argv))
        return *answered;

    QApplication app(argc, argv);
    // The login dialog and the main window take turns; the program ends on Quit or when the
    // login is closed.
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    const Options options = addOptions(parser);
    parser.process(app);

    QTextStream out(stdout);
    auto opened = openStore(storePath(parser, options), parser.isSet(options.demo), out);
    if (!opened) {
        if (opened.error().code == dsn::ErrorCode::InvalidInput) {
            QTextStream(stderr) << opened.error().message << '\n';
            return 2;
        }
        QMessageBox::critical(nullptr, Text::tr("DSN Workstation"), opened.error().message);
        return 1;
    }
    std::unique_ptr<dsn::Database> database = std::move(opened).value();
    dsn::UserStore users(*database);
    dsn::CaseStore cases(*database);

    // The interface opens in the language chosen last on this workstation; each user's session
    // then opens in that user's own (MainWindow::startSession).
    dsn::gui::applyUiLanguage(dsn::gui::lastLanguage().value_or(dsn::Language::Kazakh));

    const dsn::Result<bool> firstRun = users.needsFirstAdministrator();
    if (firstRun && *firstRun) {
        dsn::gui::FirstAdministratorDialog dialog(users);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
    }

    dsn::gui::WorkstationServices services;
    services.database = database.get();
    services.users = &users;
    services.cases = &cases;
    services.reference = &dsn::ReferenceData::embedded();
    services.calendar = dsn::WorkingCalendar::shipped();
    dsn::gui::MainWindow window(services);
    const int idleMinutes = QSettings().value(u"session/idleMinutes"_s, 10).toInt();
    window.setIdleLimit(std::chrono::minutes(idleMinutes > 0 ? idleMinutes : 10));
    // Applications not delivered to the office after this many hours are warned about at intake.
    const int unsentHours = QSettings().value(u"sync/unsentWarningHours"_s, 24).toInt();
    window.setUnsentWarningLimit(std::chrono::hours(unsentHours > 0 ? unsentHours : 24));

    // The login comes first and again after every sign-out; closing it ends the program.
    const auto signIn = [&] {
        window.hide();
        dsn::gui::LoginDialog login(users);
        if (login.exec() != QDialog::Accepted || !login.user()) {
            QCoreApplication::quit();
            return;
        }
        window.startSession(*login.user());
        window.show();
    };
    QObject::connect(&window, &dsn::gui::MainWindow::closed, &app, &QCoreApplication::quit);
    QObject::connect(
        &window, &dsn::gui::MainWindow::signedOut, &app, [&] { QTimer::singleShot(0, &app, signIn); });
    QTimer::singleShot(0, &app, signIn);
    return QApplication::exec();
}
