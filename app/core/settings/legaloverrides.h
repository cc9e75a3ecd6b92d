#pragma once

#include "base/result.h"
#include "base/storetime.h"
#include "reference/legalreferences.h"
#include "session/actor.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// The legal references in force on a workstation: the shipped texts (reference/legalreferences.h)
// with the administrator's corrections, kept as settings "legal.<key>.<kk|ru>" and written with
// the settings' audit.
namespace dsn {

// The longest correction accepted, in characters.
inline constexpr int kMaxLegalReferenceLength = 1000;

// The shipped table with every text the store's settings correct.
Result<LegalReferences> legalReferencesInForce(
    const QSqlDatabase &db, const LegalReferences &shipped = LegalReferences::shipped());

// One correction: new texts for one or both languages, or back to the shipped texts in both.
struct LegalReferenceChange
{
    QString key;
    std::optional<QString> kk;
    std::optional<QString> ru;
    bool reset = false;
};

// Why the change cannot be written, for the administrator; empty when it can. A known key;
// either reset or at least one text, not both; each text non-empty after trimming, one line,
// at most kMaxLegalReferenceLength characters.
QString legalReferenceChangeProblem(
    const LegalReferenceChange &change, const LegalReferences &shipped = LegalReferences::shipped());

// Writes the change inside the caller's transaction, with one settings_changed audit entry
// (group "legal.<key>", details the settings written and `reason`). A reset writes empty values,
// which read back as the shipped texts. ErrorCode::InvalidInput with the problem when the change
// is not valid.
Result<void> writeLegalReference(QSqlDatabase &db, const LegalReferenceChange &change, const Actor &actor,
    const Clock &clock, const QString &reason = {});

} // namespace dsn
