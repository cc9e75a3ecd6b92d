#include "receipt.h"

#include "base/digits.h"
#include "base/hashing.h"
#include "base/kazakhstantime.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace dsn::receipt {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::Receipt)
};

constexpr auto payloadPrefix = "DSN1"_L1;
constexpr qsizetype digestLength = 16;

QString utcText(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    QDateTime utc = moment.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

bool isLowerHex(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
        [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

} // namespace

QString validate(const ReceiptData &data)
{
    if (isBlank(data.caseNumber))
        return Text::tr("The receipt has no case number.");
    if (data.caseNumber.contains(u'\n') || data.caseNumber.contains(u'\r'))
        return Text::tr("The case number must be one line.");
    if (!data.acceptedAt.isValid())
        return Text::tr("The receipt has no time of acceptance.");
    if (isBlank(data.operatorName))
        return Text::tr("The receipt has no operator name.");
    if (isBlank(data.branchName))
        return Text::tr("The receipt has no State Corporation branch.");
    if (isBlank(data.taxpayerName))
        return Text::tr("The receipt has no taxpayer name.");
    if (data.taxpayerId.size() != 12 || !isAllDigits(data.taxpayerId))
        return Text::tr("The IIN/BIN on the receipt must be 12 digits.");
    if (isBlank(data.departmentName))
        return Text::tr("The receipt has no State Revenue Department.");
    if (data.products.isEmpty())
        return Text::tr("The receipt lists no products.");
    for (const ReceiptProduct &product : data.products) {
        if (isBlank(product.typeName) || isBlank(product.name))
            return Text::tr("Every product on the receipt needs a type and a name.");
    }
    if (!data.dueAt.isValid())
        return Text::tr("The receipt has no due date.");
    if (data.dueAt < data.acceptedAt)
        return Text::tr("The due date is before the time of acceptance.");
    if (isBlank(data.collectAt))
        return Text::tr("The receipt does not say where to collect the result.");
    return {};
}

QByteArray canonicalData(const ReceiptData &data, Language language)
{
    QByteArray out = "DSN-RECEIPT/1\n";
    canonical::appendField(out, u"language", languageCode(language));
    canonical::appendField(out, u"case_number", data.caseNumber);
    canonical::appendField(out, u"accepted_at", utcText(data.acceptedAt));
    canonical::appendField(out, u"operator_name", data.operatorName);
    canonical::appendField(out, u"branch_name", data.branchName);
    canonical::appendField(out, u"taxpayer_name", data.taxpayerName);
    canonical::appendField(out, u"taxpayer_id", data.taxpayerId);
    canonical::appendField(out, u"department_name", data.departmentName);
    canonical::appendField(out, u"due_at", utcText(data.dueAt));
    canonical::appendField(out, u"collect_at", data.collectAt);
    canonical::appendField(out, u"products", QString::number(data.products.size()));
    int number = 0;
    for (const ReceiptProduct &product : data.products) {
        const QString prefix = u"product."_s + QString::number(++number) + u'.';
        canonical::appendField(out, QString(prefix + u"type"_s), product.typeName);
        canonical::appendField(out, QString(prefix + u"name"_s), product.name);
        canonical::appendField(out, QString(prefix + u"specification"_s), product.specification);
    }
    return out;
}

QString contentHash(const ReceiptData &data, Language language)
{
    return sha256Hex(canonicalData(data, language));
}

QString digest(const ReceiptData &data, Language language)
{
    return contentHash(data, language).left(digestLength);
}

QString qrPayload(const ReceiptData &data, Language language)
{
    return payloadPrefix + u'|' + data.caseNumber + u'|' + digest(data, language);
}

std::optional<QrPayload> parseQrPayload(QStringView payload)
{
    const qsizetype first = payload.indexOf(u'|');
    const qsizetype last = payload.lastIndexOf(u'|');
    if (first < 0 || first == last || payload.left(first) != payloadPrefix)
        return std::nullopt;
    const QStringView caseNumber = payload.mid(first + 1, last - first - 1);
    const QStringView hash = payload.mid(last + 1);
    if (caseNumber.trimmed().isEmpty() || hash.size() != digestLength || !isLowerHex(hash))
        return std::nullopt;
    return QrPayload { caseNumber.toString(), hash.toString() };
}

QrCheck checkQrPayload(QStringView payload, const ReceiptData &data, Language language)
{
    const std::optional<QrPayload> parsed = parseQrPayload(payload);
    if (!parsed)
        return QrCheck::Malformed;
    if (parsed->caseNumber != data.caseNumber)
        return QrCheck::OtherCase;
    return parsed->digest == digest(data, language) ? QrCheck::Match : QrCheck::DigestMismatch;
}

DocumentData documentData(const ReceiptData &data, Language language)
{
    DocumentData document;
    document.values = {
        { u"case_number"_s, data.caseNumber },
        { u"accepted_at"_s, formatKazakhstanDateTime(data.acceptedAt) },
        { u"operator_name"_s, data.operatorName },
        { u"branch_name"_s, data.branchName },
        { u"taxpayer_name"_s, data.taxpayerName },
        { u"taxpayer_id"_s, data.taxpayerId },
        { u"department_name"_s, data.departmentName },
        { u"due_at"_s, formatKazakhstanDateTime(data.dueAt) },
        { u"collect_at"_s, data.collectAt },
        { u"qr_payload"_s, qrPayload(data, language) },
        { u"digest"_s, digest(data, language) },
    };
    QList<DocumentRow> rows;
    rows.reserve(data.products.size());
    for (const ReceiptProduct &product : data.products)
        rows.append({ { u"type"_s, product.typeName }, { u"name"_s, product.name },
            { u"spec"_s, product.specification } });
    document.lists.insert(u"products"_s, rows);
    return document;
}

PreparedDocument prepare(const ReceiptData &data, Language language)
{
    const QString kindName = QString::fromLatin1(kind);
    if (language != Language::Kazakh && language != Language::Russian)
        return PreparedDocument::failure(
            kindName, language, Text::tr("Receipts are printed in Kazakh or Russian."));
    if (const QString problem = validate(data); !problem.isEmpty())
        return PreparedDocument::failure(kindName, language, problem);
    return prepareDocument(kindName, language, documentData(data, language), canonicalData(data, language));
}

} // namespace dsn::receipt
