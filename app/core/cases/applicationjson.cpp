#include "cases/applicationjson.h"

#include "base/hashing.h"
#include "base/kazakhstantime.h"
#include "base/storetime.h"
#include "base/strictjson.h"
#include "calendar/schedule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::ApplicationJson)
};

const QStringList &knownKeys()
{
    static const QStringList keys = {
        field::kDepartment.toString(),
        field::kApplicationDate.toString(),
        field::kTaxpayerName.toString(),
        field::kTaxpayerId.toString(),
        field::kSubjectType.toString(),
        field::kCountry.toString(),
        field::kAtu.toString(),
        field::kHeadName.toString(),
        field::kReceivedAt.toString(),
        field::kChannel.toString(),
        field::kQueueTicket.toString(),
        field::kProducts.toString(),
    };
    return keys;
}

const QStringList &knownLineKeys()
{
    static const QStringList keys
        = { field::kLineType.toString(), field::kLineName.toString(), field::kLineSpec.toString() };
    return keys;
}

// Reads the keys of one JSON object, collecting a problem per bad key.
class Reader
{
public:
    Reader(const QJsonObject &object, QString prefix, ValidationProblems &problems)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_problems(problems)
    {
    }

    QString name(const QString &key) const { return m_prefix + key; }

    void problem(const QString &key, const QString &message) { m_problems.append({ name(key), message }); }

    // nullopt when the key is missing (a problem if required) or of another type (a problem).
    std::optional<QString> string(const QString &key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || (!required && v.isNull())) {
            if (required)
                problem(key, Text::tr("The key is missing."));
            return std::nullopt;
        }
        if (!v.isString()) {
            problem(key, Text::tr("Expected a text string."));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<int> integer(const QString &key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || (!required && v.isNull())) {
            if (required)
                problem(key, Text::tr("The key is missing."));
            return std::nullopt;
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || d < -1e9 || d > 1e9) {
            problem(key, Text::tr("Expected a whole number."));
            return std::nullopt;
        }
        return static_cast<int>(d);
    }

    void unknownKeys(const QStringList &known)
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!known.contains(it.key()))
                problem(it.key(), Text::tr("Unknown key."));
        }
    }

private:
    const QJsonObject &m_object;
    QString m_prefix;
    ValidationProblems &m_problems;
};

// ISO 8601 date and time; without an offset it is Kazakhstan time.
QDateTime parseReceivedAt(const QString &text)
{
    static const QRegularExpression shape(
        uR"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$)"_s);
    if (!shape.match(text).hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    const bool hasZone
        = text.endsWith(u'Z') || text.at(text.size() - 6) == u'+' || text.at(text.size() - 6) == u'-';
    if (!hasZone)
        t = kazakhstanDateTime(t.date(), t.time());
    return t.toUTC();
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression shape(uR"(^\d{4}-\d{2}-\d{2}$)"_s);
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

ValidationProblems applicationFromJson(const QJsonObject &json, Application *application)
{
    ValidationProblems problems;
    Application a;
    Reader r(json, QString(), problems);

    if (auto v = r.string(field::kDepartment.toString(), true))
        a.departmentCode = *v;
    if (auto v = r.string(field::kTaxpayerName.toString(), true))
        a.taxpayerName = *v;
    if (auto v = r.string(field::kTaxpayerId.toString(), true))
        a.taxpayerId = *v;
    if (auto v = r.string(field::kSubjectType.toString(), true)) {
        a.subjectType = subjectTypeFromKey(*v);
        if (!a.subjectType)
            r.problem(field::kSubjectType.toString(), Text::tr("Expected \"producer\" or \"importer\"."));
    }
    if (auto v = r.integer(field::kCountry.toString(), true))
        a.country = *v;
    if (auto v = r.integer(field::kAtu.toString(), true))
        a.atu = *v;
    if (auto v = r.string(field::kHeadName.toString(), true))
        a.headName = *v;
    bool receivedRead = false;
    if (auto v = r.string(field::kReceivedAt.toString(), true)) {
        a.receivedAt = parseReceivedAt(*v);
        receivedRead = a.receivedAt.isValid();
        if (!receivedRead) {
            r.problem(field::kReceivedAt.toString(),
                Text::tr("Expected an ISO 8601 date and time, for example 2025-03-04T10:15:00+05:00."));
        }
    }
    if (auto v = r.string(field::kChannel.toString(), false)) {
        const auto channel = intakeChannelFromKey(*v);
        if (channel)
            a.channel = *channel;
        else
            r.problem(field::kChannel.toString(), Text::tr("Expected \"counter\" or \"home\"."));
    }
    if (auto v = r.string(field::kQueueTicket.toString(), false))
        a.queueTicket = *v;
    const QString dateKey = field::kApplicationDate.toString();
    if (json.contains(dateKey) && !json.value(dateKey).isNull()) {
        if (auto v = r.string(dateKey, false)) {
            a.applicationDate = parseDate(*v);
            if (!a.applicationDate.isValid())
                r.problem(dateKey, Text::tr("Expected an ISO 8601 date, for example 2025-03-04."));
        }
    } else if (receivedRead) {
        a.applicationDate = kazakhstanDate(a.receivedAt);
    }

    const QString productsKey = field::kProducts.toString();
    const QJsonValue products = json.value(productsKey);
    if (products.isUndefined()) {
        r.problem(productsKey, Text::tr("The key is missing."));
    } else if (!products.isArray()) {
        r.problem(productsKey, Text::tr("Expected a list of products."));
    } else {
        const QJsonArray lines = products.toArray();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString prefix = u"%1[%2]."_s.arg(productsKey).arg(i);
            if (!lines.at(i).isObject()) {
                problems.append({ u"%1[%2]"_s.arg(productsKey).arg(i),
                    Text::tr("Expected an object with type, name and spec.") });
                a.products.append(ProductLine {}); // keeps line numbers in later messages
                continue;
            }
            const QJsonObject lineObject = lines.at(i).toObject();
            Reader lr(lineObject, prefix, problems);
            ProductLine line;
            if (auto v = lr.integer(field::kLineType.toString(), true))
                line.type = *v;
            if (auto v = lr.string(field::kLineName.toString(), true))
                line.name = *v;
            if (auto v = lr.string(field::kLineSpec.toString(), true))
                line.spec = *v;
            lr.unknownKeys(knownLineKeys());
            a.products.append(line);
        }
    }
    r.unknownKeys(knownKeys());

    if (application)
        *application = a;
    return problems;
}

ValidationProblems applicationFromJson(const QByteArray &text, Application *application)
{
    // One key twice is refused: the value checked and the value used could differ.
    const StrictJson parsed = parseStrictJson(text);
    if (!parsed.ok())
        return { { u"json"_s, parsed.error } };
    const QJsonDocument &doc = parsed.document;
    if (!doc.isObject())
        return { { u"json"_s, Text::tr("Expected one application as a JSON object.") } };
    return applicationFromJson(doc.object(), application);
}

ValidationProblems checkApplicationJson(
    const QByteArray &text, const ReferenceData &reference, Application *application, const QDateTime &now)
{
    Application a;
    ValidationProblems problems = applicationFromJson(text, &a);
    if (!problems.isEmpty() && problems.first().field == u"json")
        return problems;
    QSet<QString> reported;
    for (const ValidationProblem &p : std::as_const(problems))
        reported.insert(p.field);
    // The date of the application defaults to the day of receipt: with no receipt time there is
    // nothing more to say about a date that was not given.
    const QString dateKey = field::kApplicationDate.toString();
    if (reported.contains(field::kReceivedAt.toString())
        && !QJsonDocument::fromJson(text).object().contains(dateKey)) {
        reported.insert(dateKey);
    }
    const auto alreadyReported = [&reported](const QString &name) {
        // "products[2].name" is covered by a problem with "products[2]".
        for (qsizetype cut = name.size(); cut > 0; cut = name.lastIndexOf(u'.', cut - 1)) {
            if (reported.contains(name.left(cut)))
                return true;
        }
        return false;
    };
    for (const ValidationProblem &p : validateApplication(a, reference, now)) {
        if (!alreadyReported(p.field))
            problems.append(p);
    }
    if (application)
        *application = a;
    return problems;
}

QJsonObject applicationToJson(const Application &a)
{
    QJsonArray lines;
    for (const ProductLine &line : a.products) {
        lines.append(QJsonObject { { field::kLineType.toString(), line.type },
            { field::kLineName.toString(), line.name }, { field::kLineSpec.toString(), line.spec } });
    }
    return QJsonObject {
        { field::kDepartment.toString(), a.departmentCode },
        { field::kApplicationDate.toString(), a.applicationDate.toString(Qt::ISODate) },
        { field::kTaxpayerName.toString(), a.taxpayerName },
        { field::kTaxpayerId.toString(), a.taxpayerId },
        { field::kSubjectType.toString(), a.subjectType ? subjectTypeKey(*a.subjectType) : QString() },
        { field::kCountry.toString(), a.country },
        { field::kAtu.toString(), a.atu },
        { field::kHeadName.toString(), a.headName },
        { field::kReceivedAt.toString(), a.receivedAt.isValid() ? toStoreTime(a.receivedAt) : QString() },
        { field::kChannel.toString(), intakeChannelKey(a.channel) },
        { field::kQueueTicket.toString(), a.queueTicket },
        { field::kProducts.toString(), lines },
    };
}

QByteArray canonicalApplicationJson(const Application &application)
{
    return QJsonDocument(applicationToJson(normalizedApplication(application)))
        .toJson(QJsonDocument::Compact);
}

QString applicationContentHash(const Application &application)
{
    return sha256Hex(canonicalApplicationJson(application));
}

} // namespace dsn
