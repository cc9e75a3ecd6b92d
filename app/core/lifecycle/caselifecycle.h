#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The life of a case as one table: every status, every allowed transition and the roles
// that may make it. The core refuses anything the table does not list.
namespace dsn {

enum class Role {
    Operator,      // State Corporation counter
    Reviewer,      // State Revenue Department
    Administrator, // users, reference data, calendar, sync, audit
    System,        // dsnctl and sync acting for the workstation or the office
};

QString roleKey(Role role); // operator, reviewer, admin, system
std::optional<Role> roleFromKey(QStringView key);
QString roleDisplayName(Role role);

enum class CaseStatus {
    Accepted,              // taken at the State Corporation counter, receipt printed
    Sent,                  // delivered to the revenue department
    Registered,            // registered by the revenue department
    InReview,              // a reviewer runs the refusal checks
    Issued,                // codes issued for every product line
    PartlyIssued,          // codes issued for some lines, the rest refused with reasons
    Refused,               // every line refused with reasons
    ReadyAtStateCorp,      // the result is at the State Corporation for hand-over
    HandedOver,            // the applicant collected the result
    TransferredToProvider, // not collected within a month: passed to the revenue department
    ReturnedForHandOver,   // the applicant came later: sent back to the State Corporation
};

inline constexpr int kCaseStatusCount = 11;

QString statusKey(CaseStatus status);
std::optional<CaseStatus> statusFromKey(QStringView key);
QString statusDisplayName(CaseStatus status);
QList<CaseStatus> allCaseStatuses();

// A decision has been made: the provider's term no longer runs.
bool isDecided(CaseStatus status);
// The case needs no further action from anyone.
bool isFinal(CaseStatus status);

struct CaseTransition
{
    std::optional<CaseStatus> from; // nullopt: the intake that creates the case
    CaseStatus to;
    QList<Role> roles;
};

const QList<CaseTransition> &caseLifecycleTable();

enum class TransitionVerdict { Allowed, NoSuchTransition, RoleNotAllowed };

TransitionVerdict checkTransition(std::optional<CaseStatus> from, CaseStatus to, Role role);
QString transitionVerdictMessage(
    TransitionVerdict verdict, std::optional<CaseStatus> from, CaseStatus to, Role role);

// Statuses reachable from a status by the given role, in table order (for menus and buttons).
QList<CaseStatus> nextStatuses(std::optional<CaseStatus> from, Role role);

// The shortest way through the table from one status to another, taking only transitions one of
// the roles may make: the steps after `from`, ending with `to`. Empty when there is none or
// from == to. Sync follows it when the office reports a status several steps ahead.
QList<CaseStatus> lifecyclePath(CaseStatus from, CaseStatus to, const QList<Role> &roles);

} // namespace dsn
