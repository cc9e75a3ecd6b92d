#include "uilanguage.h"

#include "base/translations.h"

#include <QApplication>
#include <QSettings>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

namespace {

Language g_language = Language::Kazakh;

QString userKey(const QString &login)
{
    return u"ui/language/"_s + login.toCaseFolded();
}

} // namespace

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
    // A widget keeps the locale it was made with; one that never had its own set takes the new
    // default again, and passes it to its children.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        if (!window->testAttribute(Qt::WA_SetLocale))
            window->unsetLocale();
}

std::optional<Language> rememberedLanguage(const QString &login)
{
    if (login.isEmpty())
        return std::nullopt;
    return languageFromCode(QSettings().value(userKey(login)).toString());
}

std::optional<Language> lastLanguage()
{
    return languageFromCode(QSettings().value(u"ui/language"_s).toString());
}

void rememberLanguage(const QString &login, Language language)
{
    QSettings settings;
    if (!login.isEmpty())
        settings.setValue(userKey(login), languageCode(language));
    settings.setValue(u"ui/language"_s, languageCode(language));
}

} // namespace dsn::gui
