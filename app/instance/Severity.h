// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace dd::instance {

// How loudly the UI should show a sentence: Info is shown quietly, Warning asks for a look,
// Error blocks the action.
enum class Severity { Info, Warning, Error };

} // namespace dd::instance
