// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretFile.h"

#include "core/AtomicFile.h"
#include "core/Logging.h"
#include "secrets/SecretsTr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace dd::secrets {

QByteArray SecretFile::header()
{
    // Not translated: the file may be read on another machine or by a tool; the words must not
    // depend on the language the app ran in when it was written.
    return QByteArrayLiteral(
        "# Directus Desktop password file.\n"
        "# It holds passwords in PLAIN TEXT because you chose to keep them in a file instead of the\n"
        "# system keychain. The values are base64, an encoding, not encryption: anyone who can read\n"
        "# this file can read the passwords. Only your user account may read it (mode 0600).\n"
        "# Do not copy it, share it or put it under version control.\n");
}

QByteArray SecretFile::serialize(const Entries &entries)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        // Quoted, so a base64 text that spells "null" or "true" stays a string.
        out << YAML::Key << YAML::DoubleQuoted << it.key().toStdString();
        out << YAML::Value << YAML::DoubleQuoted << it.value().toBase64().toStdString();
    }
    out << YAML::EndMap;
    return header() + QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
}

bool SecretFile::parse(const QByteArray &bytes, Entries *entries, QString *error)
{
    entries->clear();
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        if (!root || root.IsNull())
            return true;  // empty, or only the comment
        if (!root.IsMap()) {
            *error = Tr::tr("it is not a list of names and values");
            return false;
        }
        for (const auto &entry : root) {
            if (!entry.first.IsScalar() || !entry.second.IsScalar()) {
                *error = Tr::tr("an entry is not a name and a value");
                return false;
            }
            const QString key = QString::fromStdString(entry.first.as<std::string>());
            const auto decoded = QByteArray::fromBase64Encoding(
                QByteArray::fromStdString(entry.second.as<std::string>()),
                QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                *error = Tr::tr("the value of %1 is not base64").arg(key);
                return false;
            }
            entries->insert(key, decoded.decoded);
        }
    } catch (const YAML::Exception &e) {
        // yaml-cpp reports by exception; it ends here and becomes a result.
        *error = QString::fromStdString(e.what());
        entries->clear();
        return false;
    }
    return true;
}

SecretResult SecretFile::load(const QString &path, Entries *entries)
{
    entries->clear();
    QFile file(path);
    if (!file.exists())
        return SecretResult::success();
    if (!file.open(QIODevice::ReadOnly)) {
        return SecretResult::failure(
            SecretResult::Error::Other,
            Tr::tr("Directus Desktop could not read its password file %1: %2. Check that the file belongs "
                   "to you and that you may read it.")
                .arg(QDir::toNativeSeparators(path), file.errorString()),
            file.errorString());
    }
#ifdef Q_OS_UNIX
    constexpr QFileDevice::Permissions loose = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.permissions() & loose)
        qCWarning(ddSecrets) << "the password file" << path << "can be read by others; the next save makes it 0600";
#endif
    const QByteArray bytes = file.readAll();
    QString error;
    if (!parse(bytes, entries, &error)) {
        return SecretResult::failure(
            SecretResult::Error::Other,
            Tr::tr("The password file %1 is damaged (%2). Move it aside or delete it: Directus Desktop then "
                   "starts a new one, and you enter the passwords again.")
                .arg(QDir::toNativeSeparators(path), error),
            error);
    }
    return SecretResult::success();
}

SecretResult SecretFile::save(const QString &path, const Entries &entries)
{
    const auto failed = [&path](const QString &reason) {
        return SecretResult::failure(
            SecretResult::Error::Other,
            Tr::tr("Directus Desktop could not save its password file %1: %2. Check that the folder "
                   "belongs to you and that the disk has free space.")
                .arg(QDir::toNativeSeparators(path), reason),
            reason);
    };

    const QDir dir = QFileInfo(path).absoluteDir();
    if (!dir.exists()) {
        if (!QDir().mkpath(dir.absolutePath()))
            return failed(Tr::tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(dir.absolutePath())));
        // A folder we made only for this file is nobody else's business either.
        QFile::setPermissions(dir.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    // A password must never sit in a file others can read, not even briefly (see AtomicFile).
    const AtomicFile::Result written =
        AtomicFile::write(path, serialize(entries), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (written.stage == AtomicFile::Stage::Permissions) {
        const QString reason = written.reason;
        return SecretResult::failure(
            SecretResult::Error::Other,
            Tr::tr("Directus Desktop could not make the password file %1 readable only by you (%2), so it "
                   "saved nothing.")
                .arg(QDir::toNativeSeparators(path), reason),
            reason);
    }
    if (!written.ok())
        return failed(written.reason);
    return SecretResult::success();
}

} // namespace dd::secrets
