#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# "lupdate clean": the committed translations/*.ts hold exactly the tr() strings of app/ and ui/
# (the English file: exactly the plural ones), each one translated.
# lupdate rescans the sources into a temporary file; the set of (context, source, plural) must equal
# each committed file's. On a difference it prints the strings and the command that updates the files.
#   translations-check.sh [LUPDATE]
set -euo pipefail
lupdate=${1:-lupdate}
root=$(cd "$(dirname "$0")/.." && pwd)
command -v python3 >/dev/null || { echo "*** NOT RUN: python3 is missing"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$lupdate" -silent "$root/app" "$root/ui" -no-obsolete -locations none -ts "$tmp/fresh.ts" 2>"$tmp/warnings"
# A tr() lupdate cannot tie to a class (a free helper) is filed under another context than the
# one the code asks for at run time, so it would stay English: use a Q_DECLARE_TR_FUNCTIONS class
# (cli/CliText.h, backup/BackupText.h) instead.
if grep -q "lacks Q_OBJECT macro" "$tmp/warnings"; then
    echo "FAIL: lupdate cannot tell the run-time context of these tr() calls:"
    grep "lacks Q_OBJECT macro" "$tmp/warnings" | sed "s|^$root/|  |"
    exit 1
fi

python3 - "$tmp/fresh.ts" "$root"/translations/directus-desktop_*.ts <<'PY'
import sys
import xml.etree.ElementTree as ET

def keys(path):
    result = set()
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for m in context.iter('message'):
            kind = (m.find('translation').get('type') if m.find('translation') is not None else None)
            if kind in ('obsolete', 'vanished'):
                continue
            result.add((name, m.findtext('source'), m.findtext('comment') or '', m.get('numerus') == 'yes'))
    return result

def unfinished(path):
    return [(context.findtext('name'), m.findtext('source'))
            for context in ET.parse(path).getroot().iter('context') for m in context.iter('message')
            if m.find('translation') is not None and m.find('translation').get('type') == 'unfinished']

fresh_all = keys(sys.argv[1])
failed = False
for path in sys.argv[2:]:
    # English is the source language: its file has only the plural forms (lupdate -pluralonly).
    fresh = {k for k in fresh_all if k[3]} if path.endswith('_en.ts') else fresh_all
    committed = keys(path)
    for context, source in unfinished(path):
        failed = True
        print(f'{path}: not translated yet: [{context}] {source!r}')
    for label, missing in (('new in the sources, missing from the file', fresh - committed),
                           ('in the file, gone from the sources', committed - fresh)):
        for context, source, comment, _ in sorted(missing):
            failed = True
            print(f'{path}: {label}: [{context}] {source!r}')
    print(f'{path}: {len(committed)} messages, sources have {len(fresh)}')
if failed:
    print('\nUpdate the .ts files: cmake --build <build dir> --target update_translations, then translate the'
          '\nnew messages (python3 translations/tools/ts_tool.py stats|todo|fill; see README "Translations").')
    sys.exit(1)
PY
