// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PortProbe.h"

#include <QHostAddress>
#include <QTcpServer>

namespace dd::PortProbe {

namespace {

QHostAddress hostOf(const QString &address)
{
    if (address == QLatin1String("0.0.0.0"))
        return QHostAddress(QHostAddress::AnyIPv4);
    return QHostAddress(address);
}

} // namespace

bool isFree(const QString &address, int port)
{
    if (port < 1 || port > 65535)
        return false;
    QTcpServer probe;
    return probe.listen(hostOf(address), quint16(port));
}

int freePort(const QString &address, int preferred)
{
    if (isFree(address, preferred))
        return preferred;
    QTcpServer probe;
    if (!probe.listen(hostOf(address), 0))
        return 0;
    return probe.serverPort();
}

} // namespace dd::PortProbe
