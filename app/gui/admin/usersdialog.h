#pragma once

#include "users/userstore.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dsn::gui {

// The administrator's list of users, with a form to create one (the user changes the password
// given here with their own later).
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(UserStore &users, Actor administrator, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString message() const;

public slots:
    void reload();
    void createUser();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString newUserProblem() const;
    void showMessage(std::function<QString()> text);

    UserStore &m_users;
    Actor m_administrator;
    QTableWidget *m_table = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_labels;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_office = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    std::function<QString()> m_messageText; // made again in each language
    QPushButton *m_create = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace dsn::gui
