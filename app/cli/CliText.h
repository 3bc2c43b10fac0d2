// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace dd::cli {

// The translation context of the CLI's own sentences: CliText::tr("…"). A class rather than a
// free tr() helper, because lupdate files a Class::tr() call under that class's full name, which
// is exactly the context the macro gives at run time.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(dd::cli::CliText)
};

} // namespace dd::cli
