#pragma once

#include "sync/syncstore.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// The words the counter sees about sync: the status bar's summary and the intake's warning about
// applications still waiting to be delivered to the office. Times are shown in Kazakhstan time.
namespace dsn::gui {

// The status bar text. `configured` is false when the store has no office or no token;
// `status` is empty until the store's sync state has been read; `workerError` is a problem of
// the background sync itself (the store could not be opened), shown before anything else.
QString syncStatusText(
    bool configured, const std::optional<SyncStatus> &status, const QString &workerError = {});

} // namespace dsn::gui
