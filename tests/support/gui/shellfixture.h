#pragma once

// The shell's GUI tests: the store fixture (one user of each role, see storefixture.h) with a
// movable monotonic clock for the session and the main window on it, the Appendix 1 form typed
// from the keyboard, and screenshots on request.

#include "keyboard.h"
#include "storefixture.h"

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

using dsntest::focused;
using dsntest::kAdminPassword;
using dsntest::kOperatorPassword;
using dsntest::kReviewerPassword;
using dsntest::press;
using dsntest::type;

struct Store : dsntest::StoreFixture
{
    qint64 monotonicMs = 1'000'000; // the session clock's time; tests move it

    // False when the store cannot be made.
    bool open(dsn::LoginPolicy policy = {});

    // The main window on the store, not yet signed in.
    std::unique_ptr<dsn::gui::MainWindow> window();
};

// The Appendix 1 form of the window typed from the keyboard, as the operator does it; a failed
// check ends the calling test (QTest::currentTestFailed()).
void typeApplication(QWidget *window);

// Saves a picture of the widget into $DSN_TEST_SCREENSHOT_DIR, when it is set.
void screenshot(QWidget *widget, const QString &name);

} // namespace shellfixture
