// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace dd::secrets {

// One translation context for the secrets subsystem: Tr::tr("...").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Secrets)
};

} // namespace dd::secrets
