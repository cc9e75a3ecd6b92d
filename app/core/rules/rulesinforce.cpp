#include "rules/rulesinforce.h"

#include <QTimeZone>

namespace dsn {

QDateTime rulesInForceSince()
{
    return QDateTime(QDate(2020, 6, 20), QTime(0, 0), QTimeZone(6 * 3600));
}

} // namespace dsn
