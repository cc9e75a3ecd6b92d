#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

// Refusal ground 1 (Rules for assigning DSN codes, paragraph 7, subparagraph 1): the subject must
// be registered as a taxpayer carrying out the specific activity at the location of its taxable
// objects, under article 88 of the Tax Code. The office keeps the registrations (the taxpayer
// registry, imported from the State Revenue Committee's data); this file says which activity a
// subject needs and when a registration counts. refusalcheck.h asks it; nowhere else is ground 1
// decided.
namespace dsn {

// The activity keys of the registry. A producer of petroleum products needs the production of
// petroleum products, an importer (a wholesale supplier who brings them into Kazakhstan) their
// wholesale. Other activities of the registry have keys of their own (lowercase letters and "_").
inline constexpr QStringView kPetroleumProduction = u"petroleum_production";
inline constexpr QStringView kPetroleumWholesale = u"petroleum_wholesale";

// Whether the text is an activity key: 1 to 64 characters, each a-z or "_".
bool isActivityKey(QStringView key);

// The activity a subject of this type must be registered for; empty for an unknown type. The
// subject type is its key, as cases/application.h's subjectTypeKey() gives it and the application
// carries it ("producer", "importer"): the rules are below the cases, which include them.
QString requiredActivity(QStringView subjectTypeKey);

// One registration of the registry (a row of its CSV).
struct TaxpayerRegistration
{
    QString taxpayerId; // IIN or BIN, 12 digits
    QString name;
    QString activity; // an activity key
    QString place;    // the State Revenue Department where it is registered (reference departments)
    QDate registeredOn;
    QDate deregisteredOn; // invalid while it is in force
    friend bool operator==(const TaxpayerRegistration &, const TaxpayerRegistration &) = default;
};

// Whether the registration is in force on the day: registered on or before it, and not
// deregistered, or deregistered after it (a registration ended on the day no longer counts that
// day).
bool inForce(const TaxpayerRegistration &registration, QDate day);

// Whether one of the subject's registrations is for the activity its type requires and in force
// on the day: when none is, ground 1 holds.
bool registeredForActivity(
    const QList<TaxpayerRegistration> &registrations, QStringView subjectTypeKey, QDate day);

} // namespace dsn
