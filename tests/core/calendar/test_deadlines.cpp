#include "calendar/deadlines.h"
#include "calendar/workingtime.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using dsn::ComplaintAddressee;
using dsn::Office;

Q_DECLARE_METATYPE(dsn::Office)
Q_DECLARE_METATYPE(dsn::ComplaintAddressee)

class TestDeadlines : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void serviceTerm_data();
    void serviceTerm();
    void serviceTermEnd();
    void wallClockTimeIsKazakhstanTime();
    void rollToWorkingTime_data();
    void rollToWorkingTime();
    void complaintDeadline_data();
    void complaintDeadline();
    void storage_data();
    void storage();
    void unknownYearIsFlagged();

private:
    dsn::WorkingCalendar m_calendar;
};

namespace {
QDateTime moment(const QString &iso)
{
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT(parsed.isValid());
    return parsed;
}

QString kz(const QString &localTime)
{
    return localTime + u":00+05:00"_s;
}
} // namespace

void TestDeadlines::initTestCase()
{
    dsn::Result<dsn::WorkingCalendar> shipped = dsn::WorkingCalendar::loadShipped();
    QVERIFY2(shipped, shipped ? "" : qPrintable(shipped.error().message));
    m_calendar = std::move(shipped).value();
}

void TestDeadlines::serviceTerm_data()
{
    QTest::addColumn<Office>("office");
    QTest::addColumn<QString>("received");
    QTest::addColumn<QString>("accepted");
    QTest::addColumn<QString>("registered");
    QTest::addColumn<QString>("due");
    const Office S = Office::StateCorporation;
    const Office P = Office::Provider;

    // Friday 20 March 2026, 15:00: 21 Sat, 22 Sun, 23 Nauryz, 24-25 moved holidays; due Thursday 26 at 18:30.
    QTest::newRow("Friday example") << S << kz(u"2026-03-20T15:00"_s) << kz(u"2026-03-20T15:00"_s)
                                    << kz(u"2026-03-20T15:00"_s) << kz(u"2026-03-26T18:30"_s);
    QTest::newRow("Friday example in UTC") << S << u"2026-03-20T10:00:00Z"_s << kz(u"2026-03-20T15:00"_s)
                                           << kz(u"2026-03-20T15:00"_s) << kz(u"2026-03-26T18:30"_s);
    QTest::newRow("before opening") << S << kz(u"2026-03-19T08:00"_s) << kz(u"2026-03-19T09:00"_s)
                                    << kz(u"2026-03-19T09:00"_s) << kz(u"2026-03-20T18:30"_s);
    // The State Corporation has no lunch; the provider registers when its lunch ends.
    QTest::newRow("provider lunch") << S << kz(u"2026-03-19T13:30"_s) << kz(u"2026-03-19T13:30"_s)
                                    << kz(u"2026-03-19T14:30"_s) << kz(u"2026-03-20T18:30"_s);
    // Accepted on Thursday after the provider closed: registered Friday morning, still due Friday.
    QTest::newRow("after provider close") << S << kz(u"2026-03-19T19:00"_s) << kz(u"2026-03-19T19:00"_s)
                                          << kz(u"2026-03-20T09:00"_s) << kz(u"2026-03-20T18:30"_s);
    QTest::newRow("at State Corporation close") << S << kz(u"2026-03-19T20:00"_s) << kz(u"2026-03-20T09:00"_s)
                                                << kz(u"2026-03-20T09:00"_s) << kz(u"2026-03-26T18:30"_s);
    QTest::newRow("after State Corporation close")
        << S << kz(u"2026-03-19T20:30"_s) << kz(u"2026-03-20T09:00"_s) << kz(u"2026-03-20T09:00"_s)
        << kz(u"2026-03-26T18:30"_s);
    // Saturday is a State Corporation working day: the acceptance day is Saturday, not counted.
    QTest::newRow("Saturday") << S << kz(u"2026-02-28T11:00"_s) << kz(u"2026-02-28T11:00"_s)
                              << kz(u"2026-03-02T09:00"_s) << kz(u"2026-03-02T18:30"_s);
    QTest::newRow("Saturday after close") << S << kz(u"2026-03-28T20:30"_s) << kz(u"2026-03-30T09:00"_s)
                                          << kz(u"2026-03-30T09:00"_s) << kz(u"2026-03-31T18:30"_s);
    QTest::newRow("Sunday") << S << kz(u"2026-03-01T12:00"_s) << kz(u"2026-03-02T09:00"_s)
                            << kz(u"2026-03-02T09:00"_s) << kz(u"2026-03-03T18:30"_s);
    QTest::newRow("holiday") << S << kz(u"2026-03-23T10:00"_s) << kz(u"2026-03-26T09:00"_s)
                             << kz(u"2026-03-26T09:00"_s) << kz(u"2026-03-27T18:30"_s);
    QTest::newRow("Saturday holiday") << S << kz(u"2026-05-09T10:00"_s) << kz(u"2026-05-12T09:00"_s)
                                      << kz(u"2026-05-12T09:00"_s) << kz(u"2026-05-13T18:30"_s);
    QTest::newRow("last working day of 2025") << S << kz(u"2025-12-31T15:00"_s) << kz(u"2025-12-31T15:00"_s)
                                              << kz(u"2025-12-31T15:00"_s) << kz(u"2026-01-05T18:30"_s);
    QTest::newRow("last working day of 2026") << S << kz(u"2026-12-31T16:00"_s) << kz(u"2026-12-31T16:00"_s)
                                              << kz(u"2026-12-31T16:00"_s) << kz(u"2027-01-05T18:30"_s);
    QTest::newRow("decree working Sunday") << S << kz(u"2025-01-05T10:00"_s) << kz(u"2025-01-05T10:00"_s)
                                           << kz(u"2025-01-05T10:00"_s) << kz(u"2025-01-06T18:30"_s);
    QTest::newRow("decree day off") << S << kz(u"2025-01-03T10:00"_s) << kz(u"2025-01-04T09:00"_s)
                                    << kz(u"2025-01-05T09:00"_s) << kz(u"2025-01-05T18:30"_s);

    // Documents handed to the provider directly: the registration day is not counted.
    QTest::newRow("direct Friday") << P << kz(u"2026-03-20T15:00"_s) << QString() << kz(u"2026-03-20T15:00"_s)
                                   << kz(u"2026-03-26T18:30"_s);
    QTest::newRow("direct at close") << P << kz(u"2026-03-19T18:30"_s) << QString()
                                     << kz(u"2026-03-20T09:00"_s) << kz(u"2026-03-26T18:30"_s);
    QTest::newRow("direct last second") << P << u"2026-03-19T18:29:59+05:00"_s << QString()
                                        << u"2026-03-19T18:29:59+05:00"_s << kz(u"2026-03-20T18:30"_s);
    QTest::newRow("direct lunch start") << P << kz(u"2026-03-19T13:00"_s) << QString()
                                        << kz(u"2026-03-19T14:30"_s) << kz(u"2026-03-20T18:30"_s);
    QTest::newRow("direct at opening") << P << kz(u"2026-04-06T09:00"_s) << QString()
                                       << kz(u"2026-04-06T09:00"_s) << kz(u"2026-04-07T18:30"_s);
    QTest::newRow("direct Saturday") << P << kz(u"2026-03-28T11:00"_s) << QString()
                                     << kz(u"2026-03-30T09:00"_s) << kz(u"2026-03-31T18:30"_s);
    QTest::newRow("direct offset +06:00") << P << u"2026-04-06T09:30:00+06:00"_s << QString()
                                          << kz(u"2026-04-06T09:00"_s) << kz(u"2026-04-07T18:30"_s);
}

void TestDeadlines::serviceTerm()
{
    QFETCH(Office, office);
    QFETCH(QString, received);
    QFETCH(QString, accepted);
    QFETCH(QString, registered);
    QFETCH(QString, due);
    const dsn::ServiceTerm term = dsn::serviceTerm(m_calendar, moment(received), office);
    QCOMPARE(term.accepted.isValid() ? term.accepted.toString(Qt::ISODate) : QString(), accepted);
    QCOMPARE(term.registered.toString(Qt::ISODate), registered);
    QCOMPARE(term.due.toString(Qt::ISODate), due);
    QVERIFY(!term.touchesUnknownYear);
}

void TestDeadlines::serviceTermEnd()
{
    QCOMPARE(
        dsn::serviceTermEnd(m_calendar, QDate(2026, 3, 20)).toString(Qt::ISODate), kz(u"2026-03-26T18:30"_s));
    QCOMPARE(
        dsn::serviceTermEnd(m_calendar, QDate(2026, 3, 21)).toString(Qt::ISODate), kz(u"2026-03-26T18:30"_s));
    QCOMPARE(
        dsn::serviceTermEnd(m_calendar, QDate(2026, 3, 26)).toString(Qt::ISODate), kz(u"2026-03-27T18:30"_s));
}

void TestDeadlines::wallClockTimeIsKazakhstanTime()
{
    // A moment without a zone is Kazakhstan wall-clock time, whatever the machine's zone (tests run in UTC).
    const QDateTime local(QDate(2026, 3, 20), QTime(15, 0));
    const dsn::ServiceTerm term = dsn::serviceTerm(m_calendar, local, Office::StateCorporation);
    QCOMPARE(term.registered.toString(Qt::ISODate), kz(u"2026-03-20T15:00"_s));
    QCOMPARE(term.due.offsetFromUtc(), 5 * 3600);
}

void TestDeadlines::rollToWorkingTime_data()
{
    QTest::addColumn<Office>("office");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("rolled");
    const Office S = Office::StateCorporation;
    const Office P = Office::Provider;
    QTest::newRow("open") << P << kz(u"2026-04-06T10:15"_s) << kz(u"2026-04-06T10:15"_s);
    QTest::newRow("lunch end is open") << P << kz(u"2026-04-06T14:30"_s) << kz(u"2026-04-06T14:30"_s);
    QTest::newRow("just before lunch")
        << P << u"2026-04-06T12:59:59+05:00"_s << u"2026-04-06T12:59:59+05:00"_s;
    QTest::newRow("Friday evening") << P << kz(u"2026-04-10T18:45"_s) << kz(u"2026-04-13T09:00"_s);
    QTest::newRow("state corp lunch time") << S << kz(u"2026-04-06T13:30"_s) << kz(u"2026-04-06T13:30"_s);
    QTest::newRow("state corp evening") << S << kz(u"2026-04-06T19:59"_s) << kz(u"2026-04-06T19:59"_s);
    QTest::newRow("state corp Friday night") << S << kz(u"2026-04-10T21:00"_s) << kz(u"2026-04-11T09:00"_s);
    QTest::newRow("midnight") << S << kz(u"2026-04-07T00:00"_s) << kz(u"2026-04-07T09:00"_s);
    QTest::newRow("UTC evening is next day") << P << u"2026-04-06T20:00:00Z"_s << kz(u"2026-04-07T09:00"_s);
}

void TestDeadlines::rollToWorkingTime()
{
    QFETCH(Office, office);
    QFETCH(QString, at);
    QFETCH(QString, rolled);
    QCOMPARE(dsn::rollToWorkingTime(m_calendar, moment(at), office).toString(Qt::ISODate), rolled);
}

void TestDeadlines::complaintDeadline_data()
{
    QTest::addColumn<QDate>("registered");
    QTest::addColumn<ComplaintAddressee>("addressee");
    QTest::addColumn<QString>("due");
    // Thursday 19 March 2026: 20 Fri, then 21-25 closed (Nauryz and its moves), so the count resumes on 26.
    QTest::newRow("provider over Nauryz")
        << QDate(2026, 3, 19) << ComplaintAddressee::Provider << kz(u"2026-03-31T18:30"_s);
    QTest::newRow("state corp over Nauryz") << QDate(2026, 3, 19) << ComplaintAddressee::StateCorporation
                                            << kz(u"2026-03-30T20:00"_s); // Saturday 28 counts
    QTest::newRow("assessment body over Nauryz")
        << QDate(2026, 3, 19) << ComplaintAddressee::QualityAssessmentBody << kz(u"2026-04-14T18:30"_s);
    QTest::newRow("provider over May")
        << QDate(2026, 5, 6) << ComplaintAddressee::Provider << kz(u"2026-05-15T18:30"_s);
    QTest::newRow("state corp over May")
        << QDate(2026, 5, 6) << ComplaintAddressee::StateCorporation << kz(u"2026-05-15T20:00"_s);
    QTest::newRow("assessment body over New Year")
        << QDate(2025, 12, 22) << ComplaintAddressee::QualityAssessmentBody << kz(u"2026-01-15T18:30"_s);
    QTest::newRow("registered on Saturday")
        << QDate(2026, 3, 28) << ComplaintAddressee::Provider << kz(u"2026-04-03T18:30"_s);
}

void TestDeadlines::complaintDeadline()
{
    QFETCH(QDate, registered);
    QFETCH(ComplaintAddressee, addressee);
    QFETCH(QString, due);
    const dsn::Deadline deadline = dsn::complaintDeadline(m_calendar, registered, addressee);
    QCOMPARE(deadline.at.toString(Qt::ISODate), due);
    QVERIFY(!deadline.touchesUnknownYear);
}

void TestDeadlines::storage_data()
{
    QTest::addColumn<QDate>("ready");
    QTest::addColumn<QDate>("ends");
    QTest::addColumn<QDate>("handOver");
    // A month after 31 January is the last day of February (Civil Code: a month without the day ends
    // on its last day): 28 February, or 29 in a leap year.
    QTest::newRow("31 Jan 2026") << QDate(2026, 1, 31) << QDate(2026, 2, 28)
                                 << QDate(2026, 2, 28); // Saturday
    QTest::newRow("31 Jan 2024 leap") << QDate(2024, 1, 31) << QDate(2024, 2, 29) << QDate(2024, 2, 29);
    QTest::newRow("30 Jan 2025") << QDate(2025, 1, 30) << QDate(2025, 2, 28) << QDate(2025, 2, 28);
    QTest::newRow("31 Mar") << QDate(2026, 3, 31) << QDate(2026, 4, 30) << QDate(2026, 4, 30);
    QTest::newRow("ends on Nauryz") << QDate(2026, 2, 21) << QDate(2026, 3, 21) << QDate(2026, 3, 26);
    QTest::newRow("ends on Christmas") << QDate(2025, 12, 7) << QDate(2026, 1, 7) << QDate(2026, 1, 8);
    QTest::newRow("ends on a Sunday") << QDate(2026, 2, 15) << QDate(2026, 3, 15) << QDate(2026, 3, 16);
    QTest::newRow("ends in the New Year break")
        << QDate(2026, 12, 2) << QDate(2027, 1, 2) << QDate(2027, 1, 5);
}

void TestDeadlines::storage()
{
    QFETCH(QDate, ready);
    QFETCH(QDate, ends);
    QFETCH(QDate, handOver);
    const dsn::StorageTerm term = dsn::stateCorporationStorage(m_calendar, ready);
    QCOMPARE(term.ends, ends);
    QCOMPARE(term.handOver, handOver);
    QVERIFY(!term.touchesUnknownYear);
}

void TestDeadlines::unknownYearIsFlagged()
{
    QVERIFY(dsn::serviceTerm(m_calendar, moment(kz(u"2027-12-31T15:00"_s)), Office::StateCorporation)
                .touchesUnknownYear);
    QVERIFY(!dsn::serviceTerm(m_calendar, moment(kz(u"2027-12-29T15:00"_s)), Office::StateCorporation)
                 .touchesUnknownYear);
    QVERIFY(
        dsn::serviceTerm(m_calendar, moment(kz(u"2023-06-01T10:00"_s)), Office::Provider).touchesUnknownYear);
    QVERIFY(dsn::complaintDeadline(m_calendar, QDate(2027, 12, 27), ComplaintAddressee::QualityAssessmentBody)
                .touchesUnknownYear);
    QVERIFY(dsn::stateCorporationStorage(m_calendar, QDate(2027, 12, 15)).touchesUnknownYear);
    // The rules still give an answer: 1-2 January 2028 (Sat-Sun) move to 3-4 January.
    QCOMPARE(dsn::serviceTerm(m_calendar, moment(kz(u"2027-12-31T15:00"_s)), Office::StateCorporation)
                 .due.toString(Qt::ISODate),
        kz(u"2028-01-05T18:30"_s));
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "test_deadlines.moc"
