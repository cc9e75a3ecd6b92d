#include "sync/syncstatustext.h"

#include "base/kazakhstantime.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace dsn::gui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(dsn::gui::SyncStatusText)
};

} // namespace

QString syncStatusText(bool configured, const std::optional<SyncStatus> &status, const QString &workerError)
{
    if (!configured)
        return Text::tr("Sync: not configured");
    if (!workerError.isEmpty())
        return Text::tr("Sync: not working (%1)").arg(workerError);
    if (!status)
        return Text::tr("Sync: starting…");

    QStringList parts;
    if (status->pending > 0)
        parts.append(Text::tr("%n application(s) waiting to be sent", nullptr, status->pending));
    else
        parts.append(Text::tr("nothing waiting"));
    if (status->conflicts > 0)
        parts.append(Text::tr("%n conflict(s) to resolve", nullptr, status->conflicts));
    if (status->rejected > 0)
        parts.append(Text::tr("%n refused by the office", nullptr, status->rejected));

    // The last run decides: an error since the last success is what the counter must know.
    const bool errorIsLatest = !status->lastError.isEmpty()
        && (!status->lastSuccess.isValid() || !status->lastErrorAt.isValid()
            || status->lastErrorAt >= status->lastSuccess);
    if (errorIsLatest) {
        if (status->lastErrorAt.isValid())
            parts.append(Text::tr("last attempt failed at %1: %2")
                             .arg(formatKazakhstanDateTime(status->lastErrorAt), status->lastError));
        else
            parts.append(Text::tr("last attempt failed: %1").arg(status->lastError));
    } else if (status->lastSuccess.isValid()) {
        parts.append(Text::tr("last synced %1").arg(formatKazakhstanDateTime(status->lastSuccess)));
    } else {
        parts.append(Text::tr("not synced yet"));
    }
    return Text::tr("Sync: %1").arg(parts.join(u"; "_s));
}

} // namespace dsn::gui
