#include "officecore/taxpayercsv.h"
#include "officecore/officestoresupport.h"

#include "base/csv.h"
#include "cases/application.h"
#include "identity/taxpayerid.h"
#include "reference/referencedata.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

namespace {

const QStringList kHeader
    = { u"taxpayer_id"_s, u"name"_s, u"activity"_s, u"place"_s, u"registered_on"_s, u"deregistered_on"_s };

// A date exactly as YYYY-MM-DD; invalid otherwise.
QDate isoDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 10)
        return {};
    return QDate::fromString(trimmed, u"yyyy-MM-dd"_s);
}

// Why the row cannot be a registration (translated), or empty; *out holds it when it can.
QString rowProblem(const QStringList &row, TaxpayerRegistration *out)
{
    if (row.size() != kHeader.size())
        return localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "expected %1 fields, found %2"))
            .arg(kHeader.size())
            .arg(row.size());
    // The registry's own history: dates of birth are checked against no day.
    const TaxpayerId::Result id = TaxpayerId::parse(row.at(0), TaxpayerId::Expect::Any, QDate());
    if (!id.isValid())
        return id.message;
    TaxpayerRegistration r;
    r.taxpayerId = id.id->digits();
    r.name = row.at(1).simplified();
    if (r.name.isEmpty() || r.name.size() > kMaxNameLength)
        return localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "the name is empty or too long"));
    r.activity = row.at(2).trimmed();
    if (!isActivityKey(r.activity))
        return localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
            "the activity must be a key of lowercase letters and \"_\" (petroleum_production, "
            "petroleum_wholesale, ...)"));
    r.place = row.at(3).trimmed();
    if (!ReferenceData::embedded().department(r.place))
        return localized(
            QT_TRANSLATE_NOOP("dsn::OfficeStore",
                "the place %1 is not the code of a State Revenue Department (dsnctl reference departments)"))
            .arg(r.place);
    r.registeredOn = isoDate(row.at(4));
    if (!r.registeredOn.isValid())
        return localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "the registration date is not YYYY-MM-DD"));
    if (!row.at(5).trimmed().isEmpty()) {
        r.deregisteredOn = isoDate(row.at(5));
        if (!r.deregisteredOn.isValid())
            return localized(QT_TRANSLATE_NOOP(
                "dsn::OfficeStore", "the deregistration date is neither empty nor YYYY-MM-DD"));
        if (r.deregisteredOn < r.registeredOn)
            return localized(QT_TRANSLATE_NOOP(
                "dsn::OfficeStore", "the deregistration date is before the registration date"));
    }
    *out = r;
    return {};
}

} // namespace

QString taxpayerCsvHeader()
{
    return kHeader.join(u',');
}

TaxpayerCsv parseTaxpayerCsv(const QString &text)
{
    TaxpayerCsv result;
    // A spreadsheet's UTF-8 export may begin with a byte order mark.
    const csv::ParseResult parsed = csv::parse(text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text);
    const QString lineProblem = localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "line %1: %2"));
    if (!parsed.ok()) {
        result.problems.append(lineProblem.arg(parsed.errorLine).arg(parsed.error));
        return result;
    }
    if (parsed.rows.isEmpty() || parsed.rows.first() != kHeader) {
        result.problems.append(
            lineProblem.arg(1).arg(localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "the header must be %1"))
                                       .arg(taxpayerCsvHeader())));
        return result;
    }
    if (parsed.rows.size() == 1) {
        result.problems.append(lineProblem.arg(2).arg(localized(QT_TRANSLATE_NOOP(
            "dsn::OfficeStore", "the file holds no registration; an import would empty the registry"))));
        return result;
    }
    QSet<QString> seen;
    QList<TaxpayerRegistration> rows;
    for (qsizetype i = 1; i < parsed.rows.size(); ++i) {
        const qsizetype line = i + 1;
        TaxpayerRegistration r;
        if (const QString problem = rowProblem(parsed.rows.at(i), &r); !problem.isEmpty()) {
            result.problems.append(lineProblem.arg(line).arg(problem));
            continue;
        }
        const QString key
            = QStringList { r.taxpayerId, r.activity, r.place, r.registeredOn.toString(Qt::ISODate) }.join(
                u'|');
        if (seen.contains(key)) {
            result.problems.append(lineProblem.arg(line).arg(
                localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
                              "the IIN/BIN %1 has this activity, place and registration date twice"))
                    .arg(r.taxpayerId)));
            continue;
        }
        seen.insert(key);
        rows.append(r);
    }
    if (result.problems.isEmpty())
        result.rows = rows;
    return result;
}

} // namespace dsn::office
