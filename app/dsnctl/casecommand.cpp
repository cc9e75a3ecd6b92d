// dsnctl case: take an application in from JSON, list and find cases, show one case. dsnctl acts
// as the system; every case shown is audited like a clerk's view.
#include "base/kazakhstantime.h"
#include "commandregistry.h"
#include "intake/intakefacts.h"
#include "storeaccess.h"

#include "calendar/schedule.h"
#include "cases/applicationjson.h"
#include "cases/casestore.h"
#include "reference/referencedata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

using dsnctl::Command;
using dsnctl::Invocation;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::CaseCommand)
};

const QString kJsonOption = u"json"_s;
const QString kStatusOption = u"status"_s;
const QString kSearchOption = u"search"_s;
const QString kOverdueOption = u"overdue"_s;
const QString kLimitOption = u"limit"_s;

// The reason recorded with every intake dsnctl makes for the workstation's counter.
const QString kImportReason = u"imported by dsnctl"_s;

QJsonValue storeTimeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(dsn::toStoreTime(t)) : QJsonValue();
}

QStringList statusKeys()
{
    QStringList keys;
    for (dsn::CaseStatus s : dsn::allCaseStatuses())
        keys.append(dsn::statusKey(s));
    return keys;
}

// ---- case add ----

int add(Invocation &inv)
{
    if (!inv.isSet(kJsonOption))
        return inv.usageError(Text::tr("--json FILE|- is required"));
    const QString source = inv.value(kJsonOption);
    QFile file;
    bool opened = false;
    if (source == u"-") {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(source);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return inv.usageError(Text::tr("cannot read %1: %2").arg(source, file.errorString()));
    const QByteArray text = file.readAll();

    // Everything is checked before the store is even opened: bad input leaves the file untouched.
    dsn::Application application;
    const dsn::ValidationProblems problems
        = dsn::checkApplicationJson(text, dsn::ReferenceData::embedded(), &application);
    if (!problems.isEmpty()) {
        for (const dsn::ValidationProblem &p : problems)
            inv.err() << p.field << ": " << p.message << '\n';
        inv.err().flush();
        return dsnctl::ExitUsage;
    }

    int code = dsnctl::ExitOk;
    std::unique_ptr<dsn::Database> db = dsnctl::openStore(inv, &code);
    if (!db)
        return code;
    dsn::CaseStore store(*db);
    // The counter's early warnings, as the operator would see them; they never stop the intake.
    for (const QString &warning :
        dsn::intakeWarningTexts(store, *db, application, dsn::kDefaultUnsentWarningLimit))
        inv.err() << Text::tr("warning: %1").arg(warning) << '\n';
    inv.err().flush();
    dsn::ValidationProblems late;
    const dsn::Result<QString> number = store.intake(
        application, dsnctl::systemActor(), { dsn::IntakeOrigin::OnBehalfOfCounter, kImportReason }, &late);
    if (!number) {
        for (const dsn::ValidationProblem &p : std::as_const(late))
            inv.err() << p.field << ": " << p.message << '\n';
        return inv.fail(
            dsnctl::describe(number.error()), late.isEmpty() ? dsnctl::ExitInvalid : dsnctl::ExitUsage);
    }
    inv.out() << *number << '\n';
    inv.out().flush();
    return dsnctl::ExitOk;
}

// ---- case list ----

QJsonObject summaryJson(const dsn::CaseSummary &c)
{
    return QJsonObject {
        { u"case_number"_s, c.caseNumber },
        { u"received_at"_s, storeTimeOrNull(c.receivedAt) },
        { u"status"_s, dsn::statusKey(c.status) },
        { u"taxpayer_id"_s, c.taxpayerId },
        { u"taxpayer_name"_s, c.taxpayerName },
        { u"due_at"_s, storeTimeOrNull(c.dueAt) },
        { u"overdue"_s, c.overdue },
    };
}

int list(Invocation &inv)
{
    dsn::CaseQuery query;
    if (inv.isSet(kStatusOption)) {
        QString key;
        if (!dsnctl::parseChoice(inv, kStatusOption, statusKeys(), &key))
            return dsnctl::ExitUsage;
        query.statuses = { *dsn::statusFromKey(key) };
    }
    if (inv.isSet(kSearchOption))
        query.text = inv.value(kSearchOption);
    query.overdueOnly = inv.isSet(kOverdueOption);
    qint64 limit = -1;
    if (inv.isSet(kLimitOption)) {
        bool ok = false;
        limit = inv.value(kLimitOption).toLongLong(&ok);
        if (!ok || limit < 1)
            return inv.usageError(Text::tr("--limit must be a whole number of at least 1"));
    }

    int code = dsnctl::ExitOk;
    std::unique_ptr<dsn::Database> db = dsnctl::openStore(inv, &code);
    if (!db)
        return code;
    dsn::CaseStore store(*db);

    QList<dsn::CaseSummary> cases;
    const dsn::CaseQuery asked = query;
    query.limit = 500;
    bool more = false;
    for (;;) {
        const dsn::Result<dsn::CasePage> page = store.search(query);
        if (!page)
            return inv.fail(dsnctl::describe(page.error()));
        cases += page->cases;
        more = page->next.has_value();
        if (!page->next || (limit > 0 && cases.size() >= limit))
            break;
        query.after = page->next;
    }
    if (limit > 0 && cases.size() > limit) {
        cases.resize(limit);
        more = true;
    }
    // The list shows IIN/BIN and names: one audit entry for the whole listing, written before
    // anything is printed (cases/caselistaudit.h).
    dsn::CaseListShown shown;
    shown.rows = int(cases.size());
    shown.rowsSoFar = shown.rows;
    shown.more = more;
    shown.purpose = u"dsnctl case list"_s;
    if (const dsn::Result<void> audited = store.auditCaseList(asked, dsnctl::systemActor(), shown); !audited)
        return inv.fail(dsnctl::describe(audited.error()));

    QTextStream &out = inv.out();
    if (inv.isSet(kJsonOption)) {
        QJsonArray array;
        for (const dsn::CaseSummary &c : std::as_const(cases))
            array.append(summaryJson(c));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        out << "case_number\treceived\tstatus\ttaxpayer_id\ttaxpayer_name\tdue\n";
        for (const dsn::CaseSummary &c : std::as_const(cases)) {
            out << c.caseNumber << '\t' << dsnctl::timeText(c.receivedAt, {}) << '\t'
                << dsn::statusKey(c.status) << '\t' << c.taxpayerId << '\t' << c.taxpayerName << '\t'
                << dsnctl::timeText(c.dueAt, {}) << (c.overdue ? u" overdue"_s : QString()) << '\n';
        }
    }
    out.flush();
    return dsnctl::ExitOk;
}

// ---- case show ----

QJsonObject recordJson(const dsn::CaseRecord &r)
{
    QJsonArray lines;
    for (const dsn::CaseLine &l : r.lines) {
        lines.append(QJsonObject {
            { u"line_no"_s, l.lineNo },
            { u"type"_s, l.product.type },
            { u"name"_s, l.product.name },
            { u"spec"_s, l.product.spec },
            { u"decision"_s, l.decision.isEmpty() ? QJsonValue() : QJsonValue(l.decision) },
            { u"dsn_code"_s, l.dsnCode.isEmpty() ? QJsonValue() : QJsonValue(l.dsnCode) },
            { u"refusal_ground"_s, l.refusalGround ? QJsonValue(*l.refusalGround) : QJsonValue() },
            { u"refusal_text"_s, l.refusalText.isEmpty() ? QJsonValue() : QJsonValue(l.refusalText) },
        });
    }
    QJsonArray history;
    for (const dsn::StatusEvent &e : r.history) {
        history.append(QJsonObject {
            { u"from"_s, e.from ? QJsonValue(dsn::statusKey(*e.from)) : QJsonValue() },
            { u"to"_s, dsn::statusKey(e.to) },
            { u"actor"_s, e.actorName },
            { u"actor_role"_s, e.actorRole },
            { u"at"_s, storeTimeOrNull(e.at) },
            { u"comment"_s, e.comment.isEmpty() ? QJsonValue() : QJsonValue(e.comment) },
        });
    }
    QJsonArray documents;
    for (const dsn::PrintedDocument &d : r.documents) {
        documents.append(QJsonObject {
            { u"kind"_s, d.kind },
            { u"language"_s, d.language },
            { u"content_hash"_s, d.contentHash },
            { u"printed_by"_s, d.printedByName },
            { u"printed_at"_s, storeTimeOrNull(d.printedAt) },
            { u"reprint_no"_s, d.reprintNo },
        });
    }
    QJsonObject application = dsn::applicationToJson(r.application);
    application.remove(u"products"_s); // the lines below carry them with their decisions
    return QJsonObject {
        { u"case_number"_s, r.caseNumber },
        { u"uid"_s, r.uid },
        { u"status"_s, dsn::statusKey(r.status) },
        { u"id_kind"_s, r.idKind },
        { u"application"_s, application },
        { u"received_by"_s, r.receivedByName },
        { u"office_code"_s, r.officeCode },
        { u"registered_at"_s, storeTimeOrNull(r.registeredAt) },
        { u"due_at"_s, storeTimeOrNull(r.dueAt) },
        { u"content_hash"_s, r.contentHash },
        { u"created_at"_s, storeTimeOrNull(r.createdAt) },
        { u"updated_at"_s, storeTimeOrNull(r.updatedAt) },
        { u"lines"_s, lines },
        { u"history"_s, history },
        { u"documents"_s, documents },
    };
}

void printRecord(QTextStream &out, const dsn::CaseRecord &r)
{
    const dsn::Application &a = r.application;
    const auto field = [&out](const QString &key, const QString &value) {
        out << key << ": " << value << '\n';
    };
    field(u"case_number"_s, r.caseNumber);
    field(u"status"_s, dsn::statusKey(r.status));
    field(u"uid"_s, r.uid);
    field(u"department"_s, a.departmentCode);
    field(u"application_date"_s, a.applicationDate.toString(Qt::ISODate));
    field(u"taxpayer_name"_s, a.taxpayerName);
    field(u"taxpayer_id"_s, a.taxpayerId + u" ("_s + r.idKind + u')');
    field(u"subject_type"_s, a.subjectType ? dsn::subjectTypeKey(*a.subjectType) : QString());
    field(u"country"_s, QString::number(a.country));
    field(u"atu"_s, u"%1"_s.arg(a.atu, 3, 10, QLatin1Char('0')));
    field(u"head_name"_s, a.headName);
    field(u"received_at"_s, dsnctl::timeText(a.receivedAt, {}));
    field(u"received_by"_s, r.receivedByName);
    field(u"office_code"_s, r.officeCode);
    field(u"channel"_s, dsn::intakeChannelKey(a.channel));
    field(u"queue_ticket"_s, a.queueTicket);
    field(u"registered_at"_s, dsnctl::timeText(r.registeredAt, {}));
    field(u"due_at"_s, dsnctl::timeText(r.dueAt, {}));
    field(u"content_hash"_s, r.contentHash);
    out << "lines:\n";
    for (const dsn::CaseLine &l : r.lines) {
        out << "  " << l.lineNo << '\t' << l.product.type << '\t' << l.product.name << '\t' << l.product.spec;
        if (!l.decision.isEmpty())
            out << '\t' << l.decision << (l.dsnCode.isEmpty() ? QString() : u' ' + l.dsnCode);
        out << '\n';
    }
    out << "history:\n";
    for (const dsn::StatusEvent &e : r.history) {
        out << "  " << dsnctl::timeText(e.at, {}) << '\t' << (e.from ? dsn::statusKey(*e.from) : u"-"_s)
            << " -> " << dsn::statusKey(e.to) << '\t' << e.actorName << " (" << e.actorRole << ')';
        if (!e.comment.isEmpty())
            out << '\t' << e.comment;
        out << '\n';
    }
    out << "documents:\n";
    for (const dsn::PrintedDocument &d : r.documents) {
        out << "  " << dsnctl::timeText(d.printedAt, {}) << '\t' << d.kind << '\t' << d.language << '\t'
            << d.printedByName << "\treprint " << d.reprintNo << '\t' << d.contentHash << '\n';
    }
}

int show(Invocation &inv)
{
    const QString number = inv.positional().constFirst().trimmed();
    int code = dsnctl::ExitOk;
    std::unique_ptr<dsn::Database> db = dsnctl::openStore(inv, &code);
    if (!db)
        return code;
    dsn::CaseStore store(*db);
    const dsn::Result<dsn::CaseRecord> record
        = store.openCase(number, dsnctl::systemActor(), u"dsnctl case show"_s);
    if (!record)
        return inv.fail(dsnctl::describe(record.error()));
    if (inv.isSet(kJsonOption))
        inv.out() << QString::fromUtf8(QJsonDocument(recordJson(*record)).toJson(QJsonDocument::Indented));
    else
        printRecord(inv.out(), *record);
    inv.out().flush();
    return dsnctl::ExitOk;
}

Command caseCommand()
{
    Command addCommand;
    addCommand.name = u"add"_s;
    addCommand.summary = Text::tr(
        "Take one application in from JSON (a file, or - for standard input) on behalf of this workstation's "
        "counter, and print its case number. Keys: department, taxpayer_name, taxpayer_id, subject_type "
        "(producer|importer), country, atu, head_name, received_at (ISO 8601; without an offset it is "
        "Kazakhstan time), products (a list of objects with type 1-4, name, spec); optional channel "
        "(counter|home), queue_ticket, application_date (YYYY-MM-DD, default the day of receipt). Invalid "
        "input: every problem on standard error, one per line naming the key, nothing written, exit code 2. "
        "Recorded as the system, with the reason \"%1\".")
                             .arg(kImportReason);
    addCommand.options = {
        QCommandLineOption(kJsonOption,
            Text::tr("The application as a JSON object: a file, or - to read it from "
                     "standard input."),
            u"FILE|-"_s),
    };
    addCommand.run = &add;

    Command listCommand;
    listCommand.name = u"list"_s;
    listCommand.summary = Text::tr(
        "List cases, newest receipt first: case number, received, status, IIN/BIN, taxpayer name, due (times "
        "in Kazakhstan time; \"overdue\" after the due time when the term ended undecided), tab-separated "
        "after "
        "a header line; or a JSON array with --json (times in UTC). The listing shows IIN/BIN and names, "
        "so it is recorded in the audit trail as the system (case_search: the words, the filters, how "
        "many cases were listed).");
    listCommand.options = {
        QCommandLineOption(kStatusOption,
            Text::tr("Only cases in this status: %1.").arg(statusKeys().join(u", "_s)), u"STATUS"_s),
        QCommandLineOption(kSearchOption,
            Text::tr("Only cases matching these words: the start of a word of the taxpayer's name, "
                     "a product name, the IIN/BIN or the case number."),
            u"TEXT"_s),
        QCommandLineOption(kOverdueOption, Text::tr("Only cases whose term of service has ended undecided.")),
        QCommandLineOption(kLimitOption, Text::tr("At most N cases."), u"N"_s),
        QCommandLineOption(kJsonOption, Text::tr("Print a JSON array.")),
    };
    listCommand.run = &list;

    Command showCommand;
    showCommand.name = u"show"_s;
    showCommand.summary = Text::tr(
        "Show one case: every field, the product lines, the status history and the printed documents. The "
        "view is recorded in the audit trail (person_viewed for an IIN, case_viewed for a BIN).");
    showCommand.positionalNames = { u"NUMBER"_s };
    showCommand.minPositional = 1;
    showCommand.maxPositional = 1;
    showCommand.options = { QCommandLineOption(kJsonOption, Text::tr("Print one JSON object.")) };
    showCommand.run = &show;

    Command group;
    group.name = u"case"_s;
    group.summary
        = Text::tr("Cases of the workstation's store: intake from JSON, lists and search, one case.");
    group.children = { addCommand, listCommand, showCommand };
    return group;
}

const bool registered = dsnctl::registerCommand(&caseCommand);

} // namespace
