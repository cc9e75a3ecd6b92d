// dsnctl reference legal: the legal references the certificate and the refusal letter cite (the
// Rules and their order, the Tax Code and its article, the code of civil procedure), shipped in
// resources/reference/legalrefs.csv and corrected per workstation by an administrator.
#include "legalreference.h"

#include "storeaccess.h"

#include "base/csv.h"
#include "settings/legaloverrides.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

using dsnctl::Invocation;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::LegalReferenceCommand)
};

const QString kKkOption = u"kk"_s;
const QString kRuOption = u"ru"_s;
const QString kResetOption = u"reset"_s;
const QString kReasonOption = u"reason"_s;

// CSV: key,lang,corrected,text; two rows a key (kk, ru), in the shipped table's order.
void printReferences(Invocation &inv, const dsn::LegalReferences &references, const QString &onlyKey = {})
{
    QTextStream &out = inv.out();
    out << dsn::csv::formatRow({ u"key"_s, u"lang"_s, u"corrected"_s, u"text"_s }) << '\n';
    for (const dsn::LegalReference &r : references.all()) {
        if (!onlyKey.isEmpty() && r.key != onlyKey)
            continue;
        for (const dsn::Language language : { dsn::Language::Kazakh, dsn::Language::Russian })
            out << dsn::csv::formatRow({ r.key, dsn::languageCode(language),
                r.overridden(language) ? u"1"_s : u"0"_s, r.text.in(language) })
                << '\n';
    }
    out.flush();
}

int setReference(Invocation &inv, dsn::Database &db, const QString &key)
{
    dsn::LegalReferenceChange change;
    change.key = key;
    change.reset = inv.isSet(kResetOption);
    if (inv.isSet(kKkOption))
        change.kk = inv.value(kKkOption);
    if (inv.isSet(kRuOption))
        change.ru = inv.value(kRuOption);
    if (const QString problem = dsn::legalReferenceChangeProblem(change); !problem.isEmpty())
        return inv.usageError(problem);
    const QString reason
        = inv.isSet(kReasonOption) ? inv.value(kReasonOption) : u"dsnctl reference legal set"_s;
    const dsn::Result<void> written = db.write([&](QSqlDatabase &c) {
        return dsn::writeLegalReference(c, change, dsnctl::systemActor(), db.clock(), reason);
    });
    if (!written)
        return inv.fail(dsnctl::describe(written.error()));
    const dsn::Result<dsn::LegalReferences> inForce = dsn::legalReferencesInForce(db.connection());
    if (!inForce)
        return inv.fail(dsnctl::describe(inForce.error()));
    printReferences(inv, *inForce, key);
    return dsnctl::ExitOk;
}

int runLegal(Invocation &inv)
{
    const QStringList &args = inv.positional();
    const bool setting = !args.isEmpty();
    if (setting && (args.constFirst() != u"set"_s || args.size() != 2))
        return inv.usageError(Text::tr("expected nothing (to list) or: set KEY"));
    if (!setting && (inv.isSet(kKkOption) || inv.isSet(kRuOption) || inv.isSet(kResetOption)))
        return inv.usageError(Text::tr("--kk, --ru and --reset go with: set KEY"));

    int code = dsnctl::ExitOk;
    std::unique_ptr<dsn::Database> db = dsnctl::openStore(inv, &code);
    if (!db)
        return code;
    if (setting)
        return setReference(inv, *db, args.at(1));
    const dsn::Result<dsn::LegalReferences> inForce = dsn::legalReferencesInForce(db->connection());
    if (!inForce)
        return inv.fail(dsnctl::describe(inForce.error()));
    printReferences(inv, *inForce);
    return dsnctl::ExitOk;
}

} // namespace

namespace dsnctl {

Command legalReferenceCommand()
{
    Command c;
    c.name = u"legal"_s;
    c.summary = Text::tr(
        "The legal references the certificate and the refusal letter cite, as in force in the store, as CSV "
        "(key,lang,corrected,text). With 'set KEY' an administrator's correction of one (as the system, "
        "audited): "
        "--kk and/or --ru give the new texts, --reset goes back to the shipped ones.");
    c.positionalNames = { u"set"_s, u"KEY"_s };
    c.minPositional = 0;
    c.maxPositional = 2;
    c.options = {
        QCommandLineOption(kKkOption, Text::tr("The new Kazakh text."), u"TEXT"_s),
        QCommandLineOption(kRuOption, Text::tr("The new Russian text."), u"TEXT"_s),
        QCommandLineOption(kResetOption, Text::tr("Go back to the shipped texts in both languages.")),
        QCommandLineOption(kReasonOption, Text::tr("Why, for the audit trail."), u"TEXT"_s),
    };
    c.run = &runLegal;
    return c;
}

} // namespace dsnctl
