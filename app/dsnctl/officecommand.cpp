// dsnctl office: support tasks on the territorial revenue office's database (PostgreSQL or
// SQLite): register a workstation with its place and print its token, give it a new token, revoke
// it, import the taxpayer registry and say what it holds, review the workstations whose audit
// trail no longer extends the office's anchors.
#include "base/kazakhstantime.h"
#include "calendar/schedule.h"
#include "commandregistry.h"
#include "storeaccess.h"

#include "officecore/officedatabase.h"
#include "officecore/officestore.h"
#include "officecore/taxpayercsv.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace {

using dsnctl::Command;
using dsnctl::Invocation;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::OfficeCommand)
};

const QString kRoleOption = u"role"_s;
const QString kPlaceOption = u"place"_s;
const QString kAllOption = u"all"_s;
const QString kNoteOption = u"note"_s;

// Opens (and creates or upgrades) the office database named by --db; nullptr after reporting.
std::unique_ptr<dsn::office::OfficeDatabase> openOffice(Invocation &inv, int *exitCode)
{
    const QString url = inv.value(u"db"_s);
    if (url.isEmpty()) {
        *exitCode
            = inv.usageError(Text::tr("--db postgresql://USER@HOST:PORT/NAME or sqlite:PATH is required"));
        return nullptr;
    }
    const dsn::Result<dsn::office::OfficeLocation> location = dsn::office::OfficeLocation::parse(url);
    if (!location) {
        *exitCode = inv.usageError(u"--db: "_s + location.error().message);
        return nullptr;
    }
    dsn::Result<std::unique_ptr<dsn::office::OfficeDatabase>> db
        = dsn::office::OfficeDatabase::open(*location);
    if (!db) {
        *exitCode = inv.fail(Text::tr("cannot open the office database %1: %2")
                                 .arg(location->display(), dsnctl::describe(db.error())));
        return nullptr;
    }
    *exitCode = dsnctl::ExitOk;
    return std::move(*db);
}

// The workstation named by the first argument, and the office database; nullptr with the exit
// code when the name is empty or the database cannot be opened.
std::unique_ptr<dsn::office::OfficeDatabase> openForWorkstation(Invocation &inv, QString *name, int *exitCode)
{
    *name = inv.positional().constFirst().trimmed();
    if (name->isEmpty()) {
        *exitCode = inv.usageError(Text::tr("the workstation name is empty"));
        return nullptr;
    }
    return openOffice(inv, exitCode);
}

int registerWorkstation(Invocation &inv)
{
    QString roleKey = dsn::office::workstationRoleKey(dsn::Role::Operator);
    QStringList roleKeys;
    for (const dsn::Role role : dsn::office::workstationRoles())
        roleKeys.append(dsn::office::workstationRoleKey(role));
    if (inv.isSet(kRoleOption) && !dsnctl::parseChoice(inv, kRoleOption, roleKeys, &roleKey))
        return dsnctl::ExitUsage;
    const dsn::Role role = *dsn::office::workstationRoleFromKey(roleKey);
    const QString place = inv.value(kPlaceOption).trimmed();
    // The place is checked before the database is touched: missing where the role needs one is a
    // usage error, a code that is no place an invalid input.
    if (const QString problem = dsn::office::placeProblem(role, place); !problem.isEmpty())
        return place.isEmpty() ? inv.usageError(u"--place: "_s + problem)
                               : inv.fail(u"--place: "_s + problem);
    QString name;
    int code = 0;
    std::unique_ptr<dsn::office::OfficeDatabase> db = openForWorkstation(inv, &name, &code);
    if (!db)
        return code;
    dsn::office::OfficeStore store(*db);
    dsn::Result<QString> token = store.registerWorkstation(name, role, place);
    if (!token)
        return inv.fail(dsnctl::describe(token.error()));
    if (place.isEmpty())
        inv.out() << Text::tr("Registered workstation %1 with the role %2. Its token, shown only now:")
                         .arg(name, roleKey);
    else
        inv.out() << Text::tr(
            "Registered workstation %1 with the role %2 at the place %3. Its token, shown only now:")
                         .arg(name, roleKey, place);
    inv.out() << '\n' << *token << '\n';
    inv.out().flush();
    return dsnctl::ExitOk;
}

int revokeWorkstation(Invocation &inv)
{
    QString name;
    int code = 0;
    std::unique_ptr<dsn::office::OfficeDatabase> db = openForWorkstation(inv, &name, &code);
    if (!db)
        return code;
    dsn::office::OfficeStore store(*db);
    if (dsn::Result<void> revoked = store.revokeWorkstation(name); !revoked)
        return inv.fail(dsnctl::describe(revoked.error()));
    inv.out()
        << Text::tr("Revoked the token of workstation %1: its requests are refused from now on.").arg(name)
        << '\n';
    inv.out().flush();
    return dsnctl::ExitOk;
}

int rotateToken(Invocation &inv)
{
    QString name;
    int code = 0;
    std::unique_ptr<dsn::office::OfficeDatabase> db = openForWorkstation(inv, &name, &code);
    if (!db)
        return code;
    dsn::office::OfficeStore store(*db);
    dsn::Result<QString> token = store.rotateToken(name);
    if (!token)
        return inv.fail(dsnctl::describe(token.error()));
    inv.out() << Text::tr("Workstation %1 has a new token; its old token is refused from now on. Its cases "
                          "and history are kept. The new token, shown only now:")
                     .arg(name)
              << '\n'
              << *token << '\n';
    inv.out().flush();
    return dsnctl::ExitOk;
}

int importTaxpayers(Invocation &inv)
{
    const QString path = inv.positional().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return inv.usageError(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    const dsn::office::TaxpayerCsv csv = dsn::office::parseTaxpayerCsv(QString::fromUtf8(file.readAll()));
    if (!csv.ok()) {
        for (const QString &problem : csv.problems)
            inv.err() << path << ": " << problem << '\n';
        inv.err() << Text::tr("Nothing was imported.") << '\n';
        inv.err().flush();
        return dsnctl::ExitInvalid;
    }
    int code = 0;
    std::unique_ptr<dsn::office::OfficeDatabase> db = openOffice(inv, &code);
    if (!db)
        return code;
    dsn::office::OfficeStore store(*db);
    QString by = qEnvironmentVariable("SUDO_USER");
    if (by.isEmpty())
        by = qEnvironmentVariable("USER", u"unknown"_s);
    dsn::Result<dsn::office::RegistryInfo> imported
        = store.importTaxpayers(csv.rows, u"dsnctl: %1 (%2)"_s.arg(path, by));
    if (!imported)
        return inv.fail(dsnctl::describe(imported.error()));
    inv.out() << Text::tr(
        "Imported %n registration(s); the registry now holds them alone.", nullptr, int(csv.rows.size()))
              << '\n';
    inv.out().flush();
    return dsnctl::ExitOk;
}

int taxpayersInfo(Invocation &inv)
{
    int code = 0;
    std::unique_ptr<dsn::office::OfficeDatabase> db = openOffice(inv, &code);
    if (!db)
        return code;
    dsn::office::OfficeStore store(*db);
    dsn::Result<dsn::office::RegistryInfo> info = store.registryInfo();
    if (!info)
        return inv.fail(dsnctl::describe(info.error()));
    // One fact a line, tab-separated: what, value.
    inv.out() << "registrations\t" << info->registrations << '\n'
              << "taxpayers\t" << info->taxpayers << '\n'
              << "imported_at\t" << (info->importedAt.isValid() ? dsnctl::timeText(info->importedAt) : u"-"_s)
              << '\n';
    if (!info->importedAt.isValid())
        inv.err() << Text::tr(
            "The taxpayer registry has never been imported: refusal ground 1 holds for every "
            "subject.")
                  << '\n';
    inv.out().flush();
    inv.err().flush();
    return dsnctl::ExitOk;
}

int auditAlerts(Invocation &inv)
{
    int code = 0;
    std::unique_ptr<dsn::office::OfficeDatabase> db = openOffice(inv, &code);
    if (!db)
        return code;
    dsn::office::OfficeStore store(*db);
    dsn::Result<QList<dsn::office::AuditAlert>> alerts = store.auditAlerts(inv.isSet(kAllOption));
    if (!alerts)
        return inv.fail(dsnctl::describe(alerts.error()));
    // One alert a line, tab-separated: workstation, state, raised, entry reported, reason; then
    // for accepted ones who accepted when and why.
    for (const dsn::office::AuditAlert &a : *alerts) {
        QStringList fields { a.workstation, a.isOpen() ? u"open"_s : u"accepted"_s,
            dsnctl::timeText(a.raisedAt), a.reportedSeq ? QString::number(*a.reportedSeq) : u"-"_s,
            a.reason };
        if (!a.isOpen())
            fields << dsnctl::timeText(a.acceptedAt) << a.acceptedBy << a.note;
        inv.out() << fields.join(u'\t') << '\n';
    }
    if (alerts->isEmpty())
        inv.err() << Text::tr("No audit alert is open.") << '\n';
    inv.out().flush();
    inv.err().flush();
    return dsnctl::ExitOk;
}

int auditAccept(Invocation &inv)
{
    const QString note = inv.value(kNoteOption).simplified();
    if (note.isEmpty())
        return inv.usageError(Text::tr("--note must say what the review found"));
    QString name;
    int code = 0;
    std::unique_ptr<dsn::office::OfficeDatabase> db = openForWorkstation(inv, &name, &code);
    if (!db)
        return code;
    dsn::office::OfficeStore store(*db);
    QString by = qEnvironmentVariable("SUDO_USER");
    if (by.isEmpty())
        by = qEnvironmentVariable("USER", u"unknown"_s);
    if (dsn::Result<void> accepted = store.acceptAuditAlert(name, by, note); !accepted)
        return inv.fail(dsnctl::describe(accepted.error()));
    inv.out() << Text::tr("Accepted the audit alert of workstation %1 (recorded as reviewed by %2). Its "
                          "next push starts new anchors; the entries before stay as they are.")
                     .arg(name, by)
              << '\n';
    inv.out().flush();
    return dsnctl::ExitOk;
}

Command officeCommand()
{
    Command registerCmd;
    registerCmd.name = u"register-workstation"_s;
    registerCmd.summary
        = Text::tr("Register a workstation with the office and print its new token as the last line. "
                   "Only the token's SHA-256 is kept; the token cannot be shown again.");
    registerCmd.positionalNames = { u"NAME"_s };
    registerCmd.minPositional = 1;
    registerCmd.maxPositional = 1;
    registerCmd.options = { QCommandLineOption(kRoleOption,
                                Text::tr("counter (a State Corporation workstation, the default), review (a "
                                         "revenue department workstation) or admin."),
                                u"ROLE"_s),
        QCommandLineOption(kPlaceOption,
            Text::tr(
                "Where the workstation works: for a counter its State Corporation branch code (its NAME "
                "stays "
                "the workstation code of its case numbers), for a review desk the code of its State Revenue "
                "Department (dsnctl reference departments), which decides the cases it sees. An "
                "administrator may have none."),
            u"CODE"_s) };
    registerCmd.run = &registerWorkstation;

    Command revokeCmd;
    revokeCmd.name = u"revoke-workstation"_s;
    revokeCmd.summary
        = Text::tr("Revoke a workstation's token: every later request with it is refused (401).");
    revokeCmd.positionalNames = { u"NAME"_s };
    revokeCmd.minPositional = 1;
    revokeCmd.maxPositional = 1;
    revokeCmd.run = &revokeWorkstation;

    Command rotateCmd;
    rotateCmd.name = u"rotate-token"_s;
    rotateCmd.summary = Text::tr(
        "Give a registered workstation a new token and print it as the last line; the old token is "
        "refused (401) from now on. The workstation keeps its name, role, cases and history; a revoked "
        "workstation is taken back into service with the new token.");
    rotateCmd.positionalNames = { u"NAME"_s };
    rotateCmd.minPositional = 1;
    rotateCmd.maxPositional = 1;
    rotateCmd.run = &rotateToken;

    Command importCmd;
    importCmd.name = u"import-taxpayers"_s;
    importCmd.summary = Text::tr(
        "Import the taxpayer registry (refusal ground 1) from CSV with the header "
        "taxpayer_id,name,activity,place,registered_on,deregistered_on: one registration a row, the "
        "activity a key such as petroleum_production or petroleum_wholesale, the place a department "
        "code, dates YYYY-MM-DD (deregistered_on empty while in force). The import replaces the whole "
        "registry. All or nothing: any bad row is reported with its line and nothing is imported (exit "
        "code 1).");
    importCmd.positionalNames = { u"FILE"_s };
    importCmd.minPositional = 1;
    importCmd.maxPositional = 1;
    importCmd.run = &importTaxpayers;

    Command infoCmd;
    infoCmd.name = u"taxpayers-info"_s;
    infoCmd.summary = Text::tr("Say what the taxpayer registry holds: one line each, tab-separated, for the "
                               "registrations, the taxpayers and the time of the last import.");
    infoCmd.run = &taxpayersInfo;

    Command alertsCmd;
    alertsCmd.name = u"audit-alerts"_s;
    alertsCmd.summary = Text::tr(
        "List the workstations whose audit trail no longer extends the anchors the office kept from "
        "their pushes; the office refuses their sync until an alert is accepted. One line each, "
        "tab-separated: workstation, open or accepted, raised at, entry reported, reason (and for "
        "accepted ones when, by whom and the note).");
    alertsCmd.options = { QCommandLineOption(kAllOption, Text::tr("Accepted alerts too.")) };
    alertsCmd.run = &auditAlerts;

    Command acceptCmd;
    acceptCmd.name = u"audit-accept"_s;
    acceptCmd.summary
        = Text::tr("After review, accept a workstation's open audit alert: recorded with the note and the "
                   "system user; the workstation may sync again and its next push starts new anchors.");
    acceptCmd.positionalNames = { u"NAME"_s };
    acceptCmd.minPositional = 1;
    acceptCmd.maxPositional = 1;
    acceptCmd.options
        = { QCommandLineOption(kNoteOption, Text::tr("What the review found (required)."), u"TEXT"_s) };
    acceptCmd.run = &auditAccept;

    Command group;
    group.name = u"office"_s;
    group.summary = Text::tr(
        "Work on the territorial revenue office's database (--db postgresql://... or sqlite:PATH).");
    group.children = { registerCmd, rotateCmd, revokeCmd, importCmd, infoCmd, alertsCmd, acceptCmd };
    return group;
}

const bool registered = dsnctl::registerCommand(&officeCommand);

} // namespace
