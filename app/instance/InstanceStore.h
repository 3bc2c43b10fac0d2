// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd::instance {

// The outcome of a store operation: ok, or a sentence a person understands.
struct StoreResult
{
    bool ok = true;
    QString error;

    static StoreResult success() { return {}; }
    static StoreResult failure(const QString &sentence) { return {false, sentence}; }
    explicit operator bool() const { return ok; }
};

// One YAML file per instance, "<dir>/<id>.yaml", holding an InstanceSpec and never a secret
// (InstanceSpec holds none; they live in the SecretStore). Files are mode 0600 because they name
// folders and email addresses. Synchronous: callers keep it off the UI thread.
class InstanceStore
{
public:
    static constexpr int schemaVersion = 2;  // 2: the names a taken-over stack keeps, and its secret extra variables

    explicit InstanceStore(const QString &directory);

    QString directory() const { return m_directory; }
    QString pathFor(const QString &id) const;

    // Atomically replaces the instance's file (QSaveFile), creating the folder when needed.
    StoreResult save(const InstanceSpec &spec) const;
    // nullopt with *error set when the file is missing, unreadable, broken or from a newer schema.
    std::optional<InstanceSpec> load(const QString &id, QString *error = nullptr) const;
    // Every readable instance, sorted by name. Broken files are skipped, reported in *errors
    // (one sentence each) and left in place: a newer version or the user may still need them.
    QList<InstanceSpec> list(QStringList *errors = nullptr) const;
    // Deletes the YAML file only; volumes, folders and secrets are someone else's decision.
    StoreResult remove(const QString &id) const;
    // The names (compose projects) already in use, for the wizard's uniqueness check.
    QStringList takenNames() const;

    static QByteArray serialize(const InstanceSpec &spec);
    static std::optional<InstanceSpec> parse(const QByteArray &bytes, QString *error);

private:
    QString m_directory;
};

} // namespace dd::instance
