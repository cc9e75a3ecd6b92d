#include "cases/casenumber.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

QString formatCaseNumber(const QString &workstation, int year, qint64 serial)
{
    return u"%1-%2-%3"_s.arg(workstation)
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(serial, 6, 10, QLatin1Char('0'));
}

std::optional<CaseNumber> parseCaseNumber(QStringView text)
{
    static const QRegularExpression shape(uR"(^([A-Z0-9]{2,16})-(\d{4})-(\d{6,})$)"_s);
    const QRegularExpressionMatch m = shape.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 serial = m.captured(3).toLongLong(&ok);
    if (!ok || serial < 1)
        return std::nullopt;
    return CaseNumber { m.captured(1), m.captured(2).toInt(), serial };
}

QString caseCounterName(int year)
{
    return u"case_number."_s + QString::number(year);
}

} // namespace dsn
