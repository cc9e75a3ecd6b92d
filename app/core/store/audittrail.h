#pragma once

#include "base/result.h"
#include "base/storetime.h"
#include "session/actor.h"

#include <QHash>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The audit trail: one row per accountable act, each row's hash covering the previous row's
// hash and every column of its own, so that a changed, removed or inserted entry breaks the
// chain. audit_head records the last entry and the count, so that removing entries at the end
// is found too. Entries are appended inside the caller's write transaction (BEGIN IMMEDIATE),
// so they commit or roll back with the change they record and the chain never forks.
namespace dsn {

// Stable event codes stored in audit_log.event.
namespace AuditEvent {
inline constexpr QLatin1StringView Login { "login" };
inline constexpr QLatin1StringView LoginFailed { "login_failed" };
inline constexpr QLatin1StringView Logout { "logout" };
inline constexpr QLatin1StringView Lockout { "lockout" };
inline constexpr QLatin1StringView SessionLocked { "session_locked" };
inline constexpr QLatin1StringView UserCreated { "user_created" };
inline constexpr QLatin1StringView UserChanged { "user_changed" };
inline constexpr QLatin1StringView CaseIntake { "case_intake" };
// A case of the department's queue copied from the office, or its copy brought up to date.
inline constexpr QLatin1StringView CaseMirrored { "case_mirrored" };
// A reviewer confirmed a decision (with the password asked again); the office decides it.
inline constexpr QLatin1StringView DecisionConfirmed { "decision_confirmed" };
inline constexpr QLatin1StringView CaseStatus { "case_status" };
inline constexpr QLatin1StringView CaseViewed { "case_viewed" };
inline constexpr QLatin1StringView PersonViewed { "person_viewed" };
// A list of cases (IIN/BIN and names) shown to someone: the query, the filters, how many rows.
inline constexpr QLatin1StringView CaseSearch { "case_search" };
inline constexpr QLatin1StringView DocumentPrinted { "document_printed" };
inline constexpr QLatin1StringView Export { "export" };
inline constexpr QLatin1StringView Backup { "backup" };
inline constexpr QLatin1StringView Restore { "restore" };
inline constexpr QLatin1StringView SettingsChanged { "settings_changed" };
inline constexpr QLatin1StringView ReferenceChanged { "reference_changed" };
inline constexpr QLatin1StringView CalendarChanged { "calendar_changed" };
} // namespace AuditEvent

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    std::optional<qint64> actorUserId;
    QString actorName;
    QString actorRole; // roleKey(), or "anonymous" for a failed login under an unknown name
    QString event;
    QString objectType; // empty when none
    QString objectId;   // empty when none
    QJsonObject details;
    QString prevHash;
    QString hash;
};

struct AuditVerification
{
    bool intact = true;
    qint64 entries = 0;                  // entries read
    std::optional<qint64> brokenEntryId; // the first entry found broken (or missing)
    QString problem;                     // what is wrong with it (translated)
};

// The chain's hashes recomputed from the entries alone (each over the entry and the recomputed
// hash before it), as the office anchors them: a changed, removed or re-chained entry changes the
// hash of every later entry, whatever the stored hash columns say.
struct AuditChainHashes
{
    AuditVerification verification; // the same walk as verify()
    qint64 lastId = 0;              // the last entry's id; 0 when there is none
    QString lastHash;               // the recomputed hash there; genesisHash() when there is none
    QHash<qint64, QString> at;      // for each asked id with an entry (or 0): the recomputed hash there
};

class AuditTrail
{
public:
    static QString genesisHash(); // 64 zeros

    // Appends one entry. Must run inside a write transaction (Database::write). details must
    // never hold a password or other secret. Returns the new entry's id.
    static Result<qint64> append(QSqlDatabase &db, const Actor &actor, const QString &event,
        const QString &objectType = {}, const QString &objectId = {}, const QJsonObject &details = {},
        const Clock &clock = systemClock());
    // The same for an attempt under a user name that does not exist: the name is recorded as
    // given, with the role "anonymous".
    static Result<qint64> appendAnonymous(QSqlDatabase &db, const QString &claimedName, const QString &event,
        const QJsonObject &details = {}, const Clock &clock = systemClock());

    // Walks the whole chain and reports the first broken entry. Read it inside one read
    // transaction (Database::read) or on a read-only connection.
    static Result<AuditVerification> verify(const QSqlDatabase &db);
    // The same walk, also recomputing the chain's hashes at the asked ids (0: the genesis hash).
    static Result<AuditChainHashes> chainHashes(const QSqlDatabase &db, const QList<qint64> &ids);

    // Entries, newest first, at most limit, optionally only before an id (paging).
    static Result<QList<AuditEntry>> entries(
        const QSqlDatabase &db, int limit, std::optional<qint64> beforeId = std::nullopt);

    // The hash of an entry as stored: SHA-256 (hex) over its prev_hash and a canonical,
    // length-prefixed serialisation of every other column.
    static QString entryHash(qint64 id, const QString &at, std::optional<qint64> actorUserId,
        const QString &actorName, const QString &actorRole, const QString &event, const QString &objectType,
        const QString &objectId, const QString &details, const QString &prevHash);
};

} // namespace dsn
