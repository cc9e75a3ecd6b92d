#include "casesamples.h"

#include "base/kazakhstantime.h"

using namespace Qt::Literals::StringLiterals;

namespace dsntest {

QTimeZone kazakhstan()
{
    return QTimeZone(5 * 3600);
}

QString validIin(int n)
{
    const QDate birth = QDate(1990, 1, 1).addDays(n % 3650);
    for (int serial = n % 10000;; serial = (serial + 1) % 10000) {
        const QString first11
            = birth.toString(u"yyMMdd"_s) + u'3' + u"%1"_s.arg(serial, 4, 10, QLatin1Char('0'));
        if (const auto check = dsn::TaxpayerId::checkDigit(first11))
            return first11 + QString::number(*check);
    }
}

QString validBin(int n)
{
    for (int serial = n % 100000;; serial = (serial + 1) % 100000) {
        const QString first11 = u"0503"_s + u"40"_s + u"%1"_s.arg(serial, 5, 10, QLatin1Char('0'));
        if (const auto check = dsn::TaxpayerId::checkDigit(first11))
            return first11 + QString::number(*check);
    }
}

dsn::Application application(const QString &name, const QString &taxpayerId, const QDateTime &receivedAt,
    const QList<dsn::ProductLine> &products)
{
    dsn::Application a;
    a.departmentCode = u"11"_s;
    a.receivedAt = receivedAt;
    a.applicationDate = dsn::kazakhstanDate(receivedAt);
    a.taxpayerName = name;
    a.taxpayerId = taxpayerId;
    a.subjectType = dsn::SubjectType::Producer;
    a.country = 3;
    a.atu = 1;
    a.headName = u"Серікбаев Арман"_s;
    a.products = products.isEmpty()
        ? QList<dsn::ProductLine> { dsn::ProductLine { 1, u"АИ-92-К5"_s, u"СТ РК 1614-2006"_s } }
        : products;
    return a;
}

} // namespace dsntest
