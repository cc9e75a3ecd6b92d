// dsnctl audit: checks the store's hash-chained audit trail.
#include "commandregistry.h"
#include "storeaccess.h"

#include "store/audittrail.h"
#include "store/migrations.h"
#include "store/storefile.h"

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

int runVerify(Invocation &inv)
{
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
    verify.summary = u"Walk the audit chain. Exit 0 when it holds; 1 naming the first broken entry (its id "
                     u"and what is wrong)."_s;
    verify.run = runVerify;

    Command audit;
    audit.name = u"audit"_s;
    audit.summary = u"The store's audit trail."_s;
    audit.children = { verify };
    return audit;
}

const bool registered = dsnctl::registerCommand(&auditCommand);

} // namespace
