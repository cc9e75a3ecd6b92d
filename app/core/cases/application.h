#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The Appendix 1 application as the counter form and dsnctl fill it in, and the checks that
// decide whether it can be taken. The GUI form and the store call the same validation.
namespace dsn {

class ReferenceData;

enum class SubjectType { Producer, Importer };
QString subjectTypeKey(SubjectType type); // "producer", "importer"
std::optional<SubjectType> subjectTypeFromKey(QStringView key);
QString subjectTypeDisplayName(SubjectType type);

// How the application reached the State Corporation.
enum class IntakeChannel {
    Counter, // the applicant came to the counter
    Home,    // an operator visited an applicant who cannot come
};
QString intakeChannelKey(IntakeChannel channel); // "counter", "home"
std::optional<IntakeChannel> intakeChannelFromKey(QStringView key);

// One row of the product table: facet 4 type (1..4), the product name and its technical
// specification (GOST, technical conditions, ...).
struct ProductLine
{
    int type = 0;
    QString name;
    QString spec;
    friend bool operator==(const ProductLine &, const ProductLine &) = default;
};

struct Application
{
    QString departmentCode; // the State Revenue Department the application is addressed to
    QDate applicationDate;  // the date written on the form
    QString taxpayerName;
    QString taxpayerId; // IIN or BIN as typed (spaces allowed)
    std::optional<SubjectType> subjectType;
    int country = 0;      // facet 1
    int atu = 0;          // facet 2: administrative-territorial unit of the subject
    QString headName;     // surname, name, patronymic of the head
    QDateTime receivedAt; // when the State Corporation took it
    IntakeChannel channel = IntakeChannel::Counter;
    QString queueTicket; // optional electronic queue ticket
    QList<ProductLine> products;
    friend bool operator==(const Application &, const Application &) = default;
};

// Field names used in problems, in JSON and by the form to point at the widget.
// Lines are "products[<index>].type" / ".name" / ".spec" (index from 0).
namespace field {
inline constexpr QStringView kDepartment = u"department";
inline constexpr QStringView kApplicationDate = u"application_date";
inline constexpr QStringView kTaxpayerName = u"taxpayer_name";
inline constexpr QStringView kTaxpayerId = u"taxpayer_id";
inline constexpr QStringView kSubjectType = u"subject_type";
inline constexpr QStringView kCountry = u"country";
inline constexpr QStringView kAtu = u"atu";
inline constexpr QStringView kHeadName = u"head_name";
inline constexpr QStringView kReceivedAt = u"received_at";
inline constexpr QStringView kChannel = u"channel";
inline constexpr QStringView kQueueTicket = u"queue_ticket";
inline constexpr QStringView kProducts = u"products";
inline constexpr QStringView kLineType = u"type";
inline constexpr QStringView kLineName = u"name";
inline constexpr QStringView kLineSpec = u"spec";
QString productLine(qsizetype index, QStringView lineField); // "products[2].name"
} // namespace field

struct ValidationProblem
{
    QString field;   // one of the names above
    QString message; // translated, for the clerk
    friend bool operator==(const ValidationProblem &, const ValidationProblem &) = default;
};
using ValidationProblems = QList<ValidationProblem>;

// Limits of the form.
inline constexpr int kMaxNameLength = 500; // taxpayer name, head name, product name
inline constexpr int kMaxSpecLength = 500;
inline constexpr int kMaxQueueTicketLength = 32;
inline constexpr int kMaxProductLines = 100;
// A receipt time later than the clock by more than this is refused (a wrong clock or a typo).
inline constexpr int kReceivedAtToleranceSeconds = 300;

// Every problem of the application, in form order; empty when it can be taken. Checks: department
// known and current; application date given, not after the day of receipt; names given and not
// too long; a valid IIN or BIN (an IIN born after the day of `now` refused); subject type chosen;
// country (facet 1) known; territorial unit known and not historical; receipt time given, not
// before the Rules took force (rules/rulesinforce.h) and not in the future (against `now`, when
// valid); queue ticket not too long; 1..kMaxProductLines lines, each with a known type, a name and
// a specification, and no two lines of the same type and product (rules/productname.h).
// Why a unit code cannot go into a new application: no such unit, or a unit that no longer
// exists (historical). Empty for a current unit.
QString territorialUnitProblem(int code, const ReferenceData &reference);

ValidationProblems validateApplication(const Application &application, const ReferenceData &reference,
    const QDateTime &now = QDateTime::currentDateTimeUtc());

// The application as it is stored: names and specifications trimmed with inner runs of white space
// collapsed, the IIN/BIN as its 12 digits, the receipt time in UTC to the millisecond.
Application normalizedApplication(const Application &application);

} // namespace dsn
