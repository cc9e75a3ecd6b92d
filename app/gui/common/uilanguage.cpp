#include "uilanguage.h"

#include "base/translations.h"

namespace dsn::gui {

namespace {
Language g_language = Language::Kazakh;
}

Language uiLanguage()
{
    return g_language;
}

void setUiLanguage(Language language)
{
    g_language = language;
}

void applyUiLanguage(Language language)
{
    setUiLanguage(language);
    // Installing or removing a translator sends QEvent::LanguageChange to every window, which
    // passes it on to its children. With no translator before or after, the texts are the
    // source texts already.
    installTranslations(language);
}

} // namespace dsn::gui
