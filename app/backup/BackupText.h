// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace dd::backup {

// The translation context of the backup code's sentences outside QObject classes:
// BackupText::tr("…") (lupdate files it under the same full name the macro uses at run time).
struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(dd::backup::BackupText)
};

} // namespace dd::backup
