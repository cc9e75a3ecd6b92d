// The counter's screen is 1366x768: the main window with each of its pages fits it in Kazakh
// and in Russian, and what it shows is written in that language.

#include "shellfixture.h"

#include "common/screenfit.h"
#include "common/uilanguage.h"

#include <QAbstractButton>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabBar>

using namespace Qt::Literals::StringLiterals;
using namespace shellfixture;

namespace {

constexpr QSize kCounterScreen(1366, 768);

// A Latin word of two or more letters that is not a code (ALM-MEDEU, GOST, TU are codes and
// names of standards, written as they are in both languages) or the name of a key as the
// keyboard shows it (Ctrl+Del).
QStringList foreignWords(const QString &text)
{
    static const QRegularExpression word(u"\\b[A-Za-z][a-z]+\\b"_s);
    static const QStringList keys = { u"Ctrl"_s, u"Alt"_s, u"Shift"_s, u"Del"_s, u"Ins"_s, u"Esc"_s,
        u"Enter"_s, u"Tab"_s, u"Home"_s, u"End"_s, u"PgUp"_s, u"PgDown"_s };
    QStringList found;
    QString plain = text;
    plain.remove(u'&');
    for (const QRegularExpressionMatch &match : word.globalMatch(plain))
        if (!keys.contains(match.captured(0)))
            found << match.captured(0);
    return found;
}

QStringList visibleTexts(QWidget *window)
{
    QStringList texts;
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->isVisibleTo(window))
            texts << label->text();
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(window))
            texts << button->text();
    for (QAction *action : window->findChildren<QAction *>())
        if (!action->isSeparator())
            texts << action->text();
    for (QTabBar *tabs : window->findChildren<QTabBar *>())
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
        if (!header->isVisibleTo(window) || !header->model())
            continue;
        for (int i = 0; i < header->count(); ++i)
            texts << header->model()->headerData(i, header->orientation()).toString();
    }
    return texts;
}

} // namespace

class TestCounterScreen : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase() { dsn::gui::applyUiLanguage(dsn::Language::English); }
    void fitsAndSpeaksTheLanguage_data();
    void fitsAndSpeaksTheLanguage();
};

void TestCounterScreen::fitsAndSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("kk") << u"kk"_s;
    QTest::newRow("ru") << u"ru"_s;
}

void TestCounterScreen::fitsAndSpeaksTheLanguage()
{
    QFETCH(QString, language);
    dsn::gui::applyUiLanguage(*dsn::languageFromCode(language));
    Store store;
    QVERIFY(store.open());
    std::unique_ptr<dsn::gui::MainWindow> window = store.window();
    window->startSession(store.user(u"aigerim"_s));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    const QSize room(kCounterScreen.width(), kCounterScreen.height() - dsn::gui::kWindowFrameAllowance);
    for (const QString &action : { u"newApplicationAction"_s, u"casesAction"_s }) {
        window->findChild<QAction *>(action)->trigger();
        QCoreApplication::processEvents();
        const QSize least = window->minimumSizeHint();
        QVERIFY2(least.width() <= room.width() && least.height() <= room.height(),
            qPrintable(u"%1: %2x%3"_s.arg(action).arg(least.width()).arg(least.height())));
        QStringList foreign;
        for (const QString &text : visibleTexts(window.get()))
            for (const QString &word : foreignWords(text))
                foreign << word + u" in \""_s + text + u'"';
        QVERIFY2(foreign.isEmpty(), qPrintable(action + u": "_s + foreign.join(u"; "_s)));
    }
    // The status bar is inside the window's own height.
    QVERIFY(window->statusBar()->isVisible());
    QVERIFY(window->statusBar()->geometry().bottom() < window->height());
    QVERIFY(window->height() <= room.height());
}

QTEST_MAIN(TestCounterScreen)
#include "test_counterscreen.moc"
