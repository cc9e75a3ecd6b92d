#pragma once

// A workstation store for the shell's GUI tests: a temporary file with the workstation code,
// one user of each role (cheap password hashing), the case store and a movable monotonic clock.

#include "calendar/workingcalendar.h"
#include "cases/casestore.h"
#include "mainwindow.h"
#include "reference/referencedata.h"
#include "store/database.h"
#include "store/sql.h"
#include "users/userstore.h"

#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace shellfixture {

using namespace Qt::Literals::StringLiterals;

inline const QString kOperatorPassword = u"operator-secret-1"_s;
inline const QString kReviewerPassword = u"reviewer-secret-1"_s;
inline const QString kAdminPassword = u"admin-secret-123"_s;

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<dsn::Database> database;
    std::unique_ptr<dsn::UserStore> users;
    std::unique_ptr<dsn::CaseStore> cases;
    qint64 monotonicMs = 1'000'000; // the session clock's time; tests move it

    // False when the store cannot be made.
    bool open(dsn::LoginPolicy policy = {})
    {
        if (!dir.isValid())
            return false;
        auto db = dsn::Database::open(dir.filePath(u"store.sqlite"_s));
        if (!db)
            return false;
        database = std::move(db).value();
        const auto written = database->write([](QSqlDatabase &c) {
            return dsn::sqlExec(c, u"INSERT INTO settings(key, value) VALUES ('workstation.code', 'AST01')"_s);
        });
        if (!written)
            return false;
        users = std::make_unique<dsn::UserStore>(*database, dsn::PasswordCost::fastForTests(), policy);
        cases = std::make_unique<dsn::CaseStore>(*database);
        return users->createFirstAdministrator({u"admin"_s, u"Әкімші Админ"_s, dsn::Role::Administrator, u"AST"_s},
                                               kAdminPassword)
               .ok()
            && users->createUser(dsn::Actor::system(),
                                 {u"aigerim"_s, u"Сейітқали Әйгерім"_s, dsn::Role::Operator, u"AST"_s},
                                 kOperatorPassword)
                   .ok()
            && users->createUser(dsn::Actor::system(),
                                 {u"reviewer"_s, u"Тексеруші Болат"_s, dsn::Role::Reviewer, u"DGD-AST"_s},
                                 kReviewerPassword)
                   .ok();
    }

    dsn::User user(const QString &name) const { return users->findUser(name).value().value(); }

    std::unique_ptr<dsn::gui::MainWindow> window()
    {
        dsn::gui::WorkstationServices services;
        services.database = database.get();
        services.users = users.get();
        services.cases = cases.get();
        services.reference = &dsn::ReferenceData::embedded();
        services.calendar = dsn::WorkingCalendar::shipped();
        return std::make_unique<dsn::gui::MainWindow>(services, [this] { return monotonicMs; });
    }

    // Audit events in order, for checking what the session recorded.
    QStringList auditEvents() const
    {
        QStringList events;
        auto q = dsn::sqlRun(database->connection(), u"SELECT event FROM audit_log ORDER BY id"_s);
        if (!q)
            return events;
        while (q->next())
            events.append(q->value(0).toString());
        return events;
    }
};

inline QWidget *focused()
{
    return QApplication::focusWidget();
}

// QTest::keyClicks takes Latin-1 only; Kazakh and Russian letters go in as key events with text.
inline void type(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(focused(), c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, focused(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

// The Appendix 1 form of the window typed from the keyboard, as the operator does it; a failed
// check ends the calling test (QTest::currentTestFailed()).
inline void typeApplication(QWidget *window)
{
    window->findChild<QLineEdit *>(u"queueTicketEdit"_s)->setFocus();
    type(u"A-042"_s);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), u"departmentCombo"_s);
    press(Qt::Key_Down);
    press(Qt::Key_Tab);
    for (int i = 0; i < 3 && focused()->objectName() == u"applicationDateEdit"_s; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), u"taxpayerNameEdit"_s);
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
    QCOMPARE(focused()->objectName(), u"productsTable"_s);
    type(u"1"_s);
    type(u"АИ-92-К5"_s);
    press(Qt::Key_Tab);
    type(u"СТ РК 1098-2002"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), u"headNameEdit"_s);
    type(u"Серікбаев Ерлан Маратұлы"_s);
}

inline void screenshot(QWidget *widget, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("DSN_TEST_SCREENSHOT_DIR"); !dir.isEmpty())
        widget->grab().save(dir + u'/' + name);
}

} // namespace shellfixture
