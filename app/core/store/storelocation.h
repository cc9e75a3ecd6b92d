#pragma once

#include <QString>

namespace dsn {

// Where the workstation keeps its store unless told otherwise:
// QStandardPaths::AppDataLocation of the workstation application (organization "DSN",
// application "dsn-workstation") + "/dsn-workstation.sqlite". The same for the GUI and for
// dsnctl, whatever names the calling program carries itself.
QString defaultStorePath();

// The demonstration's own store, next to the default one: "/demo.sqlite" in the same folder.
// Demo users and their published passwords live only there (dsn-workstation --demo).
QString defaultDemoStorePath();

} // namespace dsn
