#pragma once

// The keyboard of the GUI tests: keys and text go to the widget that has the focus, as they do
// for the clerk at the counter.

#include <Qt>

class QString;
class QWidget;

namespace dsntest {

QWidget *focused();

// QTest::keyClicks takes Latin-1 only; Kazakh and Russian letters go in as key events with text.
void type(const QString &text);

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

} // namespace dsntest
