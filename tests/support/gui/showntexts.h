#pragma once

// What a user can read on the screen, and which of it is not in the interface language: the
// GUI tests' check that a window speaks Kazakh or Russian, all of it, after a language switch.

#include "base/language.h"

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace dsntest {

struct ShownText
{
    QString where;     // object name and kind, for the failure message
    QString text;      // plain text, accelerators removed
    bool data = false; // a cell of a table or list: names and numbers typed by people
};

// Every text of the window the user can see or open: window title, labels, buttons, group
// boxes, tabs, tooltips, placeholders, combo box items, table headers and cells, the menu
// bar's menus and actions, the status bar's message.
QList<ShownText> shownTexts(QWidget *window);
// The same for every visible top-level window (the main window and its open dialogs).
QList<ShownText> shownTextsOfVisibleWindows();

// Latin words of two or more letters that are not codes (PDF, QR, GOST are written as they
// are) or the names of keys as the keyboard shows them (Ctrl+Del).
QStringList foreignWords(const QString &text);

// The texts that are not in `language`: English words outside data, and any text that is a
// string of the product's catalogues in another language (or its English source) but not in
// this one. Each entry says where and what.
QStringList notInLanguage(const QList<ShownText> &texts, dsn::Language language);

} // namespace dsntest
