#pragma once

#include <functional>

class QWidget;

namespace dsn::gui {

// Calls `apply` now, and again each time the interface language changes while `widget`
// lives: for a message box or an input dialog whose texts are built in code, so that it
// follows a language switch like the windows made from forms.
void keepTranslated(QWidget *widget, std::function<void()> apply);

} // namespace dsn::gui
