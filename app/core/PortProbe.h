// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dd::PortProbe {

// Whether a program could listen on `port` of `address` right now, answered by trying to bind
// it (and letting go at once). A bind is one non-blocking system call, so the wizard may ask
// while the user types. "0.0.0.0" means every IPv4 address, as in a Docker port binding.
bool isFree(const QString &address, int port);

// `preferred` when it is free, else a port the system hands out as free (0 if none can be bound).
int freePort(const QString &address, int preferred);

} // namespace dd::PortProbe
