#pragma once

#include "base/language.h"

#include <QLocale>

namespace dsn {

// Installs the translators of the given language for the whole process: the product's own
// catalogue (translations/dsn_kk.ts, dsn_ru.ts, embedded) and Qt's own strings (Debian's
// qtbase_ru.qm for Russian, the product's qtbase_kk for Kazakh). English removes them and
// shows the source texts. Installing sends QEvent::LanguageChange to the application, which
// passes it to every window. It also makes the language's locale (localeOf) the default
// QLocale. False when a catalogue the language needs cannot be loaded.
bool installTranslations(Language language);

// The locale of a language: kk_KZ, ru_RU; English is en_GB (day-first dates).
QLocale localeOf(Language language);

// The language whose translators are installed (English, the source texts, before the first
// call: dsnctl and dsn-office install none).
Language installedLanguage();

// A product string in the given language whatever is installed: for a server answering each
// request in the language the request asks for. English gives the source text.
QString translateIn(Language language, const char *context, const char *sourceText);

} // namespace dsn
