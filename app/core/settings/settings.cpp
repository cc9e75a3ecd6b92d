#include "settings/settings.h"

#include "base/enumtable.h"
#include "store/audittrail.h"
#include "store/sql.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn {

namespace {

struct SettingEntry
{
    Setting value;
    QStringView key;
    QStringView defaultValue;
};

// clang-format off
constexpr SettingEntry kSettings[] = {
    {Setting::WorkstationCode,   u"workstation.code",       u""},
    {Setting::WorkstationOffice, u"workstation.office",     u""},
    {Setting::SyncOfficeUrl,     u"sync.office_url",        u""},
    {Setting::BranchNameKk,      u"office.branch_name.kk",  u""},
    {Setting::BranchNameRu,      u"office.branch_name.ru",  u""},
    {Setting::CollectAtKk,       u"office.collect_at.kk",   u""},
    {Setting::CollectAtRu,       u"office.collect_at.ru",   u""},
    {Setting::LegalRulesNameKk,  u"legal.rules_name.kk",    u""},
    {Setting::LegalRulesNameRu,  u"legal.rules_name.ru",    u""},
    {Setting::LegalRulesOrderKk, u"legal.rules_order.kk",   u""},
    {Setting::LegalRulesOrderRu, u"legal.rules_order.ru",   u""},
    {Setting::LegalTaxCodeNameKk, u"legal.tax_code_name.kk", u""},
    {Setting::LegalTaxCodeNameRu, u"legal.tax_code_name.ru", u""},
    {Setting::LegalTaxCodeArticleRegistrationKk, u"legal.tax_code_article_registration.kk", u""},
    {Setting::LegalTaxCodeArticleRegistrationRu, u"legal.tax_code_article_registration.ru", u""},
    {Setting::LegalCourtCodeKk,  u"legal.court_code.kk",    u""},
    {Setting::LegalCourtCodeRu,  u"legal.court_code.ru",    u""},
};
// clang-format on

} // namespace

QString settingKey(Setting setting)
{
    return enumKey(kSettings, setting);
}

std::optional<Setting> settingFromKey(QStringView key)
{
    return enumFromKey(kSettings, key);
}

QString settingDefault(Setting setting)
{
    const SettingEntry *entry = enumEntry(kSettings, setting);
    return entry ? entry->defaultValue.toString() : QString();
}

QList<Setting> allSettings()
{
    return enumValues(kSettings);
}

Setting branchNameSetting(Language language)
{
    return language == Language::Kazakh ? Setting::BranchNameKk : Setting::BranchNameRu;
}

Setting collectAtSetting(Language language)
{
    return language == Language::Kazakh ? Setting::CollectAtKk : Setting::CollectAtRu;
}

std::optional<Setting> legalReferenceSetting(QStringView key, Language language)
{
    const QStringView code = language == Language::Kazakh ? u"kk" : u"ru";
    return settingFromKey(QString(u"legal."_s + key + u'.' + code));
}

Result<QString> readSetting(const QSqlDatabase &db, Setting setting)
{
    Result<QVariant> v
        = sqlScalar(db, u"SELECT value FROM settings WHERE key = ?"_s, { settingKey(setting) });
    if (!v)
        return v.error();
    // Empty, not null, when absent: a null QString would be bound as SQL NULL.
    if (!v->isValid() || v->isNull()) {
        const QString fallback = settingDefault(setting);
        return fallback.isNull() ? u""_s : fallback;
    }
    return v->toString().trimmed();
}

Result<void> writeSettings(QSqlDatabase &db, const QList<SettingValue> &values, const Actor &actor,
    const Clock &clock, const QString &group, const QJsonObject &extra)
{
    if (values.isEmpty())
        return {};
    QJsonObject details;
    for (const SettingValue &v : values) {
        const QString key = settingKey(v.setting);
        if (Result<void> r
            = sqlExec(db, u"INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"_s, { key, v.value });
            !r)
            return r;
        details.insert(key, v.value);
    }
    for (auto it = extra.begin(); it != extra.end(); ++it)
        details.insert(it.key(), it.value());
    const bool single = values.size() == 1 && group.isEmpty();
    Result<qint64> audited
        = AuditTrail::append(db, actor, AuditEvent::SettingsChanged, single ? u"setting"_s : u"settings"_s,
            single ? settingKey(values.constFirst().setting) : group, details, clock);
    if (!audited)
        return audited.error();
    return {};
}

} // namespace dsn
