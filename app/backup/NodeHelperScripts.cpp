// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/NodeHelperScripts.h"

namespace dd::backup {

namespace {

// `node -e SOURCE ARG...` gives ARG... as process.argv[1...]. Kept to what Node 16 has (the
// official 9.x image) and without template literals, so the sources need no escaping here.
const char kEmpty[] = R"JS(
const fs = require('fs'), path = require('path');
const args = process.argv.slice(1), split = args.indexOf('--files');
const folders = split < 0 ? args : args.slice(0, split), files = split < 0 ? [] : args.slice(split + 1);
for (const d of folders)
  for (const e of fs.readdirSync(d)) fs.rmSync(path.join(d, e), { recursive: true, force: true });
for (const f of files) fs.rmSync(f, { force: true });
)JS";

const char kChown[] = R"JS(
const fs = require('fs'), path = require('path');
const [uid, gid, ...folders] = process.argv.slice(1).map((a, i) => (i < 2 ? Number(a) : a));
const walk = (p) => {
  fs.lchownSync(p, uid, gid);
  if (fs.lstatSync(p).isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
};
folders.forEach(walk);
)JS";

QStringList nodeCommand(const char *source, const QStringList &args)
{
    return QStringList{QStringLiteral("node"), QStringLiteral("-e"), QString::fromLatin1(source).trimmed()} + args;
}

} // namespace

QStringList NodeHelperScripts::emptyFolders(const QStringList &folders, const QStringList &filesToDelete)
{
    QStringList args = folders;
    if (!filesToDelete.isEmpty())
        args << QStringLiteral("--files") << filesToDelete;
    return nodeCommand(kEmpty, args);
}

QStringList NodeHelperScripts::chownTree(const QStringList &folders, int uid, int gid)
{
    return nodeCommand(kChown, QStringList{QString::number(uid), QString::number(gid)} + folders);
}

} // namespace dd::backup
