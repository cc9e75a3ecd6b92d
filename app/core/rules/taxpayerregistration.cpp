#include "rules/taxpayerregistration.h"

#include <algorithm>

namespace dsn {

bool isActivityKey(QStringView key)
{
    return !key.isEmpty() && key.size() <= 64 && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || c == u'_';
    });
}

namespace {

// Which activity each subject type of the application (Appendix 1) must be registered for.
// The subject types are those of the application form (cases/application.h, by their keys).
struct RequiredActivity
{
    QStringView subjectType;
    QStringView activity;
};
constexpr RequiredActivity kRequiredActivities[] = {
    { u"producer", kPetroleumProduction },
    { u"importer", kPetroleumWholesale },
};

} // namespace

QString requiredActivity(QStringView subjectTypeKey)
{
    for (const RequiredActivity &entry : kRequiredActivities) {
        if (entry.subjectType == subjectTypeKey)
            return entry.activity.toString();
    }
    return {};
}

bool inForce(const TaxpayerRegistration &registration, QDate day)
{
    return day.isValid() && registration.registeredOn.isValid() && registration.registeredOn <= day
        && (!registration.deregisteredOn.isValid() || registration.deregisteredOn > day);
}

bool registeredForActivity(
    const QList<TaxpayerRegistration> &registrations, QStringView subjectTypeKey, QDate day)
{
    const QString activity = requiredActivity(subjectTypeKey);
    if (activity.isEmpty())
        return false;
    return std::any_of(registrations.cbegin(), registrations.cend(),
        [&](const TaxpayerRegistration &r) { return r.activity == activity && inForce(r, day); });
}

} // namespace dsn
