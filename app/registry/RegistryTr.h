// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace dd::registry {

// One translation context for the tag catalog: Tr::tr("...").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Registry)
};

} // namespace dd::registry
