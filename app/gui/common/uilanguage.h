#pragma once

#include "base/language.h"

namespace dsn::gui {

// The language the signed-in user chose for the interface. Reference names, documents and
// dates follow it; changing it also installs the matching translators (see translations.h).
Language uiLanguage();
void setUiLanguage(Language language);

// Sets the interface language and tells every widget (QEvent::LanguageChange), so that open
// windows retranslate at once.
void applyUiLanguage(Language language);

} // namespace dsn::gui
