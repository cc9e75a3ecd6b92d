#pragma once

#include <QString>

namespace dsn {

// Where the workstation keeps its store unless told otherwise:
// QStandardPaths::AppDataLocation of the workstation application (organization "DSN",
// application "dsn-workstation") + "/dsn-workstation.sqlite". The same for the GUI and for
// dsnctl, whatever names the calling program carries itself.
QString defaultStorePath();

} // namespace dsn
