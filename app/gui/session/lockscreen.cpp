#include "session/lockscreen.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"lockScreen"_s);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *box = new QWidget(this);
    box->setFixedWidth(480);
    auto *layout = new QVBoxLayout(box);
    m_title = new QLabel(box);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_prompt = new QLabel(box);
    m_prompt->setWordWrap(true);
    m_password = new QLineEdit(box);
    m_password->setObjectName(u"unlockPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(box);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"lockMessageLabel"_s);
    auto *buttons = new QHBoxLayout;
    m_unlock = new QPushButton(box);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_unlock->setDefault(true);
    m_signOut = new QPushButton(box);
    m_signOut->setObjectName(u"lockSignOutButton"_s);
    buttons->addWidget(m_unlock);
    buttons->addStretch(1);
    buttons->addWidget(m_signOut);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addWidget(m_password);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    // Centred between stretches rather than by alignment, so that the box takes the height its
    // wrapped prompt needs at its width.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    retranslate();
}

void LockScreen::setUser(const QString &fullName)
{
    m_fullName = fullName;
    retranslate();
}

void LockScreen::setMessage(const QString &message)
{
    m_message->setText(message);
}

QString LockScreen::message() const
{
    return m_message->text();
}

void LockScreen::reset()
{
    m_password->clear();
    m_message->clear();
}

void LockScreen::submit()
{
    const QString password = m_password->text();
    m_password->clear();
    emit unlockRequested(password);
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LockScreen::retranslate()
{
    m_title->setText(tr("The workstation is locked"));
    m_prompt->setText(tr("%1 is signed in. Enter your password to go on, or sign out.").arg(m_fullName));
    m_unlock->setText(tr("&Unlock"));
    m_signOut->setText(tr("Sign &out"));
}

} // namespace dsn::gui
