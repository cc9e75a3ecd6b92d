#include "admin/usersdialog.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

UsersDialog::UsersDialog(UserStore &users, Actor administrator, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_administrator(std::move(administrator))
{
    setObjectName(u"usersDialog"_s);
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    m_form = new QFormLayout;
    m_username = new QLineEdit(this);
    m_fullName = new QLineEdit(this);
    m_role = new QComboBox(this);
    for (Role role : { Role::Operator, Role::Reviewer, Role::Administrator })
        m_role->addItem(roleDisplayName(role), static_cast<int>(role));
    m_office = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    for (QWidget *field : { static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_fullName),
             static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_office),
             static_cast<QWidget *>(m_password) }) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        m_form->addRow(label, field);
    }
    layout->addLayout(m_form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    m_create = new QPushButton(this);
    m_close = new QPushButton(this);
    buttons->addWidget(m_create);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_create, &QPushButton::clicked, this, &UsersDialog::createUser);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslate();
    reload();
}

QString UsersDialog::message() const
{
    return m_message->text();
}

void UsersDialog::reload()
{
    const Result<QList<User>> users = m_users.users();
    if (!users) {
        m_message->setText(users.error().message);
        return;
    }
    m_table->setRowCount(int(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const User &u = users->at(row);
        const QStringList cells { u.username, u.fullName, roleDisplayName(u.role), u.officeCode,
            u.active ? (u.lockedUntil ? tr("locked") : tr("active")) : tr("inactive") };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

// Why the typed user cannot be created, in the interface language; empty when it can.
QString UsersDialog::newUserProblem() const
{
    const QString username = m_username->text().trimmed();
    QString problem = UserStore::usernameProblem(username);
    if (problem.isEmpty() && m_fullName->text().trimmed().isEmpty())
        problem = tr("Enter the full name.");
    if (problem.isEmpty())
        problem = UserStore::officeCodeProblem(m_office->text().trimmed());
    if (problem.isEmpty())
        problem = UserStore::passwordProblem(username, m_password->text());
    return problem;
}

void UsersDialog::showMessage(std::function<QString()> text)
{
    m_messageText = std::move(text);
    m_message->setText(m_messageText ? m_messageText() : QString());
}

void UsersDialog::createUser()
{
    if (!newUserProblem().isEmpty()) {
        // Said again for the fields as they are when the language changes.
        showMessage([this] { return newUserProblem(); });
        return;
    }
    const NewUser user { m_username->text().trimmed(), m_fullName->text().trimmed(),
        static_cast<Role>(m_role->currentData().toInt()), m_office->text().trimmed() };
    const Result<User> created = m_users.createUser(m_administrator, user, m_password->text());
    if (!created) {
        showMessage([message = created.error().message] { return message; });
        return;
    }
    showMessage([name = created->username] { return tr("User %1 created.").arg(name); });
    m_username->clear();
    m_fullName->clear();
    m_password->clear();
    reload();
}

void UsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // roles and states in the new language
    }
    QDialog::changeEvent(event);
}

void UsersDialog::retranslate()
{
    setWindowTitle(tr("Users"));
    m_table->setHorizontalHeaderLabels(
        { tr("User name"), tr("Full name"), tr("Role"), tr("Office"), tr("State") });
    const QStringList labels { tr("New &user name:"), tr("&Full name:"), tr("&Role:"), tr("&Office code:"),
        tr("&Password:") };
    for (int row = 0; row < labels.size() && row < m_labels.size(); ++row)
        m_labels.at(row)->setText(labels.at(row));
    m_create->setText(tr("&Create user"));
    m_close->setText(tr("C&lose"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, roleDisplayName(static_cast<Role>(m_role->itemData(i).toInt())));
    if (m_messageText)
        m_message->setText(m_messageText());
}

} // namespace dsn::gui
