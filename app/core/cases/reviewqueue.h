#pragma once

#include "base/result.h"
#include "base/storetime.h"
#include "lifecycle/caselifecycle.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The revenue department's queue as a review desk works it: the open cases mirrored from the
// office (registered or in review), the one due first on top, so that a reviewer under the one
// working day of the Rules (§6) sees what is due today and what is already late.
namespace dsn {

class Database;

enum class Urgency {
    Later,    // due after today
    DueToday, // due before the end of today (Kazakhstan time), not yet late
    Overdue,  // the term of service has ended
};

// Against the moment `now`: past the due time is overdue, due on today's date is due today.
// A case without a due time is Later.
Urgency urgencyOf(const QDateTime &dueAt, const QDateTime &now);

struct QueueEntry
{
    QString caseNumber;
    QString uid;
    QString taxpayerName;
    QString taxpayerId;
    CaseStatus status = CaseStatus::Registered;
    QDateTime registeredAt;
    QDateTime dueAt;
    int lines = 0;
    QString takenByName; // empty when nobody has taken it
    QString takenByLogin;
    bool decisionWaiting = false; // confirmed here, not yet answered by the office
    Urgency urgency = Urgency::Later;
};

struct QueueCounts
{
    int open = 0;
    int dueToday = 0;
    int overdue = 0;
    int takenBy = 0; // by the login asked about
    int waiting = 0; // decisions waiting for the office
};

class ReviewQueue
{
public:
    explicit ReviewQueue(Database &database, Clock clock = {});

    // The open mirrored cases, due first (cases without a due time last), then by case number.
    Result<QList<QueueEntry>> open() const;
    Result<QueueCounts> counts(const QString &login) const;

private:
    Database &m_db;
    Clock m_clock;
};

} // namespace dsn
