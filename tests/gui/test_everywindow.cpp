// Every window and dialog of every role, opened on the counter's 1366x768 screen: each fits
// the screen with all its buttons in both languages, and a language switch with them open
// leaves no text in the old language or in English, and no typed input lost.

#include "casesamples.h"
#include "shellfixture.h"
#include "showntexts.h"

#include "cases/caselistwidget.h"
#include "cases/casestore.h"
#include "common/uilanguage.h"
#include "desks/counterdesk.h"
#include "intake/applicationform.h"
#include "session/firstadministratordialog.h"
#include "session/logindialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMultiHash>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>

using namespace Qt::Literals::StringLiterals;
using namespace shellfixture;
using dsn::Language;

namespace {

QString languageName(Language language)
{
    return dsn::languageCode(language);
}

QList<QWidget *> visibleWindows()
{
    QList<QWidget *> windows;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && !w->inherits("QMenu") && !w->inherits("QComboBoxPrivateContainer"))
            windows << w;
    return windows;
}

// Every visible window and each of its visible buttons lie inside the screen's available area.
QStringList outsideTheScreen()
{
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QStringList problems;
    for (QWidget *window : visibleWindows()) {
        const QRect frame = window->frameGeometry();
        if (!screen.contains(frame))
            problems << u"%1 %2x%3 at %4,%5"_s.arg(window->objectName())
                            .arg(frame.width())
                            .arg(frame.height())
                            .arg(frame.x())
                            .arg(frame.y());
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (!button->isVisibleTo(window) || (button->inherits("QToolButton") && button->text().isEmpty()))
                continue;
            const QRect rect(button->mapToGlobal(QPoint(0, 0)), button->size());
            // A button inside a scroll area may be scrolled to; it must lie inside the window.
            if (!screen.contains(rect) || !window->geometry().contains(rect))
                problems << u"%1: button \"%2\" at %3,%4"_s.arg(window->objectName(), button->text())
                                .arg(rect.x())
                                .arg(rect.y());
        }
    }
    return problems;
}

// Labels and buttons too small for their text: a cut-off word, a note missing its last line.
QStringList clippedTexts()
{
    QStringList problems;
    for (QWidget *window : visibleWindows()) {
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(window) || label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            const bool cut = label->wordWrap() ? label->height() < label->heightForWidth(label->width())
                                               : label->width() < label->minimumSizeHint().width();
            if (cut)
                problems << u"%1: label %2 (%3x%4) cuts \"%5\""_s
                                .arg(window->objectName(), label->objectName())
                                .arg(label->width())
                                .arg(label->height())
                                .arg(label->text().left(80));
        }
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (!button->isVisibleTo(window) || button->text().isEmpty() || button->inherits("QToolButton"))
                continue;
            if (button->width() < button->sizeHint().width()
                || button->height() < button->minimumSizeHint().height())
                problems << u"%1: button %2 (%3x%4) cuts \"%5\""_s
                                .arg(window->objectName(), button->objectName())
                                .arg(button->width())
                                .arg(button->height())
                                .arg(button->text());
        }
    }
    return problems;
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Two things of one window answering the same Alt+letter: the keyboard reaches only one, or
// neither (Alt+C for a form field and the Cases menu).
QStringList sharedAccelerators()
{
    QStringList problems;
    for (QWidget *window : visibleWindows()) {
        QMultiHash<QChar, QString> owners;
        const auto note = [&](const QString &text) {
            if (const QChar c = mnemonic(text); !c.isNull())
                owners.insert(c, QString(text).remove(u'&'));
        };
        if (auto *main = qobject_cast<QMainWindow *>(window))
            for (QAction *menu : main->menuBar()->actions())
                if (menu->isVisible())
                    note(menu->text());
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window) || !w->isEnabled() || w->window() != window)
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                note(button->text());
            else if (auto *label = qobject_cast<QLabel *>(w);
                     label && label->buddy() && label->buddy()->isVisibleTo(window))
                note(label->text());
            else if (auto *tabs = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < tabs->count(); ++i)
                    note(tabs->tabText(i));
        }
        for (const QChar c : owners.uniqueKeys())
            if (owners.count(c) > 1)
                problems << u"%1: Alt+%2 for %3"_s.arg(
                    window->objectName(), QString(c), owners.values(c).join(u", "_s));
    }
    return problems;
}

// Switches the interface language and lets the windows follow: they retranslate on posted
// events, then lay out again on the events that posts.
void switchTo(Language language)
{
    dsn::gui::applyUiLanguage(language);
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
}

void shootAll(const QString &stage, Language language)
{
    int n = 0;
    for (QWidget *window : visibleWindows())
        screenshot(window, u"%1-%2-%3.png"_s.arg(stage, languageName(language)).arg(n++));
}

} // namespace

class TestEveryWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyWindowOfEveryRole_data();
    void everyWindowOfEveryRole();
    void lockScreen();
    void loginAndFirstAdministrator();

private:
    // Switches to each language in turn and checks the open windows each time.
    void switchAndCheck(const QString &stage);
    void englishAccelerators(const QString &stage);
    std::unique_ptr<Store> m_store;
    QString m_caseNumber;
};

void TestEveryWindow::init()
{
    dsn::gui::applyUiLanguage(Language::Kazakh);
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open());
    const auto number = m_store->cases->intake(
        // The form's applicant below: typing the application shows the open-case warning.
        dsntest::application(
            u"ТОО «Мұнай Өнім»"_s, u"940140000385"_s, QDateTime::currentDateTimeUtc().addSecs(-3600)),
        m_store->user(u"aigerim"_s).actor());
    QVERIFY2(number.ok(), number ? "" : qPrintable(number.error().message));
    m_caseNumber = *number;
}

void TestEveryWindow::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<QDialog *>(w))
            dialog->close();
    m_store.reset();
    dsn::gui::applyUiLanguage(Language::English);
}

void TestEveryWindow::switchAndCheck(const QString &stage)
{
    for (const Language language :
        { Language::Russian, Language::Kazakh, Language::Russian, Language::Kazakh }) {
        switchTo(language);
        shootAll(stage, language);
        const QStringList wrong = dsntest::notInLanguage(dsntest::shownTextsOfVisibleWindows(), language);
        QVERIFY2(wrong.isEmpty(),
            qPrintable(u"%1 in %2:\n"_s.arg(stage, languageName(language)) + wrong.join(u'\n')));
        const QStringList outside = outsideTheScreen();
        if (!outside.isEmpty() && qEnvironmentVariableIsSet("DSN_DEBUG_SIZES"))
            for (QWidget *w : QApplication::topLevelWidgets().constFirst()->findChildren<QWidget *>())
                if (w->isVisible() && w->minimumSizeHint().height() > 150)
                    qDebug() << w->metaObject()->className() << w->objectName() << w->minimumSizeHint()
                             << w->minimumSize();
        QVERIFY2(outside.isEmpty(),
            qPrintable(
                u"%1 in %2 off the screen:\n"_s.arg(stage, languageName(language)) + outside.join(u'\n')));
        const QStringList shared = sharedAccelerators();
        QVERIFY2(shared.isEmpty(),
            qPrintable(u"%1 in %2:\n"_s.arg(stage, languageName(language)) + shared.join(u'\n')));
        const QStringList clipped = clippedTexts();
        QVERIFY2(clipped.isEmpty(),
            qPrintable(u"%1 in %2 cut off:\n"_s.arg(stage, languageName(language)) + clipped.join(u'\n')));
    }
    englishAccelerators(stage);
}

// Support staff read the source texts: no shared Alt letter there either.
void TestEveryWindow::englishAccelerators(const QString &stage)
{
    switchTo(Language::English);
    const QStringList shared = sharedAccelerators();
    switchTo(Language::Kazakh);
    QVERIFY2(shared.isEmpty(), qPrintable(u"%1 in en:\n"_s.arg(stage) + shared.join(u'\n')));
}

void TestEveryWindow::everyWindowOfEveryRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("operator") << u"aigerim"_s;
    QTest::newRow("reviewer") << u"reviewer"_s;
    QTest::newRow("administrator") << u"admin"_s;
}

void TestEveryWindow::everyWindowOfEveryRole()
{
    QFETCH(QString, user);
    std::unique_ptr<dsn::gui::MainWindow> window = m_store->window();
    window->setObjectName(u"mainWindow"_s);
    window->startSession(m_store->user(user));
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    switchAndCheck(user + u"-start"_s);
    const auto trigger = [&](const char *name) {
        QAction *action = window->findChild<QAction *>(QLatin1StringView(name));
        QVERIFY(action);
        if (action->isEnabled() && action->isVisible())
            action->trigger();
        QCoreApplication::processEvents();
    };

    if (user == u"aigerim"_s) {
        // A half-typed application with its notes showing stays through the switches.
        trigger("newApplicationAction");
        typeApplication(window.get());
        if (QTest::currentTestFailed())
            return;
        const dsn::Application typed = window->applicationForm()->application();
        switchAndCheck(u"form"_s);
        const dsn::Application after = window->applicationForm()->application();
        QCOMPARE(after.taxpayerName, typed.taxpayerName);
        QCOMPARE(after.taxpayerId, typed.taxpayerId);
        QCOMPARE(after.headName, typed.headName);
        QCOMPARE(after.products.size(), typed.products.size());
        QCOMPARE(after.departmentCode, typed.departmentCode);
        // Saved, the receipt preview opens over the desk, which names the case saved.
        press(Qt::Key_S, Qt::ControlModifier);
        QCoreApplication::processEvents();
        QVERIFY(window->findChild<QDialog *>(u"receiptPreviewDialog"_s));
        switchAndCheck(u"saved"_s);
        for (QDialog *dialog : window->findChildren<QDialog *>())
            dialog->close();
        // Asked for a case number, the receipt of any case.
        trigger("receiptAction");
        auto *ask = window->findChild<QDialog *>();
        QVERIFY(ask && ask->isVisible());
        switchAndCheck(u"ask-receipt"_s);
        ask->close();
        QCoreApplication::processEvents();
        window->showReceipt(m_caseNumber);
        switchAndCheck(u"receipt"_s);
        for (QDialog *dialog : window->findChildren<QDialog *>())
            dialog->close();
    }
    if (user != u"admin"_s) {
        trigger("casesAction");
        switchAndCheck(user + u"-cases"_s);
        window->findChild<dsn::gui::CounterDesk *>()->caseList()->openCase(m_caseNumber);
        QCoreApplication::processEvents();
        switchAndCheck(user + u"-case"_s);
        for (QDialog *dialog : window->findChildren<QDialog *>())
            dialog->close();
    } else {
        trigger("usersAction");
        switchAndCheck(u"users"_s);
        for (QDialog *dialog : window->findChildren<QDialog *>())
            dialog->close();
        trigger("auditCheckAction");
        switchAndCheck(u"audit"_s);
        for (QDialog *dialog : window->findChildren<QDialog *>())
            dialog->close();
    }
    trigger("aboutAction");
    switchAndCheck(user + u"-about"_s);
}

void TestEveryWindow::lockScreen()
{
    std::unique_ptr<dsn::gui::MainWindow> window = m_store->window();
    window->setObjectName(u"mainWindow"_s);
    window->startSession(m_store->user(u"aigerim"_s));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->findChild<QAction *>(u"lockAction"_s)->trigger();
    QCoreApplication::processEvents();
    switchAndCheck(u"lock"_s);
}

void TestEveryWindow::loginAndFirstAdministrator()
{
    {
        dsn::gui::LoginDialog login(*m_store->users);
        login.setObjectName(u"login"_s);
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        switchAndCheck(u"login"_s);
        // A failed sign-in's message follows the language too.
        login.findChild<QLineEdit *>(u"usernameEdit"_s)->setText(u"aigerim"_s);
        login.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"wrong-password-1"_s);
        QMetaObject::invokeMethod(&login, "tryLogin");
        switchAndCheck(u"login-failed"_s);
    }
    QTemporaryDir dir;
    auto db = dsn::Database::open(dir.filePath(u"first.sqlite"_s));
    QVERIFY(db.ok());
    dsn::UserStore users(**db, dsn::PasswordCost::fastForTests());
    dsn::gui::FirstAdministratorDialog first(users);
    first.setObjectName(u"firstAdministrator"_s);
    first.show();
    QVERIFY(QTest::qWaitForWindowExposed(&first));
    switchAndCheck(u"first-administrator"_s);
}

// The offscreen screen is the counter's: 1366x768.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" DSN_SOURCE_DIR "/tests/gui/screen-1366x768.json");
    QApplication app(argc, argv);
    TestEveryWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_everywindow.moc"
