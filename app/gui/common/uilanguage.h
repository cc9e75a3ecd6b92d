#pragma once

#include "text/language.h"

namespace dsn::gui {

// The language the signed-in user chose for the interface. Reference names, documents and
// dates follow it; changing it also installs the matching translators (see translations.h).
Language uiLanguage();
void setUiLanguage(Language language);

} // namespace dsn::gui
