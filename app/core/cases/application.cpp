#include "cases/application.h"

#include "base/translations.h"

#include "base/enumtable.h"
#include "base/kazakhstantime.h"
#include "calendar/schedule.h"
#include "identity/taxpayerid.h"
#include "reference/referencedata.h"
#include "rules/productname.h"
#include "rules/rulesinforce.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

constexpr EnumEntry<SubjectType> kSubjectTypes[] = {
    { SubjectType::Producer, u"producer", QT_TRANSLATE_NOOP("dsn::SubjectType", "Producer") },
    { SubjectType::Importer, u"importer", QT_TRANSLATE_NOOP("dsn::SubjectType", "Importer") },
};

constexpr EnumEntry<IntakeChannel> kIntakeChannels[] = {
    { IntakeChannel::Counter, u"counter" },
    { IntakeChannel::Home, u"home" },
};

// Messages of the form's checks, context "dsn::Application".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::Application)
};

QString simplified(const QString &text)
{
    return text.simplified();
}

void requireText(ValidationProblems &problems, const QString &fieldName, const QString &value, int maxLength,
    const char *missingMessage)
{
    const QString v = simplified(value);
    if (v.isEmpty())
        problems.append({ fieldName, Text::tr(missingMessage) });
    else if (v.size() > maxLength)
        problems.append(
            { fieldName, Text::tr("The text is too long: at most %n characters.", nullptr, maxLength) });
}

} // namespace

QString subjectTypeKey(SubjectType type)
{
    return enumKey(kSubjectTypes, type);
}

std::optional<SubjectType> subjectTypeFromKey(QStringView key)
{
    return enumFromKey(kSubjectTypes, key);
}

QString subjectTypeDisplayName(SubjectType type)
{
    return enumName("dsn::SubjectType", kSubjectTypes, type);
}

QString intakeChannelKey(IntakeChannel channel)
{
    return enumKey(kIntakeChannels, channel);
}

std::optional<IntakeChannel> intakeChannelFromKey(QStringView key)
{
    return enumFromKey(kIntakeChannels, key);
}

QString field::productLine(qsizetype index, QStringView lineField)
{
    return u"products[%1].%2"_s.arg(index).arg(lineField);
}

QString territorialUnitProblem(int code, const ReferenceData &reference)
{
    const QString number = u"%1"_s.arg(code, 3, 10, QLatin1Char('0'));
    const TerritorialUnit *unit = reference.territorialUnit(code);
    if (!unit)
        return Text::tr("There is no administrative-territorial unit with code %1.").arg(number);
    if (unit->historical)
        return Text::tr(
            "The administrative-territorial unit %1 (%2) no longer exists: its code stays only in "
            "DSN codes given before. Choose the unit the subject belongs to now.")
            .arg(number, unit->name.in(installedLanguage()));
    return {};
}

ValidationProblems validateApplication(
    const Application &application, const ReferenceData &reference, const QDateTime &now)
{
    ValidationProblems problems;
    const Application &a = application;

    // Addressee and date, as at the top of the form.
    const QString department = a.departmentCode.trimmed();
    if (department.isEmpty()) {
        problems.append({ field::kDepartment.toString(), Text::tr("Choose the State Revenue Department.") });
    } else if (const Department *d = reference.department(department); !d) {
        problems.append({ field::kDepartment.toString(),
            Text::tr("There is no State Revenue Department with code %1.").arg(department) });
    } else if (d->historical) {
        problems.append({ field::kDepartment.toString(),
            Text::tr("The State Revenue Department %1 no longer exists; choose the current one.")
                .arg(department) });
    }

    const QDate receivedDay = a.receivedAt.isValid() ? kazakhstanDate(a.receivedAt) : QDate();
    if (!a.applicationDate.isValid()) {
        problems.append(
            { field::kApplicationDate.toString(), Text::tr("Enter the date of the application.") });
    } else if (receivedDay.isValid() && a.applicationDate > receivedDay) {
        problems.append({ field::kApplicationDate.toString(),
            Text::tr("The application is dated after the day it was received.") });
    }

    // The subject.
    requireText(problems, field::kTaxpayerName.toString(), a.taxpayerName, kMaxNameLength,
        QT_TRANSLATE_NOOP("dsn::Application", "Enter the taxpayer's name."));
    // An IIN whose date of birth is after the day of the check is refused.
    const QDate today = now.isValid() ? kazakhstanDate(now) : QDate();
    const TaxpayerIdResult id = TaxpayerId::parse(a.taxpayerId, TaxpayerId::Expect::Any, today);
    if (!id.isValid())
        problems.append({ field::kTaxpayerId.toString(), id.message });
    if (!a.subjectType)
        problems.append({ field::kSubjectType.toString(),
            Text::tr("Choose whether the subject is a producer or an importer.") });

    if (a.country == 0) {
        problems.append({ field::kCountry.toString(), Text::tr("Choose the producing country.") });
    } else if (!reference.country(a.country)) {
        problems.append({ field::kCountry.toString(),
            Text::tr("There is no producing country with code %1.").arg(a.country) });
    }

    if (a.atu == 0) {
        problems.append({ field::kAtu.toString(),
            Text::tr("Choose the administrative-territorial unit of the subject.") });
    } else if (const QString problem = territorialUnitProblem(a.atu, reference); !problem.isEmpty()) {
        problems.append({ field::kAtu.toString(), problem });
    }

    requireText(problems, field::kHeadName.toString(), a.headName, kMaxNameLength,
        QT_TRANSLATE_NOOP("dsn::Application", "Enter the head's full name."));

    // Receipt.
    if (!a.receivedAt.isValid()) {
        problems.append({ field::kReceivedAt.toString(), Text::tr("Enter the date and time of receipt.") });
    } else if (a.receivedAt < rulesInForceSince()) {
        problems.append({ field::kReceivedAt.toString(),
            Text::tr("The time of receipt is before %1, when the Rules for assigning DSN codes (Order "
                     "No. 579 of 8 June 2020) took force.")
                .arg(rulesInForceSince().date().toString(u"dd.MM.yyyy"_s)) });
    } else if (now.isValid() && a.receivedAt > now.addSecs(kReceivedAtToleranceSeconds)) {
        problems.append({ field::kReceivedAt.toString(), Text::tr("The time of receipt is in the future.") });
    }
    if (simplified(a.queueTicket).size() > kMaxQueueTicketLength) {
        problems.append({ field::kQueueTicket.toString(),
            Text::tr(
                "The queue ticket is too long: at most %n characters.", nullptr, kMaxQueueTicketLength) });
    }

    // The product table.
    if (a.products.isEmpty()) {
        problems.append({ field::kProducts.toString(), Text::tr("Add at least one product.") });
    } else if (a.products.size() > kMaxProductLines) {
        problems.append({ field::kProducts.toString(),
            Text::tr("Too many products: at most %n in one application.", nullptr, kMaxProductLines) });
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < a.products.size(); ++i) {
        const ProductLine &line = a.products.at(i);
        const bool typeKnown = reference.productType(line.type) != nullptr;
        if (!typeKnown) {
            problems.append({ field::productLine(i, field::kLineType),
                Text::tr("Line %1: choose a product type from 1 to 4.").arg(i + 1) });
        }
        const QString name = simplified(line.name);
        if (name.isEmpty()) {
            problems.append({ field::productLine(i, field::kLineName),
                Text::tr("Line %1: enter the product name.").arg(i + 1) });
        } else if (name.size() > kMaxNameLength) {
            problems.append({ field::productLine(i, field::kLineName),
                Text::tr("Line %1: the product name is too long.").arg(i + 1) });
        }
        const QString spec = simplified(line.spec);
        if (spec.isEmpty()) {
            problems.append({ field::productLine(i, field::kLineSpec),
                Text::tr("Line %1: enter the technical specification (GOST, technical conditions).")
                    .arg(i + 1) });
        } else if (spec.size() > kMaxSpecLength) {
            problems.append({ field::productLine(i, field::kLineSpec),
                Text::tr("Line %1: the technical specification is too long.").arg(i + 1) });
        }
        if (typeKnown && !name.isEmpty()) {
            const QString key = QString::number(line.type) + u'|' + productNameKey(name);
            if (seen.contains(key)) {
                problems.append({ field::productLine(i, field::kLineName),
                    Text::tr("Line %1 repeats a product of the same type and name.").arg(i + 1) });
            }
            seen.insert(key);
        }
    }
    return problems;
}

Application normalizedApplication(const Application &application)
{
    Application a = application;
    a.departmentCode = a.departmentCode.trimmed();
    a.taxpayerName = simplified(a.taxpayerName);
    const TaxpayerIdResult id = TaxpayerId::parse(a.taxpayerId, TaxpayerId::Expect::Any, QDate());
    a.taxpayerId = id.isValid() ? id.id->digits() : id.digits;
    a.headName = simplified(a.headName);
    a.queueTicket = simplified(a.queueTicket);
    if (a.receivedAt.isValid())
        a.receivedAt = a.receivedAt.toUTC();
    for (ProductLine &line : a.products) {
        line.name = simplified(line.name);
        line.spec = simplified(line.spec);
    }
    return a;
}

} // namespace dsn
