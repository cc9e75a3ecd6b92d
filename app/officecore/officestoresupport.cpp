#include "officecore/officestoresupport.h"

#include "base/storetime.h"

#include <QCoreApplication>

namespace dsn::office {

QString translate(const char *text)
{
    return QCoreApplication::translate("dsn::OfficeStore", text);
}

QDateTime storedTime(const QVariant &value)
{
    return fromStoreTime(value.toString()).value_or(QDateTime());
}

} // namespace dsn::office
