#include "shellfixture.h"

#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace shellfixture {

namespace {

QString focusedName()
{
    return focused() ? focused()->objectName() : u"(nothing has the focus)"_s;
}

} // namespace

bool Store::open(dsn::LoginPolicy policy)
{
    // The languages users chose (QSettings "ui/...") stay in the test's own settings, and each
    // test starts with none remembered.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(u"ui"_s);
    dsntest::StoreOptions options;
    options.login = policy;
    return StoreFixture::open(options);
}

std::unique_ptr<dsn::gui::MainWindow> Store::window()
{
    dsn::gui::WorkstationServices services;
    services.database = database.get();
    services.users = users.get();
    services.cases = cases.get();
    services.reference = &dsn::ReferenceData::embedded();
    services.calendar = dsn::WorkingCalendar::shipped();
    return std::make_unique<dsn::gui::MainWindow>(services, [this] { return monotonicMs; });
}

void typeApplication(QWidget *window)
{
    window->findChild<QLineEdit *>(u"queueTicketEdit"_s)->setFocus();
    type(u"A-042"_s);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QCOMPARE(focusedName(), u"departmentCombo"_s);
    press(Qt::Key_Down);
    press(Qt::Key_Tab);
    QCOMPARE(focusedName(), u"applicationDateEdit"_s);
    press(Qt::Key_Tab); // one Tab leaves the date, whichever of its parts has the cursor
    QCOMPARE(focusedName(), u"taxpayerNameEdit"_s);
    type(u"ТОО «Мұнай Өнім»"_s);
    press(Qt::Key_Tab);
    type(u"940140 000385"_s);
    press(Qt::Key_Tab);
    press(Qt::Key_Down);
    press(Qt::Key_Tab);
    type(u"3"_s);
    press(Qt::Key_Tab);
    type(u"053"_s);
    press(Qt::Key_Tab);
    // One Tab, the list of units open or not. The offscreen platform leaves no window active
    // when the list closes; a window manager gives the activation back to the window.
    if (!QApplication::activeWindow()) {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
    QCOMPARE(focusedName(), u"productsTable"_s);
    type(u"1"_s);
    type(u"АИ-92-К5"_s);
    press(Qt::Key_Tab);
    type(u"СТ РК 1098-2002"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusedName(), u"headNameEdit"_s);
    type(u"Серікбаев Ерлан Маратұлы"_s);
}

void screenshot(QWidget *widget, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("DSN_TEST_SCREENSHOT_DIR"); !dir.isEmpty())
        widget->grab().save(dir + u'/' + name);
}

} // namespace shellfixture
