// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretStoreChoice.h"

#include "core/AppPaths.h"
#include "secrets/FileSecretStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QSettings>

namespace dd::secrets {

namespace {

const QString kSettingsKey = QStringLiteral("secrets/store");

} // namespace

SecretStoreChoice SecretStoreChoice::parse(const QString &text)
{
    SecretStoreChoice choice;
    if (text == QLatin1String("file")) {
        choice.kind = Kind::File;
        choice.filePath = AppPaths::secretsFile();
    } else if (text.startsWith(QLatin1String("file:"))) {
        choice.kind = Kind::File;
        choice.filePath = text.mid(5);
    }
    return choice;
}

SecretStoreChoice SecretStoreChoice::current()
{
    const QString fromEnvironment = qEnvironmentVariable("DD_SECRET_STORE");
    if (!fromEnvironment.isEmpty())
        return parse(fromEnvironment);
    QSettings settings(AppPaths::settingsFile(), QSettings::IniFormat);
    return parse(settings.value(kSettingsKey).toString());
}

void SecretStoreChoice::remember(const SecretStoreChoice &choice)
{
    QSettings settings(AppPaths::settingsFile(), QSettings::IniFormat);
    settings.setValue(kSettingsKey, choice.kind == Kind::File ? QStringLiteral("file:") + choice.filePath
                                                              : QStringLiteral("keychain"));
}

std::unique_ptr<SecretStore> SecretStoreChoice::makeStore() const
{
    if (kind == Kind::File)
        return std::make_unique<FileSecretStore>(filePath);
    return std::make_unique<KeychainSecretStore>();
}

QString SecretStoreChoice::describe() const
{
    if (kind == Kind::File)
        return QCoreApplication::translate("Secrets", "the file %1 (readable only by you)").arg(filePath);
    return QCoreApplication::translate("Secrets", "the system keychain");
}

} // namespace dd::secrets
