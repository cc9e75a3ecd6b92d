#include "keyboard.h"

#include <QApplication>
#include <QString>
#include <QTest>
#include <QWidget>

namespace dsntest {

QWidget *focused()
{
    return QApplication::focusWidget();
}

namespace {

// Where the keyboard's keys go: an open pop-up (a completer's list) takes them first and passes
// on what it does not use, as it does for a person typing.
QWidget *keyTarget()
{
    QWidget *popup = QApplication::activePopupWidget();
    return popup ? popup : focused();
}

} // namespace

void type(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(keyTarget(), c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, keyTarget(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(keyTarget(), key, modifiers);
}

} // namespace dsntest
