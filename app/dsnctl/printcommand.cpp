// dsnctl print: writes a case's printed documents to PDF, exactly as the workstation prints
// them, and records each print in the store.
#include "commandregistry.h"
#include "storeaccess.h"

#include "calendar/workingcalendar.h"
#include "cases/casestore.h"
#include "documents/receiptbuilder.h"
#include "reference/referencedata.h"

#include <QCoreApplication>
#include <QGuiApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

using dsnctl::Command;
using dsnctl::Invocation;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::PrintCommand)
};

const QString kLangOption = u"lang"_s;
const QString kOutOption = u"out"_s;

int printReceipt(Invocation &inv)
{
    QString lang;
    if (!inv.isSet(kLangOption))
        return inv.usageError(Text::tr("--lang is required: kk or ru."));
    if (!dsnctl::parseChoice(inv, kLangOption, { u"kk"_s, u"ru"_s }, &lang))
        return dsnctl::ExitUsage;
    const QString out = inv.value(kOutOption);
    if (out.trimmed().isEmpty())
        return inv.usageError(Text::tr("--out FILE.pdf is required."));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return inv.fail(Text::tr("Printing needs the graphical part of Qt; it is not available."));
    const dsn::Language language = *dsn::languageFromCode(lang);
    const QString number = inv.positional().constFirst().trimmed();

    int code = dsnctl::ExitOk;
    std::unique_ptr<dsn::Database> db = dsnctl::openStore(inv, &code);
    if (!db)
        return code;
    dsn::CaseStore store(*db);
    const dsn::Result<dsn::CaseRecord> record
        = store.openCase(number, dsnctl::systemActor(), u"dsnctl print receipt"_s);
    if (!record)
        return inv.fail(dsnctl::describe(record.error()));

    const dsn::PreparedDocument document = dsn::receiptbuilder::prepare(
        *db, *record, dsn::ReferenceData::embedded(), dsn::WorkingCalendar::shipped(), language);
    if (!document.ok())
        return inv.fail(document.error());
    const dsn::RenderedDocument rendered = document.writePdf(out);
    if (!rendered.ok())
        return inv.fail(rendered.error);
    const dsn::Result<int> reprint = store.recordPrint(record->caseNumber,
        QLatin1StringView(dsn::receipt::kind), language, rendered.contentHash, dsnctl::systemActor());
    if (!reprint)
        return inv.fail(dsnctl::describe(reprint.error()));
    inv.out() << out << '\t' << rendered.contentHash << "\treprint " << *reprint << '\n';
    inv.out().flush();
    return dsnctl::ExitOk;
}

Command printCommand()
{
    Command receipt;
    receipt.name = u"receipt"_s;
    receipt.summary = Text::tr(
        "Write the acceptance receipt of a case to a PDF file, the same document the workstation prints, and "
        "record the print (as the system). Prints the file, the content hash and the reprint number.");
    receipt.positionalNames = { u"CASE"_s };
    receipt.minPositional = 1;
    receipt.maxPositional = 1;
    receipt.options = {
        QCommandLineOption(kLangOption, Text::tr("Language of the receipt: kk or ru."), u"kk|ru"_s),
        QCommandLineOption(kOutOption, Text::tr("The PDF file to write."), u"FILE.pdf"_s),
    };
    receipt.run = &printReceipt;

    Command group;
    group.name = u"print"_s;
    group.summary = Text::tr("Print a case's documents to PDF files.");
    group.children = { receipt };
    return group;
}

const bool registered = dsnctl::registerCommand(&printCommand);

} // namespace
