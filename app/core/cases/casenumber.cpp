#include "cases/casenumber.h"

#include <QCoreApplication>
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
    // Anchored at the very end: "$" alone would let a trailing line break through.
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(uR"(([A-Z0-9]{2,16})-(\d{4})-(\d{6,}))"_s));
    const QRegularExpressionMatch m = shape.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 serial = m.captured(3).toLongLong(&ok);
    if (!ok || serial < 1)
        return std::nullopt;
    return CaseNumber { m.captured(1), m.captured(2).toInt(), serial };
}

bool hasControlCharacters(QStringView text)
{
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

QString caseNumberRefusal(QStringView caseNumber, QStringView workstationCode)
{
    if (hasControlCharacters(caseNumber)) {
        return QCoreApplication::translate(
            "dsn::CaseNumber", "The case number holds control characters; nothing was stored.");
    }
    const std::optional<CaseNumber> number = parseCaseNumber(caseNumber);
    if (!number) {
        return QCoreApplication::translate("dsn::CaseNumber",
            "\"%1\" is not a case number of the form CODE-YEAR-SERIAL; nothing was stored.")
            .arg(caseNumber.left(64));
    }
    if (number->workstation.compare(workstationCode.trimmed(), Qt::CaseInsensitive) != 0) {
        return QCoreApplication::translate("dsn::CaseNumber",
            "The case number %1 belongs to workstation %2, not to %3: a workstation hands in only "
            "its own cases; nothing was stored.")
            .arg(caseNumber, number->workstation, workstationCode.trimmed());
    }
    return {};
}

QString caseCounterName(int year)
{
    return u"case_number."_s + QString::number(year);
}

} // namespace dsn
