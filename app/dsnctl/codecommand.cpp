// dsnctl code: composes and explains DSN codes for support staff and scripts.
#include "commandregistry.h"

#include "base/digits.h"
#include "base/language.h"
#include "code/dsncode.h"
#include "reference/referencedata.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

// Help texts of the command, in the translation context "dsnctl::CodeCommand".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsnctl::CodeCommand)
};

const QString kCountryOption = u"country"_s;
const QString kAtuOption = u"atu"_s;
const QString kEntityOption = u"entity"_s;
const QString kProductOption = u"product"_s;
const QString kBrandOption = u"brand"_s;
const QString kGroupedOption = u"grouped"_s;
const QString kLangOption = u"lang"_s;
const QString kJsonOption = u"json"_s;

// A facet value: decimal digits only, leading zeros allowed ("053"). No facet has more than nine
// significant digits.
bool facetValue(dsnctl::Invocation &inv, const QString &option, int *value)
{
    if (!inv.isSet(option)) {
        inv.usageError(Text::tr("missing option --%1").arg(option));
        return false;
    }
    const QString text = inv.value(option);
    if (!dsn::isAllDigits(text)) {
        inv.usageError(Text::tr("invalid value '%1' for --%2 (expected a number)").arg(text, option));
        return false;
    }
    qsizetype first = 0;
    while (first < text.size() - 1 && text.at(first) == u'0')
        ++first;
    const QStringView significant = QStringView(text).sliced(first);
    if (significant.size() > dsn::DsnCode::kMaxBrandDigits) {
        inv.usageError(Text::tr("value '%1' for --%2 is out of range").arg(text, option));
        return false;
    }
    *value = significant.toInt();
    return true;
}

int compose(dsnctl::Invocation &inv)
{
    int country = 0;
    int atu = 0;
    int entity = 0;
    int product = 0;
    int brand = 0;
    if (!facetValue(inv, kCountryOption, &country) || !facetValue(inv, kAtuOption, &atu)
        || !facetValue(inv, kEntityOption, &entity) || !facetValue(inv, kProductOption, &product)
        || !facetValue(inv, kBrandOption, &brand))
        return dsnctl::ExitUsage;

    const dsn::DsnCode::Result result = dsn::DsnCode::compose(
        country, atu, entity, product, brand, dsn::ReferenceData::embedded(), dsn::DsnCode::Use::New);
    if (!result.isValid())
        return inv.fail(result.message, dsnctl::ExitUsage);
    inv.out() << (inv.isSet(kGroupedOption) ? result.code->grouped() : result.code->digits()) << '\n';
    inv.out().flush();
    return dsnctl::ExitOk;
}

int parse(dsnctl::Invocation &inv)
{
    QString langCode = u"en"_s;
    if (inv.isSet(kLangOption)
        && !dsnctl::parseChoice(inv, kLangOption, { u"kk"_s, u"ru"_s, u"en"_s }, &langCode))
        return dsnctl::ExitUsage;
    const dsn::Language lang = dsn::languageFromCode(langCode).value_or(dsn::Language::English);
    const bool json = inv.isSet(kJsonOption);
    const QString input = inv.positional().constFirst();
    const dsn::ReferenceData &reference = dsn::ReferenceData::embedded();
    const dsn::DsnCode::Result result = dsn::DsnCode::parse(input, reference, dsn::DsnCode::Use::Existing);
    QTextStream &out = inv.out();

    if (!result.isValid()) {
        const QString reason = dsn::dsnCodeErrorCode(result.error);
        if (json) {
            const QJsonObject object {
                { u"valid"_s, false },
                { u"input"_s, input },
                { u"reason"_s, reason },
                { u"message"_s, result.message },
            };
            out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            out << "invalid\n"
                << "reason: " << reason << '\n'
                << "message: " << result.message << '\n';
        }
        out.flush();
        return inv.fail(result.message, dsnctl::ExitInvalid);
    }

    const dsn::DsnCode &code = *result.code;
    const dsn::DsnCode::Description d = code.describe(reference, lang);
    if (json) {
        const QJsonObject object {
            { u"valid"_s, true },
            { u"code"_s, code.digits() },
            { u"grouped"_s, code.grouped() },
            { u"language"_s, langCode },
            { u"country"_s, QJsonObject { { u"code"_s, code.country() }, { u"name"_s, d.country } } },
            { u"atu"_s,
                QJsonObject {
                    { u"code"_s, code.territorialUnit() },
                    { u"name"_s, d.territorialUnit },
                    { u"region"_s, d.region },
                    { u"historical"_s, d.historical },
                } },
            { u"entity"_s, code.marketSubject() },
            { u"product"_s, QJsonObject { { u"code"_s, code.productType() }, { u"name"_s, d.productType } } },
            { u"brand"_s, code.brand() },
        };
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        out << code.grouped() << '\n'
            << "country: " << code.countryText() << ' ' << d.country << '\n'
            << "atu: " << code.territorialUnitText() << ' ' << d.territorialUnit
            << (d.historical ? " (historical)" : "") << '\n'
            << "region: " << d.region << '\n'
            << "entity: " << code.marketSubjectText() << '\n'
            << "product: " << code.productTypeText() << ' ' << d.productType << '\n'
            << "brand: " << code.brandText() << '\n';
    }
    out.flush();
    return dsnctl::ExitOk;
}

dsnctl::Command codeCommand()
{
    dsnctl::Command composeCommand;
    composeCommand.name = u"compose"_s;
    composeCommand.summary = Text::tr(
        "Compose a new DSN code from its five facets and print it (12 or more digits). All five options are "
        "required; a historical territorial unit is refused. Exit code 0 ok, 2 for a bad or unknown value.");
    composeCommand.options = {
        QCommandLineOption(kCountryOption,
            Text::tr("Facet 1, producing country: 1 outside the EAEU, 2 Belarus, 3 Kazakhstan, 4 Russia, "
                     "5 Kyrgyzstan, 6 Armenia."),
            u"N"_s),
        QCommandLineOption(kAtuOption,
            Text::tr(
                "Facet 2, administrative-territorial unit of the subject, 001-258 (see 'dsnctl reference "
                "atu')."),
            u"NNN"_s),
        QCommandLineOption(kEntityOption, Text::tr("Facet 3, market subject number, 0001-9999."), u"NNNN"_s),
        QCommandLineOption(kProductOption,
            Text::tr("Facet 4, product type: 1 gasoline, 2 diesel fuel, 3 fuel oil, 4 aviation fuel."),
            u"N"_s),
        QCommandLineOption(
            kBrandOption, Text::tr("Facet 5, brand number, 001 and up (at most 9 digits)."), u"NNN"_s),
        QCommandLineOption(kGroupedOption, Text::tr("Print the display form with spaces: 3 053 0001 1 001.")),
    };
    composeCommand.run = &compose;

    dsnctl::Command parseCommand;
    parseCommand.name = u"parse"_s;
    parseCommand.summary = Text::tr(
        "Check a DSN code (digits, or grouped as 3 053 0001 1 001 when quoted) and explain its facets: "
        "country, "
        "territorial unit and its region (marked historical when so), market subject, product type, brand. "
        "Exit code 0 valid, 1 invalid, 2 usage error.");
    parseCommand.positionalNames = { u"CODE"_s };
    parseCommand.minPositional = 1;
    parseCommand.maxPositional = 1;
    parseCommand.options = {
        QCommandLineOption(
            kLangOption, Text::tr("Language of the names: en (default), kk or ru."), u"kk|ru|en"_s),
        QCommandLineOption(kJsonOption,
            Text::tr("Print one JSON object: valid, code, grouped, country, atu, entity, product, brand; or "
                     "valid, input, reason, message when invalid.")),
    };
    parseCommand.run = &parse;

    dsnctl::Command group;
    group.name = u"code"_s;
    group.summary = Text::tr("DSN codes of petroleum products: compose and explain.");
    group.children = { composeCommand, parseCommand };
    return group;
}

const bool registered = dsnctl::registerCommand(&codeCommand);

} // namespace
