#pragma once

#include "base/language.h"
#include "base/result.h"
#include "base/storetime.h"
#include "session/actor.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <optional>

// The workstation's settings, typed: one table of keys with their defaults (settings.cpp), read
// and written through these functions only. Values live in the store's settings table as text;
// every write is audited (settings_changed). The sync token is not a setting: it is kept
// outside the store (store/synctokenfile.h).
namespace dsn {

enum class Setting {
    WorkstationCode,   // "workstation.code": starts every case number (AST01)
    WorkstationOffice, // "workstation.office": the office code cases name when the user has none
    SyncOfficeUrl,     // "sync.office_url": the office service's address
    BranchNameKk,      // "office.branch_name.kk": the branch as the receipt names it, in Kazakh
    BranchNameRu,      // "office.branch_name.ru": the same in Russian
    CollectAtKk,       // "office.collect_at.kk": where the applicant collects the result, in Kazakh
    CollectAtRu,       // "office.collect_at.ru": the same in Russian
    // An administrator's correction of a legal reference the printed decisions cite
    // (reference/legalreferences.h), "legal.<key>.<kk|ru>"; empty: the shipped text.
    LegalRulesNameKk,                  // "legal.rules_name.kk"
    LegalRulesNameRu,                  // "legal.rules_name.ru"
    LegalRulesOrderKk,                 // "legal.rules_order.kk"
    LegalRulesOrderRu,                 // "legal.rules_order.ru"
    LegalTaxCodeNameKk,                // "legal.tax_code_name.kk"
    LegalTaxCodeNameRu,                // "legal.tax_code_name.ru"
    LegalTaxCodeArticleRegistrationKk, // "legal.tax_code_article_registration.kk"
    LegalTaxCodeArticleRegistrationRu, // "legal.tax_code_article_registration.ru"
    LegalCourtCodeKk,                  // "legal.court_code.kk"
    LegalCourtCodeRu,                  // "legal.court_code.ru"
};

QString settingKey(Setting setting);
std::optional<Setting> settingFromKey(QStringView key);
// The value a store without the setting has (empty for every setting today).
QString settingDefault(Setting setting);
QList<Setting> allSettings();

// The receipt's per-language settings; English reads the Russian one, as LocalizedName does.
Setting branchNameSetting(Language language);
Setting collectAtSetting(Language language);
// The setting that corrects the legal reference `key` in the language (English reads the Russian
// one); nullopt for a key without one.
std::optional<Setting> legalReferenceSetting(QStringView key, Language language);

struct SettingValue
{
    Setting setting;
    QString value;
};

// The value on the connection (trimmed), or the setting's default when the store has none.
Result<QString> readSetting(const QSqlDatabase &db, Setting setting);

// Writes the values inside the caller's transaction with one audit entry: object "setting" and the
// key for a single value, object "settings" and `group` for several; the details hold every key
// with its value, then `extra` (a reason, or what changed outside the store).
Result<void> writeSettings(QSqlDatabase &db, const QList<SettingValue> &values, const Actor &actor,
    const Clock &clock, const QString &group = {}, const QJsonObject &extra = {});

} // namespace dsn
