// dsnctl sync: the workstation's sync with the office. `sync run` pushes the outbox and pulls the
// office's decisions once, `sync configure` saves the office's address and the token, `sync status`
// shows what is waiting and how the last sync went.
#include "base/kazakhstantime.h"
#include "base/loopback.h"
#include "calendar/schedule.h"
#include "commandregistry.h"
#include "secretinput.h"
#include "storeaccess.h"

#include "sync/syncclient.h"
#include "sync/syncstore.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

using dsnctl::Command;
using dsnctl::Invocation;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::SyncCommand)
};

const QString kOfficeOption = u"office"_s;
const QString kTokenOption = u"token"_s;

// Checks an --office value; on failure reports a usage error and returns false.
bool checkOfficeUrl(Invocation &inv, const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http")) {
        inv.usageError(
            Text::tr("--office must be an http or https address, for example https://office.example.kz"));
        return false;
    }
    if (url.scheme() == u"http" && !dsn::isLoopbackHost(url.host())) {
        inv.usageError(Text::tr("--office must use https; plain http only to this computer"));
        return false;
    }
    return true;
}

// The --token value: the token itself, or "-" for one line on standard input (so that the token
// is not in the process list). On failure reports a usage error and returns nullopt.
void printFailures(Invocation &inv, dsn::SyncStore &store)
{
    const dsn::Result<QList<dsn::FailedPush>> failed = store.failedPushes();
    if (!failed)
        return;
    for (const dsn::FailedPush &f : *failed)
        inv.err() << f.failure << ' ' << f.caseNumber << ": " << f.reason << '\n';
}

// ---- sync run ----

int run(Invocation &inv)
{
    QString office = inv.isSet(kOfficeOption) ? inv.value(kOfficeOption) : QString();
    if (inv.isSet(kOfficeOption) && !checkOfficeUrl(inv, office))
        return dsnctl::ExitUsage;
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
    dsn::SyncStore store(*db);
    const dsn::Result<dsn::SyncSettings> saved = store.settings();
    if (!saved)
        return inv.fail(dsnctl::describe(saved.error()));
    dsn::SyncSettings settings { office.isEmpty() ? saved->officeUrl : office,
        token.isEmpty() ? saved->token : token };
    if (!settings.isComplete()) {
        return inv.usageError(
            Text::tr("no office is set up: give --office URL and --token TOKEN, or save them "
                     "with \"dsnctl sync configure\""));
    }

    dsn::SyncClient::Options options;
    options.settings = settings;
    dsn::SyncClient client(*db, options);
    // A person asked: every item not yet acknowledged goes now, whatever its backoff.
    const dsn::SyncReport report = client.syncAndWait(dsn::SyncTrigger::Person);
    inv.out() << "pushed " << report.pushed << '\n'
              << "acknowledged " << report.acknowledged << '\n'
              << "pulled " << report.pulled << '\n'
              << "failed " << report.failed() << '\n';
    inv.out().flush();
    if (report.conflicts > 0 || report.rejected > 0)
        printFailures(inv, store);
    if (!report.error.isEmpty())
        return inv.fail(report.error);
    return report.ok() ? dsnctl::ExitOk : dsnctl::ExitInvalid;
}

// ---- sync configure ----

int configure(Invocation &inv)
{
    if (!inv.isSet(kOfficeOption) || !inv.isSet(kTokenOption))
        return inv.usageError(Text::tr("--office URL and --token TOKEN are both required"));
    const QString office = inv.value(kOfficeOption);
    if (!checkOfficeUrl(inv, office))
        return dsnctl::ExitUsage;
    const std::optional<QString> token = dsnctl::tokenOptionValue(inv, kTokenOption);
    if (!token)
        return dsnctl::ExitUsage;
    int code = dsnctl::ExitOk;
    std::unique_ptr<dsn::Database> db = dsnctl::openStore(inv, &code);
    if (!db)
        return code;
    dsn::SyncStore store(*db);
    if (dsn::Result<void> r = store.saveSettings({ office, *token }, dsnctl::systemActor()); !r)
        return inv.fail(dsnctl::describe(r.error()));
    inv.out() << Text::tr("sync settings saved: %1").arg(office) << '\n';
    return dsnctl::ExitOk;
}

// ---- sync status ----

int status(Invocation &inv)
{
    int code = dsnctl::ExitOk;
    std::unique_ptr<dsn::Database> db = dsnctl::openStore(inv, &code);
    if (!db)
        return code;
    dsn::SyncStore store(*db);
    const dsn::Result<dsn::SyncSettings> settings = store.settings();
    if (!settings)
        return inv.fail(dsnctl::describe(settings.error()));
    const dsn::Result<dsn::SyncStatus> s = store.status();
    if (!s)
        return inv.fail(dsnctl::describe(s.error()));
    const dsn::Result<QString> tokenFile = store.tokenFilePath();
    if (!tokenFile)
        return inv.fail(dsnctl::describe(tokenFile.error()));
    inv.out() << "office " << (settings->officeUrl.isEmpty() ? u"-"_s : settings->officeUrl) << '\n'
              << "token " << (settings->token.isEmpty() ? u"missing"_s : u"set"_s) << '\n'
              << "token_file " << (tokenFile->isEmpty() ? u"-"_s : *tokenFile) << '\n'
              << "pending " << s->pending << '\n'
              << "oldest_pending " << dsnctl::timeText(s->oldestPending) << '\n'
              << "conflicts " << s->conflicts << '\n'
              << "rejected " << s->rejected << '\n'
              << "last_seq " << s->lastSeq << '\n'
              << "last_success " << dsnctl::timeText(s->lastSuccess) << '\n'
              << "last_error " << (s->lastError.isEmpty() ? u"-"_s : s->lastError) << '\n';
    inv.out().flush();
    printFailures(inv, store);
    return dsnctl::ExitOk;
}

Command syncCommand()
{
    Command runCommand;
    runCommand.name = u"run"_s;
    runCommand.summary = Text::tr("Sync once with the office: push every application not yet acknowledged, "
                                  "at once, even one that waits to be retried after a failed sync "
                                  "(in batches; an item counts as "
                                  "sent only when the office answered stored or duplicate), then pull the "
                                  "office's decisions and status "
                                  "changes. Prints the lines \"pushed N\", \"acknowledged N\", \"pulled N\" "
                                  "and \"failed N\"; conflicts and "
                                  "refused items on standard error. Exit code 0 when nothing failed, 1 "
                                  "otherwise, 2 for usage errors or "
                                  "when no office is set up. Without options the saved settings are used.");
    runCommand.options = {
        QCommandLineOption(
            kOfficeOption, Text::tr("The office's address, instead of the saved one."), u"URL"_s),
        QCommandLineOption(kTokenOption,
            Text::tr("The workstation's token, instead of the saved one; \"-\" reads it from standard input "
                     "(one line), which keeps it out of the process list."),
            u"TOKEN"_s),
    };
    runCommand.run = &run;

    Command configureCommand;
    configureCommand.name = u"configure"_s;
    configureCommand.summary = Text::tr(
        "Save the office's address in the store's settings (sync.office_url) and the workstation's token in "
        "a file of its own outside the store, readable by this user only (see \"sync status\"), so that "
        "copies and backups of the store never carry it. Recorded in the audit trail, without the token.");
    configureCommand.options = {
        QCommandLineOption(
            kOfficeOption, Text::tr("The office's address (https; http only on this computer)."), u"URL"_s),
        QCommandLineOption(kTokenOption,
            Text::tr("The token the office gave this workstation; \"-\" reads it from standard input (one "
                     "line), which keeps it out of the process list."),
            u"TOKEN"_s),
    };
    configureCommand.run = &configure;

    Command statusCommand;
    statusCommand.name = u"status"_s;
    statusCommand.summary = Text::tr(
        "Show the sync settings (never the token, only whether it is set and the file that keeps it), the "
        "applications waiting for the office and the oldest of "
        "them, conflicts and refused items, the last pulled update, the last successful sync and the last "
        "error.");
    statusCommand.run = &status;

    Command group;
    group.name = u"sync"_s;
    group.summary = Text::tr("Sync of the workstation with the office: push the outbox, pull the decisions.");
    group.children = { runCommand, configureCommand, statusCommand };
    return group;
}

const bool registered = dsnctl::registerCommand(&syncCommand);

} // namespace
