#pragma once

#include <QString>

// True for a host on this machine only: localhost, 127.0.0.0/8, ::1 and ::ffff:127.x.x.x.
// The one place where Roster decides that plain HTTP is acceptable.
bool isLoopbackHost(const QString &host);
