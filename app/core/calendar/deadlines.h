#pragma once

#include "calendar/workingcalendar.h"

#include <QDate>
#include <QDateTime>

namespace dsn {

// THE rule of the term of service (Rules §6, Appendix 2 row 3): one working day, the day of
// acceptance (or registration) not counted. The term ends at the provider's closing time (18:30)
// of the provider's first working day after `dayNotCounted`. Every service deadline uses this.
QDateTime serviceTermEnd(
    const WorkingCalendar &calendar, QDate dayNotCounted, bool *touchedUnknownYear = nullptr);

struct ServiceTerm
{
    QDateTime received;   // the moment given, in Kazakhstan time
    QDateTime accepted;   // State Corporation acceptance (rolled into its hours); invalid for direct intake
    QDateTime registered; // provider registration (rolled into provider working time)
    QDateTime due;        // end of the term
    bool touchesUnknownYear = false; // a year without calendar data was consulted
};

// Where the application was handed in. At the State Corporation at T: acceptance = T rolled into
// State Corporation hours; the documents are taken to reach the provider at that moment;
// registration = acceptance rolled into provider working time; due = serviceTermEnd(acceptance day).
// Directly at the provider at T: registration = T rolled into provider working time;
// due = serviceTermEnd(registration day).
ServiceTerm serviceTerm(const WorkingCalendar &calendar, const QDateTime &received, Office receivedAt);

// Complaints (Rules §11-13): to the provider or the State Corporation, reviewed within 5 working
// days of registration; to the body that assesses the quality of public services, within 15.
enum class ComplaintAddressee { Provider, StateCorporation, QualityAssessmentBody };

int complaintReviewWorkingDays(ComplaintAddressee addressee); // 5, 5, 15
// The calendar of the addressee: the State Corporation's own for complaints to it; the five-day
// week (the provider's) for the provider and for the assessment body.
Office complaintCalendarOffice(ComplaintAddressee addressee);

struct Deadline
{
    QDateTime at;
    bool touchesUnknownYear = false;
};

// The registration day is not counted; the deadline is the close of the addressee's n-th working
// day after it.
Deadline complaintDeadline(const WorkingCalendar &calendar, QDate registered, ComplaintAddressee addressee);

// The State Corporation keeps ready documents for one month, then hands them to the provider.
struct StorageTerm
{
    QDate ends;     // the same day of the next month; the month's last day when it has none
    QDate handOver; // first State Corporation working day on or after `ends`
    bool touchesUnknownYear = false;
};

StorageTerm stateCorporationStorage(const WorkingCalendar &calendar, QDate resultsReady);

} // namespace dsn
