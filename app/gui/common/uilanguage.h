#pragma once

#include "base/language.h"

#include <QString>

#include <optional>

namespace dsn::gui {

// The language the signed-in user chose for the interface. Reference names, documents and
// dates follow it; changing it also installs the matching translators (see translations.h).
Language uiLanguage();
void setUiLanguage(Language language);

// Sets the interface language and tells every widget (QEvent::LanguageChange), so that open
// windows retranslate at once; every widget without a locale of its own takes the language's
// locale (calendar pop-ups, month and day names).
void applyUiLanguage(Language language);

// The language a user last chose on this workstation (QSettings "ui/language/<login>"), and
// the language the login screen opens in (the last one chosen by anyone, "ui/language").
std::optional<Language> rememberedLanguage(const QString &login);
std::optional<Language> lastLanguage();
// Remembers the choice for the user and as the login screen's language.
void rememberLanguage(const QString &login, Language language);

} // namespace dsn::gui
