#pragma once

#include <QString>
#include <QStringView>
#include <QTime>

#include <optional>

namespace dsn {

// The two offices that take part in the service, each with its own working week.
enum class Office {
    Provider,         // territorial department of the State Revenue Committee: Mon-Fri
    StateCorporation, // "Government for Citizens" counter: Mon-Sat
};

QString officeKey(Office office); // "provider", "state-corp"
std::optional<Office> officeFromKey(QStringView key);
QString officeDisplayName(Office office);

// Opening hours of an office on its working days (Appendix 2, row 7).
struct OfficeHours
{
    QTime opens;
    QTime closes;
    QTime lunchStarts; // invalid when the office has no lunch break
    QTime lunchEnds;
    bool hasLunch() const { return lunchStarts.isValid(); }
    // True when the office is open at this time of a working day: [opens, closes) minus lunch.
    bool isOpenAt(QTime time) const;
};

// Provider: 09:00-18:30, lunch 13:00-14:30. State Corporation: 09:00-20:00, no lunch.
OfficeHours officeHours(Office office);

// True when the office's working week includes this day of the week (1 = Monday ... 7 = Sunday),
// before holidays and decrees are taken into account.
bool isRegularWorkingWeekday(Office office, int dayOfWeek);

} // namespace dsn
