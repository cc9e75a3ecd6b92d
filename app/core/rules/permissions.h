#pragma once

#include "lifecycle/caselifecycle.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// What each role may do at the workstation, as one table (action x role): the main window
// enables its actions from it, and every guarded slot asks it again before it acts. Which
// status a case may move to is not here: that is the lifecycle table.
namespace dsn {

enum class Action {
    NewApplication, // take in an Appendix 1 application at the counter
    CaseList,       // search the workstation's cases and open one
    PrintReceipt,   // print a stored case's acceptance receipt again
    ManageUsers,    // create users, change their roles, lock and unlock accounts
    AuditCheck,     // verify the audit trail's hash chain
    SyncNow,        // sync with the office at once
    LockSession,    // lock the workstation when stepping away
    SignOut,        // end the session
};

inline constexpr int kActionCount = 8;

// True when a person of the role may do the action. The system (dsnctl, the sync) is nobody
// at the window and may do none of these here; the stores admit it where it acts.
bool permits(Role role, Action action);

QString actionKey(Action action); // new_application, case_list, ...
std::optional<Action> actionFromKey(QStringView key);
QString actionDisplayName(Action action);
QList<Action> allActions();

} // namespace dsn
