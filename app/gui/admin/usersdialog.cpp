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

void UsersDialog::createUser()
{
    const NewUser user { m_username->text().trimmed(), m_fullName->text().trimmed(),
        static_cast<Role>(m_role->currentData().toInt()), m_office->text().trimmed() };
    QString problem = UserStore::usernameProblem(user.username);
    if (problem.isEmpty() && user.fullName.isEmpty())
        problem = tr("Enter the full name.");
    if (problem.isEmpty())
        problem = UserStore::officeCodeProblem(user.officeCode);
    if (problem.isEmpty())
        problem = UserStore::passwordProblem(user.username, m_password->text());
    if (problem.isEmpty()) {
        const Result<User> created = m_users.createUser(m_administrator, user, m_password->text());
        if (created) {
            m_message->setText(tr("User %1 created.").arg(created->username));
            m_username->clear();
            m_fullName->clear();
            m_password->clear();
            reload();
            return;
        }
        problem = created.error().message;
    }
    m_message->setText(problem);
}

void UsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
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
    m_close->setText(tr("&Close"));
}

} // namespace dsn::gui
