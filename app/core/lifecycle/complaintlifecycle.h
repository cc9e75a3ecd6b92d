#pragma once

#include "caselifecycle.h"

// Complaints run alongside a case (Rules §11-13): filed against a decision or an action,
// reviewed within 5 working days by the provider's or the State Corporation's head, or
// within 15 working days by the body that assesses the quality of public services.
namespace dsn {

enum class ComplaintAddressee {
    ProviderHead,     // head of the revenue department, or the authorised body
    StateCorpHead,    // head of the State Corporation (actions of its staff)
    QualityAssessment // the authorised body for assessing the quality of public services
};

QString addresseeKey(ComplaintAddressee addressee); // provider_head, state_corp_head, quality_assessment
std::optional<ComplaintAddressee> addresseeFromKey(QStringView key);
QString addresseeDisplayName(ComplaintAddressee addressee);
int complaintReviewWorkingDays(ComplaintAddressee addressee); // 5 or 15

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
TransitionVerdict checkComplaintTransition(std::optional<ComplaintStatus> from, ComplaintStatus to, Role role);

} // namespace dsn
