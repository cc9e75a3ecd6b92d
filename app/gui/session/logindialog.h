#pragma once

#include "users/userstore.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class LoginDialog;
}

namespace dsn::gui {

// Signs a user in: user name, password and the interface language (applied at once). The
// messages never tell whether the user name or the password was wrong.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(UserStore &users, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // The user signed in, once the dialog was accepted.
    const std::optional<User> &user() const { return m_user; }
    QString message() const;

public slots:
    // Checks the name and password; accepts the dialog on success, otherwise shows why.
    void tryLogin();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void languageChosen(int index);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    UserStore &m_users;
    std::optional<User> m_user;
    std::optional<Error> m_lastError;
    bool m_languageTouched = false; // the language was chosen on this screen
};

// The message for a failed sign-in (wrong name or password, locked with the time it opens
// again, inactive), for the login dialog and the lock screen alike.
QString loginFailureMessage(const Error &error, const std::optional<QDateTime> &lockedUntil = std::nullopt);

} // namespace dsn::gui
