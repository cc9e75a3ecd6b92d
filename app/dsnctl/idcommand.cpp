// dsnctl id: checks and decodes an IIN or BIN for support staff and scripts.
#include "commandregistry.h"

#include "identity/taxpayerid.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

// Help texts of the command, in the translation context "dsnctl::IdCommand".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::IdCommand)
};

const QString kJsonOption = u"json"_s;
const QString kExpectOption = u"expect"_s;

// The decoded fields of a valid number, in output order.
QList<std::pair<QString, QString>> decodedFields(const dsn::TaxpayerId &id)
{
    using dsn::TaxpayerId;
    if (id.kind() == TaxpayerId::Kind::Iin)
        return {
            { u"birth_date"_s, id.birthDate().toString(Qt::ISODate) },
            { u"sex"_s, TaxpayerId::sexCode(id.sex()) },
        };
    return {
        { u"registered"_s, id.registrationMonth().toString(u"yyyy-MM"_s) },
        { u"type"_s, TaxpayerId::binTypeCode(id.binType()) },
        { u"attribute"_s, TaxpayerId::binAttributeCode(id.binAttribute()) },
    };
}

int check(dsnctl::Invocation &inv)
{
    using dsn::TaxpayerId;
    auto expect = TaxpayerId::Expect::Any;
    if (inv.isSet(kExpectOption)) {
        QString word;
        if (!dsnctl::parseChoice(inv, kExpectOption, { u"iin"_s, u"bin"_s }, &word))
            return dsnctl::ExitUsage;
        expect = word == u"iin"_s ? TaxpayerId::Expect::Iin : TaxpayerId::Expect::Bin;
    }

    const TaxpayerId::Result result = TaxpayerId::parse(inv.positional().constFirst(), expect);
    const QString number = result.isValid() ? result.id->digits() : result.digits;
    QTextStream &out = inv.out();

    if (inv.isSet(kJsonOption)) {
        QJsonObject json {
            { u"valid"_s, result.isValid() },
            { u"kind"_s,
                result.isValid() ? QJsonValue(TaxpayerId::kindCode(result.id->kind())) : QJsonValue() },
            { u"number"_s, number },
            { u"reason"_s,
                result.isValid() ? QJsonValue() : QJsonValue(dsn::taxpayerIdErrorCode(result.error)) },
            { u"message"_s, result.isValid() ? QJsonValue() : QJsonValue(result.message) },
        };
        if (result.isValid()) {
            for (const auto &[key, value] : decodedFields(*result.id))
                json.insert(key, value);
            json.insert(u"summary"_s, result.id->summary());
        }
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
    } else if (result.isValid()) {
        out << TaxpayerId::kindCode(result.id->kind()) << '\n' << "number: " << number << '\n';
        for (const auto &[key, value] : decodedFields(*result.id))
            out << key << ": " << value << '\n';
        out << "summary: " << result.id->summary() << '\n';
    } else {
        out << "invalid\n"
            << "number: " << number << '\n'
            << "reason: " << dsn::taxpayerIdErrorCode(result.error) << '\n'
            << "message: " << result.message << '\n';
    }
    out.flush();
    if (result.isValid())
        return dsnctl::ExitOk;
    return inv.fail(result.message, dsnctl::ExitInvalid);
}

dsnctl::Command idCommand()
{
    dsnctl::Command checkCommand;
    checkCommand.name = u"check"_s;
    checkCommand.summary = Text::tr(
        "Check an IIN or BIN (12 digits, spaces allowed when quoted) and decode it. Prints the kind (IIN, "
        "BIN "
        "or invalid) and then key: value lines: birth_date and sex for an IIN; registered, type and "
        "attribute "
        "for a BIN; reason and message when invalid. Exit code 0 valid, 1 invalid, 2 usage error.");
    checkCommand.positionalNames = { u"NUMBER"_s };
    checkCommand.minPositional = 1;
    checkCommand.maxPositional = 1;
    checkCommand.options = {
        QCommandLineOption(kJsonOption,
            Text::tr("Print one JSON object: valid, kind, number, the decoded fields, reason, message.")),
        QCommandLineOption(kExpectOption,
            Text::tr("Accept only this kind of number; by default the 5th digit tells the kind."),
            u"iin|bin"_s),
    };
    checkCommand.run = &check;

    dsnctl::Command group;
    group.name = u"id"_s;
    group.summary = Text::tr("Individual and business identification numbers (IIN, BIN).");
    group.children = { checkCommand };
    return group;
}

const bool registered = dsnctl::registerCommand(&idCommand);

} // namespace
