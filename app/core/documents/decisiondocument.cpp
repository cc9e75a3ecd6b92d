#include "documents/decisiondocument.h"

#include "base/digits.h"
#include "base/kazakhstantime.h"
#include "base/writtendate.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn::decisiondocument {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::DecisionDocument)
};

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

bool isOneLine(const QString &text)
{
    return !text.contains(u'\n') && !text.contains(u'\r');
}

} // namespace

QString validate(const DecisionDetails &details, const QStringList &legalKeys)
{
    if (isBlank(details.caseNumber) || !isOneLine(details.caseNumber))
        return Text::tr("The document has no case number.");
    if (!details.receivedAt.isValid())
        return Text::tr("The document has no time the application was accepted.");
    if (isBlank(details.decisionNumber) || !isOneLine(details.decisionNumber))
        return Text::tr("The document has no decision number.");
    if (!details.decidedAt.isValid())
        return Text::tr("The document has no date of the decision.");
    if (details.decidedAt < details.receivedAt)
        return Text::tr("The decision is dated before the application was accepted.");
    if (isBlank(details.departmentName))
        return Text::tr("The document has no State Revenue Department.");
    if (isBlank(details.taxpayerName))
        return Text::tr("The document has no taxpayer name.");
    if (details.taxpayerId.size() != 12 || !isAllDigits(details.taxpayerId))
        return Text::tr("The IIN/BIN on the document must be 12 digits.");
    if (isBlank(details.reviewerName))
        return Text::tr("The document has no name of the reviewer who took the decision.");
    for (const QString &key : legalKeys) {
        if (isBlank(details.legal.value(key)))
            return Text::tr("The document lacks the legal reference \"%1\".").arg(key);
    }
    return {};
}

QString canonicalTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    QDateTime utc = moment.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

void appendCanonical(QByteArray &out, const DecisionDetails &details, const QStringList &legalKeys)
{
    canonical::appendField(out, u"case_number", details.caseNumber);
    canonical::appendField(out, u"received_at", canonicalTime(details.receivedAt));
    canonical::appendField(out, u"decision_number", details.decisionNumber);
    canonical::appendField(out, u"decided_at", canonicalTime(details.decidedAt));
    canonical::appendField(out, u"department_name", details.departmentName);
    canonical::appendField(out, u"taxpayer_name", details.taxpayerName);
    canonical::appendField(out, u"taxpayer_id", details.taxpayerId);
    canonical::appendField(out, u"reviewer_name", details.reviewerName);
    for (const QString &key : legalKeys)
        canonical::appendField(
            out, QString(u"legal."_s + canonical::escapeName(key)), details.legal.value(key));
}

void addValues(DocumentData &document, const DecisionDetails &details, Language language)
{
    document.values.insert(u"case_number"_s, details.caseNumber);
    document.values.insert(u"received_date"_s, writtenDate(kazakhstanDate(details.receivedAt), language));
    document.values.insert(u"decision_number"_s, details.decisionNumber);
    document.values.insert(u"decided_date"_s, writtenDate(kazakhstanDate(details.decidedAt), language));
    document.values.insert(u"department_name"_s, details.departmentName);
    document.values.insert(u"taxpayer_name"_s, details.taxpayerName);
    document.values.insert(u"taxpayer_id"_s, details.taxpayerId);
    document.values.insert(u"reviewer_name"_s, details.reviewerName);
    for (auto it = details.legal.cbegin(); it != details.legal.cend(); ++it)
        document.values.insert(u"legal_"_s + it.key(), it.value());
}

} // namespace dsn::decisiondocument
