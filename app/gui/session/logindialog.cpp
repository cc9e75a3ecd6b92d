#include "session/logindialog.h"

#include "common/uilanguage.h"
#include "ui_logindialog.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

QString loginFailureMessage(const Error &error, const std::optional<QDateTime> &lockedUntil)
{
    switch (error.code) {
    case ErrorCode::AuthenticationFailed:
        return LoginDialog::tr("The user name or the password is wrong.");
    case ErrorCode::AccountLocked:
        if (lockedUntil && lockedUntil->isValid())
            return LoginDialog::tr("The account is locked after too many failed attempts until %1.")
                .arg(QLocale().toString(lockedUntil->toLocalTime(), u"dd.MM.yyyy HH:mm"_s));
        return LoginDialog::tr("The account is locked after too many failed attempts. Try again later "
                               "or ask an administrator to unlock it.");
    case ErrorCode::AccountInactive:
        return LoginDialog::tr("The account is deactivated. Ask an administrator.");
    default:
        return error.message;
    }
}

LoginDialog::LoginDialog(UserStore &users, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_users(users)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->languageCombo->addItem(u"Қазақ тілі"_s, languageCode(Language::Kazakh));
    m_ui->languageCombo->addItem(u"Русский язык"_s, languageCode(Language::Russian));
    m_ui->languageCombo->setCurrentIndex(uiLanguage() == Language::Russian ? 1 : 0);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &LoginDialog::languageChosen);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->usernameEdit->setFocus();
    retranslate();
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::message() const
{
    return m_ui->messageLabel->text();
}

void LoginDialog::languageChosen(int index)
{
    const std::optional<Language> language
        = languageFromCode(m_ui->languageCombo->itemData(index).toString());
    if (!language)
        return;
    m_languageTouched = true;
    applyUiLanguage(*language);
}

void LoginDialog::tryLogin()
{
    const QString username = m_ui->usernameEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    m_ui->passwordEdit->clear();
    if (username.isEmpty() || password.isEmpty()) {
        m_lastError.reset();
        m_ui->messageLabel->setText(tr("Enter the user name and the password."));
        (username.isEmpty() ? m_ui->usernameEdit : m_ui->passwordEdit)->setFocus();
        return;
    }
    Result<User> user = m_users.authenticate(username, password);
    if (user) {
        m_user = *user;
        // A language chosen here becomes the user's own; otherwise the session opens in the
        // language the user chose last time.
        if (m_languageTouched)
            rememberLanguage(m_user->username, uiLanguage());
        m_ui->messageLabel->clear();
        accept();
        return;
    }
    m_lastError = user.error();
    std::optional<QDateTime> lockedUntil;
    if (user.error().code == ErrorCode::AccountLocked) {
        Result<std::optional<User>> found = m_users.findUser(username);
        if (found && *found)
            lockedUntil = (*found)->lockedUntil;
    }
    m_ui->messageLabel->setText(loginFailureMessage(user.error(), lockedUntil));
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    {
        const QSignalBlocker quiet(m_ui->languageCombo);
        m_ui->languageCombo->setCurrentIndex(uiLanguage() == Language::Russian ? 1 : 0);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    // A shown failure is said again in the new language; the lockout time stays as it was.
    if (m_lastError && m_lastError->code != ErrorCode::AccountLocked)
        m_ui->messageLabel->setText(loginFailureMessage(*m_lastError));
}

} // namespace dsn::gui
