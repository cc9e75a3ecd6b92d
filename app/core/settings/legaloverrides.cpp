#include "settings/legaloverrides.h"

#include "settings/settings.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::LegalOverrides)
};

constexpr Language kLanguages[] = { Language::Kazakh, Language::Russian };

QString textProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Text::tr(
            "The text of a legal reference cannot be empty; use reset to go back to the shipped text.");
    if (trimmed.contains(u'\n') || trimmed.contains(u'\r'))
        return Text::tr("The text of a legal reference must be one line.");
    if (trimmed.size() > kMaxLegalReferenceLength)
        return Text::tr("The text of a legal reference is longer than %1 characters.")
            .arg(kMaxLegalReferenceLength);
    return {};
}

} // namespace

Result<LegalReferences> legalReferencesInForce(const QSqlDatabase &db, const LegalReferences &shipped)
{
    LegalReferences inForce = shipped;
    for (const LegalReference &reference : shipped.all()) {
        for (const Language language : kLanguages) {
            const std::optional<Setting> setting = legalReferenceSetting(reference.key, language);
            if (!setting)
                continue;
            Result<QString> value = readSetting(db, *setting);
            if (!value)
                return value.error();
            if (!value->isEmpty())
                inForce.setText(reference.key, language, *value);
        }
    }
    return inForce;
}

QString legalReferenceChangeProblem(const LegalReferenceChange &change, const LegalReferences &shipped)
{
    if (!shipped.find(change.key))
        return Text::tr("There is no legal reference \"%1\".").arg(change.key);
    for (const Language language : kLanguages) {
        if (!legalReferenceSetting(change.key, language))
            return Text::tr("The legal reference \"%1\" cannot be corrected on the workstation.")
                .arg(change.key);
    }
    const bool texts = change.kk.has_value() || change.ru.has_value();
    if (change.reset && texts)
        return Text::tr("Either reset a legal reference or give its new texts, not both.");
    if (!change.reset && !texts)
        return Text::tr("Give the new Kazakh text, the new Russian text, or both.");
    for (const std::optional<QString> &text : { change.kk, change.ru }) {
        if (text) {
            if (const QString problem = textProblem(*text); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

Result<void> writeLegalReference(QSqlDatabase &db, const LegalReferenceChange &change, const Actor &actor,
    const Clock &clock, const QString &reason)
{
    if (const QString problem = legalReferenceChangeProblem(change); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    QList<SettingValue> values;
    const auto add = [&](Language language, const std::optional<QString> &text) {
        if (change.reset || text)
            values.append(
                { *legalReferenceSetting(change.key, language), change.reset ? u""_s : text->trimmed() });
    };
    add(Language::Kazakh, change.kk);
    add(Language::Russian, change.ru);
    QJsonObject extra;
    if (change.reset)
        extra.insert(u"reset"_s, true);
    if (!reason.isEmpty())
        extra.insert(u"reason"_s, reason);
    return writeSettings(db, values, actor, clock, u"legal."_s + change.key, extra);
}

} // namespace dsn
