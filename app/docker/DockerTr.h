// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace dd::docker {

// One translation context for the docker subsystem: Tr::tr("...").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Docker)
};

} // namespace dd::docker
