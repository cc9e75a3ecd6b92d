#pragma once

#include <QString>

// The loopback rule: plain HTTP (no TLS) is allowed only between programs on this computer, so
// the office listens on it and the workstation talks to it only on the loopback interface.
namespace dsn {

// True for "localhost" (any case) and for a loopback address (127.0.0.0/8, ::1).
bool isLoopbackHost(const QString &host);

} // namespace dsn
