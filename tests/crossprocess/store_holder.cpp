// Holds a workstation store open exactly as a signed-in workstation does: the main window with
// its session started (and so the background sync worker, whose first run has ended), on the
// store named on the command line. Then takes commands on standard input, one per line, and
// answers each on one line of standard output:
//   add     takes one application in through the case store: "added NUMBER" or "error TEXT"
//   list    "list N1 N2 ..." every case number in the store, in intake order
//   droplocks  opens and closes the store file once outside SQLite, as careless code would: the
//           process loses its locks on the store (the fault the store is built to avoid), so
//           that a test can see what follows: "dropped"
//   quit    ends the program
// Before the first command it prints "ready". The store must hold the operator "aigerim" and
// sync settings (any office: the runs may fail, only the worker's connection matters).
//
// Usage: dsn_store_holder STORE

#include "calendar/workingcalendar.h"
#include "cases/casestore.h"
#include "identity/taxpayerid.h"
#include "mainwindow.h"
#include "reference/referencedata.h"
#include "store/database.h"
#include "store/sql.h"
#include "sync/syncindicator.h"
#include "sync/syncworker.h"
#include "users/userstore.h"

#include <QApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

void answer(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

dsn::Application application(int i)
{
    dsn::Application a;
    a.departmentCode = dsn::ReferenceData::embedded().departments().constFirst().code;
    a.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    a.applicationDate = a.receivedAt.toTimeZone(QTimeZone(5 * 3600)).date();
    a.taxpayerName = u"ТОО «Ұстаушы %1»"_s.arg(i);
    a.taxpayerId = u"940140000385"_s;
    a.subjectType = dsn::SubjectType::Producer;
    a.country = 3;
    a.atu = 53;
    a.headName = u"Серікбаев Ерлан Маратұлы"_s;
    a.products = { dsn::ProductLine { 1, u"АИ-92-К5 %1"_s.arg(i), u"ГОСТ 32513-2013"_s } };
    return a;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: dsn_store_holder STORE\n", stderr);
        return 2;
    }
    auto opened = dsn::Database::open(args.at(1));
    if (!opened) {
        std::fprintf(
            stderr, "open: %s %s\n", qPrintable(opened.error().message), qPrintable(opened.error().detail));
        return 1;
    }
    std::unique_ptr<dsn::Database> database = std::move(opened).value();
    dsn::UserStore users(*database, dsn::PasswordCost::fastForTests());
    dsn::CaseStore cases(*database);
    const auto operatorUser = users.findUser(u"aigerim"_s);
    if (!operatorUser || !*operatorUser) {
        std::fputs("no operator aigerim in the store\n", stderr);
        return 1;
    }

    dsn::gui::WorkstationServices services;
    services.database = database.get();
    services.users = &users;
    services.cases = &cases;
    services.reference = &dsn::ReferenceData::embedded();
    services.calendar = dsn::WorkingCalendar::shipped();
    auto window = std::make_unique<dsn::gui::MainWindow>(services);
    window->startSession(**operatorUser);
    window->show();
    dsn::SyncWorker *worker = window->syncIndicator()->worker();
    if (!worker) {
        std::fputs("sync is not configured in the store\n", stderr);
        return 1;
    }

    int added = 0;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    input.setEnabled(false);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (!std::fgets(buffer, sizeof buffer, stdin)) {
            QCoreApplication::quit();
            return;
        }
        const QString command = QString::fromUtf8(buffer).trimmed();
        if (command == u"add"_s) {
            const auto number = cases.intake(application(++added), operatorUser->value().actor());
            answer(number ? QString(u"added "_s + *number)
                          : QString(u"error "_s + number.error().message + u' ' + number.error().detail));
        } else if (command == u"list"_s) {
            QStringList numbers;
            auto q
                = dsn::sqlRun(database->connection(), u"SELECT case_number FROM applications ORDER BY id"_s);
            while (q && q->next())
                numbers.append(q->value(0).toString());
            answer(q ? QString(u"list "_s + numbers.join(u' ')) : QString(u"error "_s + q.error().detail));
        } else if (command == u"droplocks"_s) {
            const int fd = ::open(QFile::encodeName(database->path()).constData(), O_RDONLY);
            if (fd >= 0)
                ::close(fd);
            answer(fd >= 0 ? u"dropped"_s : u"error cannot open the store file"_s);
        } else if (command == u"quit"_s) {
            QCoreApplication::quit();
        } else {
            answer(u"error unknown command "_s + command);
        }
    });
    // Ready once the worker has its own connection and its first run is over.
    QObject::connect(worker, &dsn::SyncWorker::finished, &app, [&] {
        if (input.isEnabled())
            return;
        input.setEnabled(true);
        answer(u"ready"_s);
    });
    QObject::connect(worker, &dsn::SyncWorker::failed, &app, [](const QString &error) {
        std::fprintf(stderr, "sync worker: %s\n", qPrintable(error));
        QCoreApplication::exit(1);
    });
    const int code = QApplication::exec();
    window.reset();
    return code;
}
