// SPDX-License-Identifier: GPL-3.0-or-later
// directus-desktop-cli: the headless command line alone, as a console program (Windows ships it
// next to the GUI executable, which cannot print to a console). Same code as
// `directus-desktop COMMAND`; without a command it prints the help.
#include "cli/CommandLine.h"

int main(int argc, char **argv)
{
    if (argc < 2) {
        static char help[] = "--help";
        char *withHelp[] = {argv[0], help, nullptr};
        return dd::cli::run(2, withHelp);
    }
    return dd::cli::run(argc, argv);
}
