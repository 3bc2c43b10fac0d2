// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace dd::logs {

// One translation context for the log subsystem: Tr::tr("...") is
// QCoreApplication::translate("Logs", "...").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Logs)
};

} // namespace dd::logs
