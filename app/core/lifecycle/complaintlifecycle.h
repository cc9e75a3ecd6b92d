#pragma once

#include "calendar/deadlines.h"
#include "caselifecycle.h"

// Complaints run alongside a case (Rules §11-13): filed against a decision or an action,
// reviewed within 5 working days by the provider's or the State Corporation's head, or
// within 15 working days by the body that assesses the quality of public services.
namespace dsn {

// Whom a complaint is addressed to (ComplaintAddressee, with its review term, is defined with
// the deadlines in calendar/deadlines.h).
QString addresseeKey(ComplaintAddressee addressee); // provider, state_corp, quality_assessment
std::optional<ComplaintAddressee> addresseeFromKey(QStringView key);
QString addresseeDisplayName(ComplaintAddressee addressee);

enum class ComplaintStatus { Filed, InReview, Upheld, Dismissed };

QString complaintStatusKey(ComplaintStatus status); // filed, in_review, upheld, dismissed
std::optional<ComplaintStatus> complaintStatusFromKey(QStringView key);
QString complaintStatusDisplayName(ComplaintStatus status);

struct ComplaintTransition
{
    std::optional<ComplaintStatus> from; // nullopt: filing
    ComplaintStatus to;
    QList<Role> roles;
};

const QList<ComplaintTransition> &complaintLifecycleTable();
TransitionVerdict checkComplaintTransition(
    std::optional<ComplaintStatus> from, ComplaintStatus to, Role role);

} // namespace dsn
