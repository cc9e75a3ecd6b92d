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

void type(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(focused(), c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, focused(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(focused(), key, modifiers);
}

} // namespace dsntest
