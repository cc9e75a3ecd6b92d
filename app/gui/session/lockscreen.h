#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dsn::gui {

// What the main window shows while the session is locked: nothing of the work, only who is
// signed in, a password field to go on, and a way to sign out.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget *parent = nullptr);

    void setUser(const QString &fullName);
    void setMessage(const QString &message);
    QString message() const;
    QLineEdit *passwordEdit() const { return m_password; }
    // Ready for the next lock: no password, no message.
    void reset();

signals:
    void unlockRequested(const QString &password);
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();

    QString m_fullName;
    QLabel *m_title = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_signOut = nullptr;
};

} // namespace dsn::gui
