// The main window and sync with the office: the background sync of a signed-in session against a
// fake office on the loopback interface, its state in the status bar, "Sync now", sign-out
// stopping it, and the intake's warning about applications not yet delivered.

#include "shellfixture.h"

#include "base/translations.h"
#include "common/uilanguage.h"
#include "fakeoffice.h"
#include "intake/applicationform.h"
#include "session/actor.h"
#include "session/sessioncontroller.h"
#include "sync/syncindicator.h"
#include "sync/syncstore.h"
#include "sync/syncworker.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;
using dsn::Language;
using namespace shellfixture;
using dsn::gui::MainWindow;

namespace {

constexpr int kTimeoutMs = 15000;

dsn::Application application(const QDateTime &received)
{
    dsn::Application a;
    a.departmentCode = dsn::ReferenceData::embedded().departments().constFirst().code;
    a.applicationDate = received.date();
    a.taxpayerName = u"ТОО «Мұнай Өнім»"_s;
    a.taxpayerId = u"940140000385"_s;
    a.subjectType = dsn::SubjectType::Producer;
    a.country = 3;
    a.atu = 53;
    a.headName = u"Серікбаев Ерлан Маратұлы"_s;
    a.receivedAt = received;
    a.products = { { 2, u"ДТ-Л-К5"_s, u"ГОСТ 32511-2013"_s } };
    return a;
}

} // namespace

class TestMainWindowSync : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void withoutSettingsSyncIsNotConfigured();
    void pendingThenLastSuccess();
    void refusedTokenShowsTheError();
    void syncNowRunsAtOnce_data();
    void syncNowRunsAtOnce();
    void syncNowFollowsTheRole_data();
    void syncNowFollowsTheRole();
    void signOutStopsTheSync();
    void statusMessageFollowsTheLanguage();
    void oldUnsentCaseWarnsWithoutBlocking();
    void recentUnsentCaseDoesNotWarn();

private:
    void configure(const QString &token);
    void signIn(const QString &username);
    void fillApplication();
    QString intake(const QDateTime &received);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<FakeOffice> m_office;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowSync::init()
{
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open());
    // The sync token file goes to the test's own configuration folder.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_store->dir.filePath(u"config"_s)));
    m_office = std::make_unique<FakeOffice>();
    QVERIFY(m_office->listen());
    m_window = m_store->window();
    m_window->setReceiptOpener([](std::shared_ptr<dsn::gui::ReceiptJob>, dsn::Language) {});
}

void TestMainWindowSync::cleanup()
{
    m_window.reset();
    m_office.reset();
    m_store.reset();
}

void TestMainWindowSync::configure(const QString &token)
{
    QVERIFY(
        dsn::SyncStore(*m_store->database).saveSettings({ m_office->url(), token }, dsn::Actor::system()));
}

void TestMainWindowSync::signIn(const QString &username)
{
    m_window->startSession(m_store->user(username));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QString TestMainWindowSync::intake(const QDateTime &received)
{
    const auto number = m_store->cases->intake(application(received), m_store->user(u"aigerim"_s).actor());
    return number ? *number : QString();
}

// The Appendix 1 form typed from the keyboard, as the operator does it.
void TestMainWindowSync::fillApplication()
{
    typeApplication(m_window.get());
}

void TestMainWindowSync::withoutSettingsSyncIsNotConfigured()
{
    QCOMPARE(m_window->syncText(), u"Sync: not configured"_s);
    signIn(u"aigerim"_s);
    QCOMPARE(m_window->syncText(), u"Sync: not configured"_s);
    QVERIFY(!m_window->syncIndicator()->worker());
    QCOMPARE(m_office->requests, 0);
}

void TestMainWindowSync::pendingThenLastSuccess()
{
    const QString number = intake(QDateTime::currentDateTimeUtc().addSecs(-3600));
    QVERIFY(!number.isEmpty());
    configure(m_office->token);

    signIn(u"aigerim"_s);
    QVERIFY(m_window->syncIndicator()->worker());
    // Read from the store at once, before the background run reports.
    QVERIFY2(m_window->syncText().contains(u"1 application"_s), qPrintable(m_window->syncText()));
    QVERIFY(!m_window->syncText().contains(u"not configured"_s));

    QTRY_VERIFY_WITH_TIMEOUT(m_window->syncText().contains(u"last synced"_s), kTimeoutMs);
    QVERIFY2(m_window->syncText().contains(u"nothing waiting"_s), qPrintable(m_window->syncText()));
    QCOMPARE(m_office->stored.size(), 1);
    const QString today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(5 * 3600).toString(u"dd.MM.yyyy"_s);
    QVERIFY2(m_window->syncText().contains(today), qPrintable(m_window->syncText()));
}

void TestMainWindowSync::refusedTokenShowsTheError()
{
    configure(u"not-the-token"_s);
    signIn(u"aigerim"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->syncText().contains(u"failed"_s), kTimeoutMs);
    QVERIFY(!m_window->syncText().contains(u"last synced"_s));
    const auto status = dsn::SyncStore(*m_store->database).status();
    QVERIFY(status);
    QVERIFY(!status->lastError.isEmpty());
    QVERIFY2(m_window->syncText().contains(status->lastError), qPrintable(m_window->syncText()));
}

void TestMainWindowSync::syncNowRunsAtOnce_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QKeyCombination>("key");
    QTest::newRow("operator, F5") << u"aigerim"_s << QKeyCombination(Qt::Key_F5);
    QTest::newRow("operator, Ctrl+R") << u"aigerim"_s << QKeyCombination(Qt::CTRL | Qt::Key_R);
    QTest::newRow("administrator, F5") << u"admin"_s << QKeyCombination(Qt::Key_F5);
}

void TestMainWindowSync::syncNowRunsAtOnce()
{
    QFETCH(QString, user);
    QFETCH(QKeyCombination, key);
    configure(m_office->token);
    m_window->setSyncInterval(std::chrono::hours(1)); // no run of its own during the test
    signIn(user);
    QVERIFY(m_window->syncIndicator()->worker());
    QSignalSpy finished(m_window->syncIndicator()->worker(), &dsn::SyncWorker::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs); // the run at start

    // A case taken in after the first run goes at once on "Sync now".
    QVERIFY(!intake(QDateTime::currentDateTimeUtc().addSecs(-60)).isEmpty());
    const int requests = m_office->requests;
    QTest::keyClick(m_window.get(), key.key(), key.keyboardModifiers());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kTimeoutMs);
    QVERIFY(m_office->requests > requests);
    QCOMPARE(m_office->stored.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->syncText().contains(u"nothing waiting"_s), kTimeoutMs);
}

void TestMainWindowSync::syncNowFollowsTheRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("operator") << u"aigerim"_s << true;
    QTest::newRow("administrator") << u"admin"_s << true;
    QTest::newRow("reviewer") << u"reviewer"_s << false;
}

void TestMainWindowSync::syncNowFollowsTheRole()
{
    QFETCH(QString, user);
    QFETCH(bool, enabled);
    auto *action = m_window->findChild<QAction *>(u"syncNowAction"_s);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    signIn(user);
    QCOMPARE(action->isEnabled(), enabled);
    m_window->session()->lock();
    QVERIFY(!action->isEnabled());
}

void TestMainWindowSync::statusMessageFollowsTheLanguage()
{
    // "Sync now" without settings answers in the status bar; switching the language while it
    // shows gives the same message in the new language.
    const char *source = "Sync is not configured on this workstation.";
    const QString kazakh = dsn::translateIn(Language::Kazakh, "dsn::gui::SyncIndicator", source);
    const QString russian = dsn::translateIn(Language::Russian, "dsn::gui::SyncIndicator", source);
    QVERIFY(kazakh != QString::fromUtf8(source) && russian != QString::fromUtf8(source) && kazakh != russian);
    dsn::gui::applyUiLanguage(Language::Kazakh);
    signIn(u"aigerim"_s);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(m_window->statusBar()->currentMessage(), kazakh);
    dsn::gui::applyUiLanguage(Language::Russian);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->statusBar()->currentMessage(), russian);
    dsn::gui::applyUiLanguage(Language::English);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->statusBar()->currentMessage(), QString::fromUtf8(source));
}

void TestMainWindowSync::signOutStopsTheSync()
{
    configure(m_office->token);
    signIn(u"aigerim"_s);
    QPointer<dsn::SyncWorker> worker = m_window->syncIndicator()->worker();
    QVERIFY(worker);
    QVERIFY(worker->isStarted());
    QSignalSpy finished(worker.data(), &dsn::SyncWorker::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);

    m_window->session()->signOut();
    QVERIFY(worker.isNull());
    QVERIFY(!m_window->syncIndicator()->worker());
    // Signed out, the bar still tells the store's sync state.
    QVERIFY2(m_window->syncText().contains(u"last synced"_s), qPrintable(m_window->syncText()));

    // Nothing talks to the office any more: the next session starts a new sync.
    const int requests = m_office->requests;
    signIn(u"aigerim"_s);
    QVERIFY(m_window->syncIndicator()->worker());
    QTRY_VERIFY_WITH_TIMEOUT(m_office->requests > requests, kTimeoutMs);
    m_window->close();
    QVERIFY(!m_window->syncIndicator()->worker());
}

void TestMainWindowSync::oldUnsentCaseWarnsWithoutBlocking()
{
    // Taken in two days ago, never delivered (sync not configured at all).
    const QDateTime received = QDateTime::currentDateTimeUtc().addDays(-2);
    const QString old = intake(received);
    QVERIFY(!old.isEmpty());

    signIn(u"aigerim"_s);
    fillApplication();
    const QString warnings = m_window->applicationForm()->warnings().join(u'\n');
    QVERIFY2(warnings.contains(u"1 application"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"not legally final"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(received.toOffsetFromUtc(5 * 3600).toString(u"dd.MM.yyyy HH:mm"_s)),
        qPrintable(warnings));

    QSignalSpy saved(m_window.get(), &MainWindow::caseSaved);
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    QVERIFY(saved.at(0).at(0).toString() != old);
}

void TestMainWindowSync::recentUnsentCaseDoesNotWarn()
{
    QVERIFY(!intake(QDateTime::currentDateTimeUtc().addDays(-2)).isEmpty());
    m_window->setUnsentWarningLimit(std::chrono::hours(72)); // the limit from the settings
    signIn(u"aigerim"_s);
    fillApplication();
    const QString warnings = m_window->applicationForm()->warnings().join(u'\n');
    QVERIFY2(!warnings.contains(u"not legally final"_s), qPrintable(warnings));
}

QTEST_MAIN(TestMainWindowSync)
#include "test_mainwindow_sync.moc"
