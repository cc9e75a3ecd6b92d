#include "lifecycle/caselifecycle.h"

#include "base/enumtable.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace dsn {

namespace {

// clang-format off
constexpr EnumEntry<Role> kRoles[] = {
    {Role::Operator,      u"operator", QT_TRANSLATE_NOOP("dsn::Role", "Operator")},
    {Role::Reviewer,      u"reviewer", QT_TRANSLATE_NOOP("dsn::Role", "Reviewer")},
    {Role::Administrator, u"admin",    QT_TRANSLATE_NOOP("dsn::Role", "Administrator")},
    {Role::System,        u"system",   QT_TRANSLATE_NOOP("dsn::Role", "System")},
};

constexpr EnumEntry<CaseStatus> kStatuses[] = {
    {CaseStatus::Accepted,              u"accepted",                QT_TRANSLATE_NOOP("dsn::CaseStatus", "Accepted")},
    {CaseStatus::Sent,                  u"sent",                    QT_TRANSLATE_NOOP("dsn::CaseStatus", "Sent to the revenue department")},
    {CaseStatus::Registered,            u"registered",              QT_TRANSLATE_NOOP("dsn::CaseStatus", "Registered")},
    {CaseStatus::InReview,              u"in_review",               QT_TRANSLATE_NOOP("dsn::CaseStatus", "In review")},
    {CaseStatus::Issued,                u"issued",                  QT_TRANSLATE_NOOP("dsn::CaseStatus", "Codes issued")},
    {CaseStatus::PartlyIssued,          u"partly_issued",           QT_TRANSLATE_NOOP("dsn::CaseStatus", "Partly issued")},
    {CaseStatus::Refused,               u"refused",                 QT_TRANSLATE_NOOP("dsn::CaseStatus", "Refused")},
    {CaseStatus::ReadyAtStateCorp,      u"ready",                   QT_TRANSLATE_NOOP("dsn::CaseStatus", "Ready at the State Corporation")},
    {CaseStatus::HandedOver,            u"handed_over",             QT_TRANSLATE_NOOP("dsn::CaseStatus", "Handed over")},
    {CaseStatus::TransferredToProvider, u"transferred_to_provider", QT_TRANSLATE_NOOP("dsn::CaseStatus", "Transferred to the revenue department after a month")},
    {CaseStatus::ReturnedForHandOver,   u"returned_for_handover",   QT_TRANSLATE_NOOP("dsn::CaseStatus", "Returned for hand-over")},
};
// clang-format on

static_assert(std::size(kStatuses) == kCaseStatusCount);

} // namespace

QString roleKey(Role role)
{
    return enumKey(kRoles, role);
}

std::optional<Role> roleFromKey(QStringView key)
{
    return enumFromKey(kRoles, key);
}

QString roleDisplayName(Role role)
{
    return enumName("dsn::Role", kRoles, role);
}

QString statusKey(CaseStatus status)
{
    return enumKey(kStatuses, status);
}

std::optional<CaseStatus> statusFromKey(QStringView key)
{
    return enumFromKey(kStatuses, key);
}

QString statusDisplayName(CaseStatus status)
{
    return enumName("dsn::CaseStatus", kStatuses, status);
}

QList<CaseStatus> allCaseStatuses()
{
    return enumValues(kStatuses);
}

bool isDecided(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Accepted:
    case CaseStatus::Sent:
    case CaseStatus::Registered:
    case CaseStatus::InReview:
        return false;
    default:
        return true;
    }
}

bool isFinal(CaseStatus status)
{
    return status == CaseStatus::HandedOver;
}

const QList<CaseTransition> &caseLifecycleTable()
{
    using S = CaseStatus;
    using R = Role;
    // clang-format off
    static const QList<CaseTransition> table = {
        // Intake at the counter, including a visit to an applicant who cannot come.
        {std::nullopt,             S::Accepted,              {R::Operator}},
        // Delivery to the revenue department: by sync, or marked by the operator for a courier.
        {S::Accepted,              S::Sent,                  {R::Operator, R::System}},
        // The revenue department registers on arrival (the office service does it by the calendar).
        {S::Sent,                  S::Registered,            {R::Reviewer, R::System}},
        {S::Registered,            S::InReview,              {R::Reviewer}},
        // The decision, within one working day.
        {S::InReview,              S::Issued,                {R::Reviewer}},
        {S::InReview,              S::PartlyIssued,          {R::Reviewer}},
        {S::InReview,              S::Refused,               {R::Reviewer}},
        // The result reaches the State Corporation: by sync, or confirmed by the operator.
        {S::Issued,                S::ReadyAtStateCorp,      {R::Operator, R::System}},
        {S::PartlyIssued,          S::ReadyAtStateCorp,      {R::Operator, R::System}},
        {S::Refused,               S::ReadyAtStateCorp,      {R::Operator, R::System}},
        // Hand-over on showing an identity document.
        {S::ReadyAtStateCorp,      S::HandedOver,            {R::Operator}},
        // Kept for a month, then passed to the revenue department for storage.
        {S::ReadyAtStateCorp,      S::TransferredToProvider, {R::Operator}},
        // The applicant came later: the revenue department sends it back within a working day.
        {S::TransferredToProvider, S::ReturnedForHandOver,   {R::Reviewer}},
        {S::ReturnedForHandOver,   S::HandedOver,            {R::Operator}},
    };
    // clang-format on
    return table;
}

TransitionVerdict checkTransition(std::optional<CaseStatus> from, CaseStatus to, Role role)
{
    for (const CaseTransition &t : caseLifecycleTable()) {
        if (t.from == from && t.to == to)
            return t.roles.contains(role) ? TransitionVerdict::Allowed : TransitionVerdict::RoleNotAllowed;
    }
    return TransitionVerdict::NoSuchTransition;
}

QString transitionVerdictMessage(
    TransitionVerdict verdict, std::optional<CaseStatus> from, CaseStatus to, Role role)
{
    const QString fromName
        = from ? statusDisplayName(*from) : QCoreApplication::translate("dsn::CaseLifecycle", "a new case");
    switch (verdict) {
    case TransitionVerdict::Allowed:
        return {};
    case TransitionVerdict::NoSuchTransition:
        return QCoreApplication::translate("dsn::CaseLifecycle", "A case cannot go from \"%1\" to \"%2\".")
            .arg(fromName, statusDisplayName(to));
    case TransitionVerdict::RoleNotAllowed:
        return QCoreApplication::translate(
            "dsn::CaseLifecycle", "The role \"%1\" may not move a case from \"%2\" to \"%3\".")
            .arg(roleDisplayName(role), fromName, statusDisplayName(to));
    }
    return {};
}

QList<CaseStatus> nextStatuses(std::optional<CaseStatus> from, Role role)
{
    QList<CaseStatus> result;
    for (const CaseTransition &t : caseLifecycleTable())
        if (t.from == from && t.roles.contains(role))
            result.append(t.to);
    return result;
}

QList<CaseStatus> lifecyclePath(CaseStatus from, CaseStatus to, const QList<Role> &roles)
{
    const auto anyRoleMay = [&](CaseStatus s, CaseStatus next) {
        for (Role role : roles)
            if (checkTransition(s, next, role) == TransitionVerdict::Allowed)
                return true;
        return false;
    };
    QHash<CaseStatus, CaseStatus> previous;
    QList<CaseStatus> queue { from };
    QSet<CaseStatus> seen { from };
    while (!queue.isEmpty()) {
        const CaseStatus s = queue.takeFirst();
        if (s == to)
            break;
        for (const CaseTransition &t : caseLifecycleTable()) {
            if (t.from != s || seen.contains(t.to) || !anyRoleMay(s, t.to))
                continue;
            seen.insert(t.to);
            previous.insert(t.to, s);
            queue.append(t.to);
        }
    }
    if (!seen.contains(to) || from == to)
        return {};
    QList<CaseStatus> path;
    for (CaseStatus s = to; s != from; s = previous.value(s))
        path.prepend(s);
    return path;
}

} // namespace dsn
