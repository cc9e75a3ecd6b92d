#include "uilanguage.h"

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

} // namespace dsn::gui
