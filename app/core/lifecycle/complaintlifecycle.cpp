#include "complaintlifecycle.h"

#include "base/enumtable.h"

namespace dsn {

namespace {

// clang-format off
constexpr EnumEntry<ComplaintAddressee> kAddressees[] = {
    {ComplaintAddressee::Provider,              u"provider",           QT_TRANSLATE_NOOP("dsn::Complaint", "Head of the revenue department")},
    {ComplaintAddressee::StateCorporation,      u"state_corp",         QT_TRANSLATE_NOOP("dsn::Complaint", "Head of the State Corporation")},
    {ComplaintAddressee::QualityAssessmentBody, u"quality_assessment", QT_TRANSLATE_NOOP("dsn::Complaint", "Body assessing the quality of public services")},
};

constexpr EnumEntry<ComplaintStatus> kComplaintStatuses[] = {
    {ComplaintStatus::Filed,     u"filed",     QT_TRANSLATE_NOOP("dsn::Complaint", "Filed")},
    {ComplaintStatus::InReview,  u"in_review", QT_TRANSLATE_NOOP("dsn::Complaint", "In review")},
    {ComplaintStatus::Upheld,    u"upheld",    QT_TRANSLATE_NOOP("dsn::Complaint", "Upheld")},
    {ComplaintStatus::Dismissed, u"dismissed", QT_TRANSLATE_NOOP("dsn::Complaint", "Dismissed")},
};
// clang-format on

} // namespace

QString addresseeKey(ComplaintAddressee addressee)
{
    return enumKey(kAddressees, addressee);
}

std::optional<ComplaintAddressee> addresseeFromKey(QStringView key)
{
    return enumFromKey(kAddressees, key);
}

QString addresseeDisplayName(ComplaintAddressee addressee)
{
    return enumName("dsn::Complaint", kAddressees, addressee);
}

QString complaintStatusKey(ComplaintStatus status)
{
    return enumKey(kComplaintStatuses, status);
}

std::optional<ComplaintStatus> complaintStatusFromKey(QStringView key)
{
    return enumFromKey(kComplaintStatuses, key);
}

QString complaintStatusDisplayName(ComplaintStatus status)
{
    return enumName("dsn::Complaint", kComplaintStatuses, status);
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
