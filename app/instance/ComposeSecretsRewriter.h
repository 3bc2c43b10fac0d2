// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace dd::instance {

// The user's own docker-compose.yml with its secret values moved out: each secret-carrying
// `environment` entry (KEY, SECRET, the passwords, other *_PASSWORD/*_SECRET/*_TOKEN/*_KEY
// names) becomes a ${VAR} reference and its value a line of a .env file (0600) beside it,
// which Compose reads by itself. Done only when the person asks for it (take-over's
// --rewrite-file); the original is kept as a copy. Line by line, so the comments, order and
// layout of the file stay as they were; values already written as references are left alone.
struct ComposeSecretsRewrite
{
    QByteArray composeYaml;                    // the rewritten file
    QList<QPair<QString, QString>> variables;  // VAR and value, in the file's order
    QStringList notes;
    bool changed() const { return !variables.isEmpty(); }
};

class ComposeSecretsRewriter
{
public:
    static ComposeSecretsRewrite rewrite(const QByteArray &composeYaml);
    // Writes the rewritten file, merges the variables into "<folder>/.env" (0600; lines already
    // there are kept), and keeps the originals as "<name>.before-directus-desktop". "" or a sentence.
    static QString apply(const QString &composePath);
};

} // namespace dd::instance
