#include "officecore/officestoresupport.h"
#include "officecore/messagelanguage.h"

#include "base/storetime.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn::office {

QString localized(const char *text)
{
    return officeText("dsn::OfficeStore", text); // in the language of the request being answered
}

QDateTime storedTime(const QVariant &value)
{
    return fromStoreTime(value.toString()).value_or(QDateTime());
}

Result<CaseStatus> storedStatus(const QVariant &value)
{
    const std::optional<CaseStatus> status = statusFromKey(value.toString());
    if (!status)
        return makeError(ErrorCode::Internal,
            localized(
                QT_TRANSLATE_NOOP("dsn::OfficeStore", "The case has a status the office does not know.")),
            value.toString());
    return *status;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant storedText(const QString &text)
{
    return text.isNull() ? QVariant(QString(u""_s)) : QVariant(text);
}

Result<void> checkDepartment(const Workstation &workstation, const QString &department)
{
    if (workstation.role == Role::Administrator)
        return {};
    if (workstation.role == Role::Reviewer && !workstation.place.isEmpty() && workstation.place == department)
        return {};
    return makeError(ErrorCode::PermissionDenied,
        localized(QT_TRANSLATE_NOOP("dsn::OfficeStore",
            "The case is addressed to another State Revenue Department than this workstation's.")));
}

Result<void> mayReview(CaseStatus status, Role role)
{
    if (status == CaseStatus::InReview)
        return {};
    const TransitionVerdict verdict = checkTransition(status, CaseStatus::InReview, role);
    if (verdict == TransitionVerdict::NoSuchTransition)
        return makeError(ErrorCode::Conflict,
            localized(QT_TRANSLATE_NOOP("dsn::OfficeStore", "The case has already been decided.")));
    if (verdict == TransitionVerdict::RoleNotAllowed)
        return makeError(ErrorCode::PermissionDenied,
            transitionVerdictMessage(verdict, status, CaseStatus::InReview, role));
    return {};
}

} // namespace dsn::office
