#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace dsn::gui {

void fitToScreen(QWidget *window)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize room(available.width(), available.height() - kWindowFrameAllowance);
    const QSize size = window->size().expandedTo(window->minimumSizeHint()).boundedTo(room);
    window->resize(size);
    window->setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
}

} // namespace dsn::gui
