#include "uilanguage.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

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
    // A widget passes the event on to its children.
    const QList<QWidget *> widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(widget, &event);
    }
}

} // namespace dsn::gui
