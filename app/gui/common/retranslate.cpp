#include "retranslate.h"

#include <QEvent>
#include <QObject>
#include <QWidget>

namespace dsn::gui {

namespace {

class Retranslator : public QObject
{
public:
    Retranslator(QWidget *widget, std::function<void()> apply)
        : QObject(widget)
        , m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && watched == parent())
            m_apply();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_apply;
};

} // namespace

void keepTranslated(QWidget *widget, std::function<void()> apply)
{
    apply();
    new Retranslator(widget, std::move(apply));
}

} // namespace dsn::gui
