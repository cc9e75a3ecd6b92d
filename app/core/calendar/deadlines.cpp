#include "calendar/deadlines.h"

#include "calendar/workingtime.h"

namespace dsn {

QDateTime serviceTermEnd(const WorkingCalendar &calendar, QDate dayNotCounted, bool *touchedUnknownYear)
{
    const QDate last = calendar.nextWorkingDay(dayNotCounted, Office::Provider, touchedUnknownYear);
    return last.isValid() ? closingTime(last, Office::Provider) : QDateTime();
}

ServiceTerm serviceTerm(const WorkingCalendar &calendar, const QDateTime &received, Office receivedAt)
{
    ServiceTerm term;
    term.received = toKazakhstanTime(received);
    if (!term.received.isValid())
        return term;
    bool unknown = false;
    QDate dayNotCounted;
    if (receivedAt == Office::StateCorporation) {
        term.accepted = rollToWorkingTime(calendar, term.received, Office::StateCorporation, &unknown);
        term.registered = rollToWorkingTime(calendar, term.accepted, Office::Provider, &unknown);
        dayNotCounted = term.accepted.date();
    } else {
        term.registered = rollToWorkingTime(calendar, term.received, Office::Provider, &unknown);
        dayNotCounted = term.registered.date();
    }
    term.due = serviceTermEnd(calendar, dayNotCounted, &unknown);
    term.touchesUnknownYear = unknown;
    return term;
}

int complaintReviewWorkingDays(ComplaintAddressee addressee)
{
    return addressee == ComplaintAddressee::QualityAssessmentBody ? 15 : 5;
}

Office complaintCalendarOffice(ComplaintAddressee addressee)
{
    return addressee == ComplaintAddressee::StateCorporation ? Office::StateCorporation : Office::Provider;
}

Deadline complaintDeadline(const WorkingCalendar &calendar, QDate registered, ComplaintAddressee addressee)
{
    Deadline deadline;
    const Office office = complaintCalendarOffice(addressee);
    const QDate last = calendar.addWorkingDays(
        registered, complaintReviewWorkingDays(addressee), office, &deadline.touchesUnknownYear);
    if (last.isValid())
        deadline.at = closingTime(last, office);
    return deadline;
}

StorageTerm stateCorporationStorage(const WorkingCalendar &calendar, QDate resultsReady)
{
    StorageTerm term;
    if (!resultsReady.isValid())
        return term;
    term.ends = resultsReady.addMonths(1); // QDate clamps 31 January to the end of February
    term.touchesUnknownYear = !calendar.hasYear(resultsReady.year());
    term.handOver
        = calendar.workingDayOnOrAfter(term.ends, Office::StateCorporation, &term.touchesUnknownYear);
    return term;
}

} // namespace dsn
