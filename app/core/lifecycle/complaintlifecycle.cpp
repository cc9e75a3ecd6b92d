#include "complaintlifecycle.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn {

QString addresseeKey(ComplaintAddressee addressee)
{
    switch (addressee) {
    case ComplaintAddressee::Provider:
        return u"provider"_s;
    case ComplaintAddressee::StateCorporation:
        return u"state_corp"_s;
    case ComplaintAddressee::QualityAssessmentBody:
        return u"quality_assessment"_s;
    }
    return {};
}

std::optional<ComplaintAddressee> addresseeFromKey(QStringView key)
{
    for (auto a : {ComplaintAddressee::Provider, ComplaintAddressee::StateCorporation,
                   ComplaintAddressee::QualityAssessmentBody})
        if (addresseeKey(a) == key)
            return a;
    return std::nullopt;
}

QString addresseeDisplayName(ComplaintAddressee addressee)
{
    switch (addressee) {
    case ComplaintAddressee::Provider:
        return QCoreApplication::translate("dsn::Complaint", "Head of the revenue department");
    case ComplaintAddressee::StateCorporation:
        return QCoreApplication::translate("dsn::Complaint", "Head of the State Corporation");
    case ComplaintAddressee::QualityAssessmentBody:
        return QCoreApplication::translate("dsn::Complaint",
                                           "Body assessing the quality of public services");
    }
    return {};
}

QString complaintStatusKey(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Filed:
        return u"filed"_s;
    case ComplaintStatus::InReview:
        return u"in_review"_s;
    case ComplaintStatus::Upheld:
        return u"upheld"_s;
    case ComplaintStatus::Dismissed:
        return u"dismissed"_s;
    }
    return {};
}

std::optional<ComplaintStatus> complaintStatusFromKey(QStringView key)
{
    for (auto s : {ComplaintStatus::Filed, ComplaintStatus::InReview, ComplaintStatus::Upheld,
                   ComplaintStatus::Dismissed})
        if (complaintStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QString complaintStatusDisplayName(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Filed:
        return QCoreApplication::translate("dsn::Complaint", "Filed");
    case ComplaintStatus::InReview:
        return QCoreApplication::translate("dsn::Complaint", "In review");
    case ComplaintStatus::Upheld:
        return QCoreApplication::translate("dsn::Complaint", "Upheld");
    case ComplaintStatus::Dismissed:
        return QCoreApplication::translate("dsn::Complaint", "Dismissed");
    }
    return {};
}

const QList<ComplaintTransition> &complaintLifecycleTable()
{
    using S = ComplaintStatus;
    using R = Role;
    // clang-format off
    static const QList<ComplaintTransition> table = {
        // Taken at the counter or received by the revenue department.
        {std::nullopt, S::Filed,     {R::Operator, R::Reviewer}},
        // Reviewed by the revenue department, or by a supervisor for complaints about counter staff.
        {S::Filed,     S::InReview,  {R::Reviewer, R::Administrator}},
        {S::InReview,  S::Upheld,    {R::Reviewer, R::Administrator}},
        {S::InReview,  S::Dismissed, {R::Reviewer, R::Administrator}},
    };
    // clang-format on
    return table;
}

TransitionVerdict checkComplaintTransition(std::optional<ComplaintStatus> from, ComplaintStatus to, Role role)
{
    for (const ComplaintTransition &t : complaintLifecycleTable()) {
        if (t.from == from && t.to == to)
            return t.roles.contains(role) ? TransitionVerdict::Allowed : TransitionVerdict::RoleNotAllowed;
    }
    return TransitionVerdict::NoSuchTransition;
}

} // namespace dsn
