// dsnctl print: writes a case's printed documents to PDF, exactly as the workstation prints
// them, and records each print in the store.
#include "commandregistry.h"
#include "storeaccess.h"

#include "calendar/workingcalendar.h"
#include "cases/casestore.h"
#include "documents/decisionbuilder.h"
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
const QString kTokenOption = u"token"_s;

enum class Kind { Receipt, Certificate, Refusal };

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Receipt:
        return QString::fromLatin1(dsn::receipt::kind);
    case Kind::Certificate:
        return QString::fromLatin1(dsn::certificate::kind);
    case Kind::Refusal:
        return QString::fromLatin1(dsn::refusalletter::kind);
    }
    return {};
}

dsn::PreparedDocument prepare(Kind kind, const dsn::Database &db, const dsn::CaseRecord &record,
    dsn::Language language, const QString &token)
{
    const dsn::ReferenceData &reference = dsn::ReferenceData::embedded();
    switch (kind) {
    case Kind::Receipt:
        return dsn::receiptbuilder::prepare(db, record, reference, dsn::WorkingCalendar::shipped(), language);
    case Kind::Certificate:
        return dsn::certificatebuilder::prepare(db, record, reference, language, token);
    case Kind::Refusal:
        return dsn::refusalbuilder::prepare(db, record, reference, language);
    }
    return dsn::PreparedDocument::failure(kindName(kind), language, Text::tr("Unknown document."));
}

int printDocument(Invocation &inv, Kind kind)
{
    QString lang;
    if (!inv.isSet(kLangOption))
        return inv.usageError(Text::tr("--lang is required: kk or ru."));
    if (!dsnctl::parseChoice(inv, kLangOption, { u"kk"_s, u"ru"_s }, &lang))
        return dsnctl::ExitUsage;
    const QString out = inv.value(kOutOption);
    if (out.trimmed().isEmpty())
        return inv.usageError(Text::tr("--out FILE.pdf is required."));
    QString token;
    if (kind == Kind::Certificate) {
        token = inv.value(kTokenOption).trimmed();
        if (token.isEmpty())
            return inv.usageError(Text::tr("--token TOKEN is required: the office's signed token that the "
                                           "certificate's QR code carries."));
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return inv.fail(Text::tr("Printing needs the graphical part of Qt; it is not available."));
    const dsn::Language language = *dsn::languageFromCode(lang);
    const QString number = inv.positional().constFirst().trimmed();
    const QString kindText = kindName(kind);

    int code = dsnctl::ExitOk;
    std::unique_ptr<dsn::Database> db = dsnctl::openStore(inv, &code);
    if (!db)
        return code;
    dsn::CaseStore store(*db);
    const dsn::Result<dsn::CaseRecord> record
        = store.openCase(number, dsnctl::systemActor(), u"dsnctl print "_s + kindText);
    if (!record)
        return inv.fail(dsnctl::describe(record.error()));

    const dsn::PreparedDocument document = prepare(kind, *db, *record, language, token);
    if (!document.ok())
        return inv.fail(document.error());
    const dsn::RenderedDocument rendered = document.writePdf(out);
    if (!rendered.ok())
        return inv.fail(rendered.error);
    const dsn::Result<int> reprint = store.recordPrint(
        record->caseNumber, kindText, language, rendered.contentHash, dsnctl::systemActor());
    if (!reprint)
        return inv.fail(dsnctl::describe(reprint.error()));
    inv.out() << out << '\t' << rendered.contentHash << "\treprint " << *reprint << '\n';
    inv.out().flush();
    return dsnctl::ExitOk;
}

Command printLeaf(const QString &name, const QString &summary, Kind kind, const QString &langHelp)
{
    Command c;
    c.name = name;
    c.summary = summary;
    c.positionalNames = { u"CASE"_s };
    c.minPositional = 1;
    c.maxPositional = 1;
    c.options = {
        QCommandLineOption(kLangOption, langHelp, u"kk|ru"_s),
        QCommandLineOption(kOutOption, Text::tr("The PDF file to write."), u"FILE.pdf"_s),
    };
    c.run = [kind](Invocation &inv) {
        return printDocument(inv, kind);
    };
    return c;
}

Command printCommand()
{
    Command receipt = printLeaf(u"receipt"_s,
        Text::tr(
            "Write the acceptance receipt of a case to a PDF file, the same document the workstation prints, "
            "and "
            "record the print (as the system). Prints the file, the content hash and the reprint number."),
        Kind::Receipt, Text::tr("Language of the receipt: kk or ru."));

    Command certificate = printLeaf(u"certificate"_s,
        Text::tr(
            "Write the certificate of the DSN codes a decided case issued to a PDF file (PDF/A-1b) and "
            "record "
            "the print (as the system). Needs the decision number and at least one issued line. The QR code "
            "carries the office's signed token given with --token; the workstation will fetch it from the "
            "office once the office gives tokens for printing. Prints the file, the content hash and the "
            "reprint number."),
        Kind::Certificate, Text::tr("Language of the certificate: kk or ru."));
    certificate.options.append(QCommandLineOption(kTokenOption,
        Text::tr("The office's signed verification token for this certificate (required)."), u"TOKEN"_s));

    Command refusal = printLeaf(u"refusal"_s,
        Text::tr(
            "Write the reasoned refusal letter of a decided case to a PDF file (PDF/A-1b) and record the "
            "print "
            "(as the system). Needs the decision number and at least one refused line. Prints the file, the "
            "content hash and the reprint number."),
        Kind::Refusal, Text::tr("Language of the letter: kk or ru."));

    Command group;
    group.name = u"print"_s;
    group.summary = Text::tr("Print a case's documents to PDF files.");
    group.children = { certificate, receipt, refusal };
    return group;
}

const bool registered = dsnctl::registerCommand(&printCommand);

} // namespace
