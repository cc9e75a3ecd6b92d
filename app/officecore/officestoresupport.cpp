#include "officecore/officestoresupport.h"
#include "officecore/messagelanguage.h"

#include "base/storetime.h"

#include <QCoreApplication>

namespace dsn::office {

QString localized(const char *text)
{
    return officeText("dsn::OfficeStore", text); // in the language of the request being answered
}

QDateTime storedTime(const QVariant &value)
{
    return fromStoreTime(value.toString()).value_or(QDateTime());
}

} // namespace dsn::office
