#pragma once

#include <QString>

#include <utility>
#include <variant>

// The outcome of a store operation: a value, or an error with a stable code and a message a
// clerk can read (already translated). Every store function returns one; none throws.
namespace dsn {

enum class ErrorCode {
    Io,                   // the file cannot be read, written, created or renamed
    NotAStore,            // not a SQLite file, or a SQLite file of another application
    Damaged,              // truncated or failing its integrity check
    NewerSchema,          // written by a newer version of the workstation
    MigrationFailed,      // an upgrade step failed; the store keeps its old version
    Busy,                 // another connection holds the write lock beyond the busy timeout
    Sql,                  // a statement failed
    InvalidInput,         // a value given by the caller is not valid
    NotFound,             // the record asked for does not exist
    Conflict,             // the record already exists or was changed meanwhile
    PermissionDenied,     // the actor's role does not allow the operation
    AuthenticationFailed, // wrong user name or password
    AccountLocked,        // too many failed logins; locked for a while
    AccountInactive,      // the account was deactivated
    AuditBroken,          // the audit chain does not hold
    Internal,             // a programming error caught at run time
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // translated, for the clerk
    QString detail;  // technical detail for the log (SQL error text), never shown as the message
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error { code, std::move(message), std::move(detail) };
}

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace dsn
