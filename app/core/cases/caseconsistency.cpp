#include "cases/caseconsistency.h"

#include "cases/casenumber.h"
#include "settings/settings.h"
#include "store/audittrail.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::CaseConsistency)
};

// At most this many findings of one kind are listed; the rest are counted.
constexpr int kListed = 5;

// more: the translated line for the rest, with %1 for their count.
void addLimited(QStringList &problems, const QStringList &found, const QString &more)
{
    problems.append(found.mid(0, kListed));
    if (found.size() > kListed)
        problems.append(more.arg(found.size() - kListed));
}

} // namespace

QStringList caseConsistencyProblems(const QSqlDatabase &db)
{
    QStringList problems;
    const auto failed = [&problems](const Error &e) {
        problems.append(
            Text::tr("The cases could not be read: %1").arg(e.detail.isEmpty() ? e.message : e.detail));
        return problems;
    };

    const Result<QString> own = readSetting(db, Setting::WorkstationCode);
    if (!own)
        return failed(own.error());
    const QString workstation = *own;

    // Case numbers: parse, one serial per workstation and year.
    Result<QSqlQuery> numbers = sqlRun(db, u"SELECT case_number FROM applications ORDER BY id"_s);
    if (!numbers)
        return failed(numbers.error());
    QSet<QString> stored;
    QHash<QString, QString> bySerial; // "workstation/year/serial" -> number
    QHash<int, qint64> highestOwnSerial;
    QStringList unparsed, repeated;
    while (numbers->next()) {
        const QString number = numbers->value(0).toString();
        stored.insert(number);
        const std::optional<CaseNumber> parsed = parseCaseNumber(number);
        if (!parsed) {
            unparsed.append(Text::tr("The case number \"%1\" is not a case number.").arg(number));
            continue;
        }
        const QString key = u"%1/%2/%3"_s.arg(parsed->workstation).arg(parsed->year).arg(parsed->serial);
        if (const auto it = bySerial.constFind(key); it != bySerial.constEnd())
            repeated.append(Text::tr("The case numbers %1 and %2 are the same number.").arg(*it, number));
        else
            bySerial.insert(key, number);
        if (parsed->workstation == workstation)
            highestOwnSerial[parsed->year] = std::max(highestOwnSerial.value(parsed->year), parsed->serial);
    }
    numbers->finish();
    addLimited(problems, unparsed, Text::tr("... and %1 more case numbers that do not parse."));
    addLimited(problems, repeated, Text::tr("... and %1 more repeated case numbers."));

    // The counters: never behind the cases they numbered.
    for (auto it = highestOwnSerial.cbegin(); it != highestOwnSerial.cend(); ++it) {
        const Result<QVariant> counter
            = sqlScalar(db, u"SELECT value FROM counters WHERE name = ?"_s, { caseCounterName(it.key()) });
        if (!counter)
            return failed(counter.error());
        const qint64 value = counter->isNull() ? 0 : counter->toLongLong();
        if (value < it.value()) {
            problems.append(
                Text::tr("The case counter of %1 stands at %2, but case %3 exists: numbers would be "
                         "handed out twice.")
                    .arg(it.key())
                    .arg(value)
                    .arg(formatCaseNumber(workstation, it.key(), it.value())));
        }
    }

    // The intakes the audit trail recorded: each case there, each number once.
    Result<QSqlQuery> intakes = sqlRun(db,
        u"SELECT object_id, count(*), min(id) FROM audit_log WHERE event = ? AND object_type = 'case'"
        u" GROUP BY object_id ORDER BY min(id)"_s,
        { QString(AuditEvent::CaseIntake) });
    if (!intakes)
        return failed(intakes.error());
    QStringList missing, twice;
    while (intakes->next()) {
        const QString number = intakes->value(0).toString();
        const qint64 count = intakes->value(1).toLongLong();
        if (!stored.contains(number)) {
            missing.append(Text::tr("Case %1 was taken in (audit entry %2) but is not in the store.")
                               .arg(number)
                               .arg(intakes->value(2).toLongLong()));
        }
        if (count > 1)
            twice.append(Text::tr("The case number %1 was taken in %2 times.").arg(number).arg(count));
    }
    intakes->finish();
    addLimited(problems, missing, Text::tr("... and %1 more cases taken in but missing."));
    addLimited(problems, twice, Text::tr("... and %1 more case numbers taken in more than once."));
    return problems;
}

} // namespace dsn
