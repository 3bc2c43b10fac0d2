#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Small helper for the Qt Linguist files in translations/.

  ts_tool.py stats  FILE.ts...             total / finished / unfinished per file
  ts_tool.py todo   FILE.ts [OUT.json]     the unfinished messages as JSON {key: ""} to fill in
  ts_tool.py fill   FILE.ts DICT.json      fill unfinished messages from DICT (key -> translation)
  ts_tool.py fill   FILE.ts OLD.ts         reuse OLD's finished translations by source text (e.g. after
                                           a string moved to another context, which lupdate does not carry)

Keys are the source text, or "context\\u0004source" when one context needs its own wording.
A plural message (numerus="yes") takes a list of forms (German and French: [singular, plural]).
Only unfinished messages are touched; the file keeps lupdate's layout.
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            yield name, message


def is_unfinished(message):
    tr = message.find('translation')
    return tr is None or tr.get('type') == 'unfinished'


def stats(paths):
    bad = 0
    for path in paths:
        root = ET.parse(path).getroot()
        all_ = list(messages(root))
        unfinished = sum(1 for _, m in all_ if is_unfinished(m))
        print(f'{path}: {len(all_)} messages, {len(all_) - unfinished} finished, {unfinished} unfinished')
        bad += unfinished
    return 1 if bad else 0


def todo(path, out=None):
    root = ET.parse(path).getroot()
    result = {}
    for context, m in messages(root):
        if is_unfinished(m):
            key = m.findtext('source')
            result[key] = [] if m.get('numerus') == 'yes' else ''
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if out:
        open(out, 'w', encoding='utf-8').write(text)
    else:
        print(text)
    return 0


def escape(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace("'", '&apos;').replace('"', '&quot;')


def fill(path, dict_path):
    # Edit the text directly (not via ElementTree) so that lupdate's formatting stays byte for byte.
    import re
    if dict_path.endswith('.ts'):
        table = {}
        for _, m in messages(ET.parse(dict_path).getroot()):
            if is_unfinished(m) or m.find('translation').get('type') in ('obsolete', 'vanished'):
                continue
            forms = [f.text or '' for f in m.find('translation').iter('numerusform')]
            table.setdefault(m.findtext('source'), forms if m.get('numerus') == 'yes' else m.findtext('translation'))
    else:
        table = json.load(open(dict_path, encoding='utf-8'))
    text = open(path, encoding='utf-8').read()
    out, pos, filled, missing = [], 0, 0, []
    context = None
    pattern = re.compile(r'<name>(.*?)</name>|<message( numerus="yes")?>(.*?)</message>', re.S)
    for match in pattern.finditer(text):
        if match.group(1) is not None:
            context = ET.fromstring('<n>' + match.group(1) + '</n>').text
            continue
        body = match.group(3)
        if 'type="unfinished"' not in body:
            continue
        node = ET.fromstring('<message>' + body + '</message>')
        source = node.findtext('source')
        value = table.get(f'{context}\u0004{source}', table.get(source))
        if not value:
            missing.append(source)
            continue
        indent = '        '
        if match.group(2):
            forms = value if isinstance(value, list) else [value, value]
            inner = ''.join(f'\n{indent}    <numerusform>{escape(f)}</numerusform>' for f in forms)
            translation = f'<translation>{inner}\n{indent}</translation>'
        else:
            translation = f'<translation>{escape(value)}</translation>'
        new_body = re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>',
                          lambda _: translation, body, count=1, flags=re.S)
        out.append(text[pos:match.start(3)])
        out.append(new_body)
        pos = match.end(3)
        filled += 1
    out.append(text[pos:])
    open(path, 'w', encoding='utf-8').write(''.join(out))
    print(f'{path}: filled {filled}, still unfinished {len(missing)}')
    for source in missing:
        print('  missing:', source[:100])
    return 0


if __name__ == '__main__':
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == 'stats':
        sys.exit(stats(args))
    if cmd == 'todo':
        sys.exit(todo(*args))
    if cmd == 'fill':
        sys.exit(fill(*args))
    sys.exit(__doc__)
