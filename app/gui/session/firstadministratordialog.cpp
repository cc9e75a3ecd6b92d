#include "session/firstadministratordialog.h"

#include "users/demoaccounts.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

FirstAdministratorDialog::FirstAdministratorDialog(UserStore &users, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
{
    setObjectName(u"FirstAdministratorDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    auto addRow = [&](QLabel *&label, QLineEdit *&edit, const QString &name, bool secret) {
        label = new QLabel(this);
        edit = new QLineEdit(this);
        edit->setObjectName(name);
        if (secret)
            edit->setEchoMode(QLineEdit::Password);
        label->setBuddy(edit);
        form->addRow(label, edit);
    };
    addRow(m_usernameLabel, m_username, u"usernameEdit"_s, false);
    addRow(m_fullNameLabel, m_fullName, u"fullNameEdit"_s, false);
    addRow(m_officeLabel, m_office, u"officeEdit"_s, false);
    addRow(m_passwordLabel, m_password, u"passwordEdit"_s, true);
    addRow(m_repeatLabel, m_repeat, u"repeatEdit"_s, true);
    layout->addLayout(form);

    m_policy = new QLabel(this);
    m_policy->setWordWrap(true);
    layout->addWidget(m_policy);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"messageLabel"_s);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::tryCreate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    m_username->setFocus();
}

QString FirstAdministratorDialog::message() const
{
    return m_message->text();
}

void FirstAdministratorDialog::tryCreate()
{
    const NewUser user { m_username->text().trimmed(), m_fullName->text().trimmed(), Role::Administrator,
        m_office->text().trimmed() };
    QString problem = UserStore::usernameProblem(user.username);
    QLineEdit *at = m_username;
    if (problem.isEmpty() && user.fullName.isEmpty()) {
        problem = tr("Enter the full name.");
        at = m_fullName;
    }
    if (problem.isEmpty()) {
        problem = UserStore::officeCodeProblem(user.officeCode);
        at = m_office;
    }
    if (problem.isEmpty()) {
        problem = UserStore::passwordProblem(user.username, m_password->text());
        at = m_password;
    }
    // The demonstration's passwords are public: the first administrator sets one of their own.
    if (problem.isEmpty()) {
        problem = demoPasswordProblem(m_password->text());
        at = m_password;
    }
    if (problem.isEmpty() && m_password->text() != m_repeat->text()) {
        problem = tr("The two passwords differ.");
        at = m_repeat;
    }
    if (problem.isEmpty()) {
        Result<User> created = m_users.createFirstAdministrator(user, m_password->text());
        if (created) {
            m_user = *created;
            m_password->clear();
            m_repeat->clear();
            accept();
            return;
        }
        problem = created.error().message;
    }
    m_message->setText(problem);
    at->setFocus();
}

void FirstAdministratorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FirstAdministratorDialog::retranslate()
{
    setWindowTitle(tr("First administrator"));
    m_intro->setText(
        tr("This workstation has no users yet. Create the first administrator; the administrator "
           "then creates the operators and reviewers."));
    m_usernameLabel->setText(tr("&User name:"));
    m_fullNameLabel->setText(tr("&Full name:"));
    m_officeLabel->setText(tr("&Office code:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("&Repeat the password:"));
    m_policy->setText(
        tr("The password: at least 10 characters, not only spaces, not the user name, and not a "
           "demonstration password."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace dsn::gui
