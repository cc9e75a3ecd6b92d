#pragma once

#include "users/userstore.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dsn::gui {

// The first run: the store has no user yet, and the person installing the workstation creates
// the first administrator (user name, full name, office code, the password twice).
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(UserStore &users, QWidget *parent = nullptr);

    const std::optional<User> &user() const { return m_user; }
    QString message() const;

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *fullNameEdit() const { return m_fullName; }
    QLineEdit *officeEdit() const { return m_office; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }

public slots:
    // Checks every field and creates the administrator; accepts on success.
    void tryCreate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    UserStore &m_users;
    std::optional<User> m_user;
    QLabel *m_intro = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLabel *m_fullNameLabel = nullptr;
    QLabel *m_officeLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLabel *m_policy = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_office = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dsn::gui
