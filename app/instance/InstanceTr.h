// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace dd::instance {

// One translation context for the instance model: Tr::tr("...").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Instance)
};

} // namespace dd::instance
