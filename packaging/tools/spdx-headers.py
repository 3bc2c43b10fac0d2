#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Puts an SPDX-License-Identifier line at the top of every tracked source, script and CMake file
# that lacks one (after a #! line). The test image recipes, test data and fuzz seeds are left as
# they are: a changed recipe would rebuild every test image.
#   packaging/tools/spdx-headers.py          add the missing lines
#   packaging/tools/spdx-headers.py --check  list the files without one; exit 1 if any
import subprocess
import sys

TAG = 'SPDX-License-Identifier: GPL-3.0-or-later'
SKIP = ('tests/e2e/images/', 'tests/data/', 'tests/fuzz/seeds/')


def comment_style(path):
    name = path.rsplit('/', 1)[-1]
    if path.endswith(('.cpp', '.h')):
        return '//'
    if path.endswith(('.sh', '.py', '.cmake')) or name == 'CMakeLists.txt' or path == '.ci/run':
        return '#'
    return None


def main():
    check = '--check' in sys.argv[1:]
    files = subprocess.run(['git', 'ls-files'], capture_output=True, text=True, check=True).stdout.split()
    missing = []
    for path in files:
        style = comment_style(path)
        if style is None or path.startswith(SKIP):
            continue
        with open(path, encoding='utf-8') as f:
            text = f.read()
        if 'SPDX-License-Identifier:' in '\n'.join(text.split('\n', 3)[:3]):
            continue
        missing.append(path)
        if check:
            continue
        line = f'{style} {TAG}\n'
        if text.startswith('#!'):
            first, _, rest = text.partition('\n')
            text = f'{first}\n{line}{rest}'
        else:
            text = line + text
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
    for path in missing:
        print(('no SPDX line: ' if check else 'added: ') + path)
    return 1 if check and missing else 0


if __name__ == '__main__':
    sys.exit(main())
