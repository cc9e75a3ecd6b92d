// Takes applications in, one after another, on the store named on the command line, as fast as it
// can, and prints each case number on its own line right after the intake committed. A test kills
// it at random moments; whatever it printed must be in the store afterwards.
//
// Usage: dsn_crash_writer STORE [RUN]
// The store must exist with a workstation code and the operator user 7.

#include "cases/casestore.h"
#include "identity/taxpayerid.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: dsn_crash_writer STORE [RUN]\n", stderr);
        return 2;
    }
    const int run = args.size() > 2 ? args.at(2).toInt() : 0;

    auto db = dsn::Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "open: %s %s\n", qPrintable(db.error().message), qPrintable(db.error().detail));
        return 1;
    }
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
