// dsnctl audit: checks the store's hash-chained audit trail, and with --office also against the
// anchors the office keeps of it (sync/auditanchor.h).
#include "commandregistry.h"
#include "secretinput.h"
#include "storeaccess.h"

#include "store/audittrail.h"
#include "store/migrations.h"
#include "store/storefile.h"
#include "sync/auditanchor.h"
#include "sync/syncclient.h"
#include "sync/syncstore.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace {

using dsnctl::Command;
using dsnctl::Invocation;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::audit)
};

const QString kOfficeOption = u"office"_s;
const QString kTokenOption = u"token"_s;

// verify --office: the local walk, then every anchor of the office against the local chain.
int runVerifyWithOffice(Invocation &inv)
{
    const QString office = inv.positional().value(0);
    QString token;
    if (inv.isSet(kTokenOption)) {
        const std::optional<QString> given = dsnctl::tokenOptionValue(inv, kTokenOption);
        if (!given)
            return dsnctl::ExitUsage;
        token = *given;
    }
    int code = dsnctl::ExitOk;
    std::unique_ptr<dsn::Database> db = dsnctl::openStore(inv, &code);
    if (!db)
        return code;
    // The office and the token as `dsnctl sync run` finds them, unless given.
    const dsn::Result<dsn::SyncSettings> saved = dsn::SyncStore(*db).settings();
    if (!saved)
        return inv.fail(dsnctl::describe(saved.error()));
    dsn::SyncClient::Options options;
    options.settings
        = { office.isEmpty() ? saved->officeUrl : office, token.isEmpty() ? saved->token : token };
    if (!options.settings.isComplete()) {
        return inv.usageError(Text::tr("no office is set up: give the office's URL and --token TOKEN, or "
                                       "save them with \"dsnctl sync configure\""));
    }

    dsn::AuditVerification local;
    if (dsn::Result<void> r = db->read([&](QSqlDatabase &c) -> dsn::Result<void> {
            dsn::Result<dsn::AuditVerification> v = dsn::AuditTrail::verify(c);
            if (!v)
                return v.error();
            local = *v;
            return {};
        });
        !r) {
        return inv.fail(dsnctl::describe(r.error()));
    }
    if (local.intact) {
        inv.out() << Text::tr("audit trail intact: %1 entries").arg(local.entries) << '\n';
    } else {
        inv.err() << Text::tr("audit trail broken at entry %1: %2")
                         .arg(local.brokenEntryId.value_or(0))
                         .arg(local.problem)
                  << '\n';
    }

    dsn::SyncClient client(*db, options);
    const dsn::Result<dsn::OfficeAnchors> anchors = client.officeAnchorsAndWait();
    if (!anchors) {
        if (anchors.error().code == dsn::ErrorCode::InvalidInput)
            return inv.usageError(anchors.error().message);
        return inv.fail(Text::tr("the office's anchors could not be read: %1").arg(anchors.error().message));
    }
    const dsn::Result<QStringList> problems = dsn::anchorProblems(*db, anchors->anchors);
    if (!problems)
        return inv.fail(dsnctl::describe(problems.error()));
    for (const QString &problem : *problems)
        inv.err() << Text::tr("office anchor: %1").arg(problem) << '\n';
    if (!anchors->alertReason.isEmpty()) {
        inv.err() << Text::tr("the office flagged this workstation's audit trail on %1 and refuses its sync "
                              "until an office administrator has reviewed it: %2")
                         .arg(anchors->alertRaisedAt.toString(Qt::ISODate), anchors->alertReason)
                  << '\n';
    }
    if (problems->isEmpty()) {
        inv.out() << Text::tr("office anchors held: %n anchor(s) of workstation %1 checked", nullptr,
            int(anchors->anchors.size()))
                         .arg(anchors->workstation)
                  << '\n';
    }
    inv.out().flush();
    inv.err().flush();
    return local.intact && problems->isEmpty() && anchors->alertReason.isEmpty() ? dsnctl::ExitOk
                                                                                 : dsnctl::ExitInvalid;
}

int runVerify(Invocation &inv)
{
    if (inv.isSet(kOfficeOption))
        return runVerifyWithOffice(inv);
    if (!inv.positional().isEmpty() || inv.isSet(kTokenOption))
        return inv.usageError(Text::tr("an office's URL and --token go with --office"));
    const std::optional<QString> path = dsnctl::storePath(inv);
    if (!path)
        return dsnctl::ExitUsage;
    if (!QFileInfo::exists(*path))
        return inv.fail(Text::tr("no store at %1").arg(*path));
    // Read-only: checking the trail never writes to the store.
    dsn::Result<std::unique_ptr<dsn::StoreFile>> file
        = dsn::StoreFile::inspect(*path, dsn::IntegrityDepth::Quick, dsn::latestSchemaVersion());
    if (!file)
        return inv.fail(Text::tr("cannot open the store %1: %2").arg(*path, dsnctl::describe(file.error())));
    const dsn::Result<dsn::AuditVerification> result = dsn::AuditTrail::verify((*file)->connection());
    if (!result)
        return inv.fail(dsnctl::describe(result.error()));
    if (!result->intact) {
        return inv.fail(Text::tr("audit trail broken at entry %1: %2")
                            .arg(result->brokenEntryId.value_or(0))
                            .arg(result->problem));
    }
    inv.out() << Text::tr("audit trail intact: %1 entries").arg(result->entries) << '\n';
    return dsnctl::ExitOk;
}

Command auditCommand()
{
    Command verify;
    verify.name = u"verify"_s;
    verify.summary = Text::tr(
        "Walk the audit chain. Exit 0 when it holds; 1 naming the first broken entry (its id and what is "
        "wrong). With --office also read the anchors the office keeps of this workstation's chain "
        "(from its pushes) and check each against the local chain: exit 1 naming every anchor that is "
        "missing here or does not match, or when the office has flagged the workstation. The office "
        "and the token are the saved sync settings unless given.");
    verify.positionalNames = { u"[URL]"_s };
    verify.maxPositional = 1;
    verify.options = {
        QCommandLineOption(kOfficeOption, Text::tr("Check the chain against the office's anchors too.")),
        QCommandLineOption(kTokenOption,
            Text::tr("The workstation's token, instead of the saved one; \"-\" reads it from "
                     "standard input (one line)."),
            u"TOKEN"_s),
    };
    verify.run = runVerify;

    Command audit;
    audit.name = u"audit"_s;
    audit.summary = u"The store's audit trail."_s;
    audit.children = { verify };
    return audit;
}

const bool registered = dsnctl::registerCommand(&auditCommand);

} // namespace
