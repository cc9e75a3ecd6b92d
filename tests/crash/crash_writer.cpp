// Takes applications in, one after another, on the store named on the command line, as fast as it
// can, and prints each case number on its own line right after the intake committed. A test kills
// it at random moments; whatever it printed must be in the store afterwards.
//
// Usage: dsn_crash_writer STORE [RUN]
//        dsn_crash_writer STORE --hold
// The store must exist with a workstation code and the operator user 7.
//
// With --hold it is the second program on the store instead: it opens the store, prints
// "ready", and reads the number of cases over and over until its standard input closes; it
// ends with exit code 3 as soon as that number ever goes down (a case vanished under it).

#include "cases/casestore.h"
#include "identity/taxpayerid.h"
#include "store/database.h"

#include "store/sql.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QString validBin(int n)
{
    for (int serial = n % 100000;; serial = (serial + 1) % 100000) {
        const QString first11 = u"0503"_s + u"40"_s + u"%1"_s.arg(serial, 5, 10, QLatin1Char('0'));
        if (const auto check = dsn::TaxpayerId::checkDigit(first11))
            return first11 + QString::number(*check);
    }
}

// The --hold mode: reads until standard input closes.
int hold(dsn::Database &db)
{
    qint64 highest = 0;
    int code = 0;
    QTimer reader;
    reader.setInterval(2);
    QObject::connect(&reader, &QTimer::timeout, qApp, [&] {
        const auto count = dsn::sqlScalar(db.connection(), u"SELECT count(*) FROM applications"_s);
        if (!count)
            return; // busy: the next tick reads again
        if (count->toLongLong() < highest) {
            std::fprintf(stderr, "cases went down from %lld to %lld\n", highest, count->toLongLong());
            code = 3;
            QCoreApplication::exit(3);
        }
        highest = std::max(highest, count->toLongLong());
    });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, qApp, [] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            QCoreApplication::exit(0);
    });
    reader.start();
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    const int exited = QCoreApplication::exec();
    return code != 0 ? code : exited;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: dsn_crash_writer STORE [RUN]\n", stderr);
        return 2;
    }
    const bool holding = args.size() > 2 && args.at(2) == u"--hold"_s;
    const int run = args.size() > 2 && !holding ? args.at(2).toInt() : 0;

    auto db = dsn::Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "open: %s %s\n", qPrintable(db.error().message), qPrintable(db.error().detail));
        return 1;
    }
    if (holding)
        return hold(**db);
    dsn::CaseStore store(**db);
    const dsn::Actor actor { 7, u"aliya"_s, dsn::Role::Operator, u"SC-AST-01"_s };

    // A bound so that a writer left behind by a failed test stops by itself.
    for (int i = 0; i < 100000; ++i) {
        dsn::Application a;
        a.departmentCode = u"11"_s;
        a.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        a.applicationDate = a.receivedAt.toTimeZone(QTimeZone(5 * 3600)).date();
        a.taxpayerName = u"ТОО «Сынақ %1-%2»"_s.arg(run).arg(i);
        a.taxpayerId = validBin(run * 1000 + i % 1000);
        a.subjectType = dsn::SubjectType::Producer;
        a.country = 3;
        a.atu = 1;
        a.headName = u"Сынақов Сынақ"_s;
        a.products = { dsn::ProductLine { 1 + i % 4, u"Өнім %1"_s.arg(i), u"ГОСТ"_s },
            dsn::ProductLine { 1 + (i + 1) % 4, u"Өнім %1-б"_s.arg(i), u"ТШ"_s } };
        auto number = store.intake(a, actor);
        if (!number) {
            std::fprintf(stderr, "intake: %s %s\n", qPrintable(number.error().message),
                qPrintable(number.error().detail));
            return 1;
        }
        // Printed only once the transaction committed.
        const QByteArray line = number->toLatin1() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
        // More kinds of writes for the kill to land in.
        if (i % 3 == 0) {
            if (auto r = store.changeStatus(*number, dsn::CaseStatus::Sent, actor); !r) {
                std::fprintf(stderr, "status: %s\n", qPrintable(r.error().detail));
                return 1;
            }
        }
    }
    return 0;
}
