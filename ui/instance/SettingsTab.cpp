// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/SettingsTab.h"

#include "core/AppPaths.h"
#include "core/Background.h"
#include "instance/EnvEditor.h"
#include "instance/InstanceStore.h"
#include "operations/ExtraEnvSecrets.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreChoice.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

SettingsTab::SettingsTab(QWidget *parent)
    : QWidget(parent)
    , m_port(new QLabel(this))
    , m_bind(new QLabel(this))
    , m_publicUrl(new QLabel(this))
    , m_image(new QLabel(this))
    , m_env(new EnvEditor(this))
    , m_save(new QPushButton(tr("Save &changes"), this))
    , m_status(new QLabel(this))
{
    for (QLabel *label : {m_port, m_bind, m_publicUrl, m_image})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_port->setObjectName(QStringLiteral("settingsPort"));
    m_port->setAccessibleName(tr("Port"));
    m_bind->setAccessibleName(tr("Bind address"));
    m_publicUrl->setAccessibleName(tr("Public URL"));
    m_image->setAccessibleName(tr("Directus image"));
    m_save->setObjectName(QStringLiteral("settingsSave"));
    m_save->setAccessibleName(tr("Save the settings"));
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setAccessibleName(tr("Settings status"));
    m_status->setWordWrap(true);

    connect(m_env, &EnvEditor::edited, this, [this] {
        m_dirty = true;
        m_status->clear();
        updateSave();
    });
    connect(m_save, &QPushButton::clicked, this, &SettingsTab::save);

    auto *form = new QFormLayout;
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Listens on:"), m_bind);
    form->addRow(tr("Public URL:"), m_publicUrl);
    form->addRow(tr("Image:"), m_image);

    auto *envBox = new QGroupBox(tr("Extra environment (advanced)"), this);
    auto *envLayout = new QVBoxLayout(envBox);
    envLayout->addWidget(m_env);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(envBox, 1);
    layout->addLayout(buttons);
    updateSave();
}

void SettingsTab::setEntry(const InstanceEntry &entry)
{
    const bool other = entry.key != m_entry.key;
    m_entry = entry;
    if (!entry.spec) {
        m_port->setText(entry.url.isEmpty() ? tr("not published") : entry.url);
        m_bind->setText(QString());
        m_publicUrl->setText(QString());
        m_image->setText(entry.version);
        m_env->setVariables({});
        m_env->setEnabled(false);
        m_status->setText(tr("This stack was made with docker compose: change its settings in its compose file."));
        m_dirty = false;
        updateSave();
        return;
    }
    const instance::InstanceSpec &spec = *entry.spec;
    m_port->setText(QString::number(spec.hostPort));
    m_bind->setText(spec.bindAddress);
    m_publicUrl->setText(spec.effectivePublicUrl());
    m_image->setText(spec.directusImage());
    m_env->setEnabled(true);
    // A refresh of the same instance must not throw away what the person is typing.
    if (other || !m_dirty) {
        m_env->setSpec(spec);
        m_dirty = false;
        if (other)
            m_status->clear();
    }
    updateSave();
}

QString SettingsTab::statusText() const
{
    return m_status->text();
}

void SettingsTab::updateSave()
{
    m_save->setEnabled(m_entry.spec && m_dirty && !m_saving && !m_env->hasErrors());
}

void SettingsTab::save()
{
    if (!m_entry.spec || m_env->hasErrors() || m_saving)
        return;
    instance::InstanceSpec spec = *m_entry.spec;
    spec.extraEnv = m_env->variables();
    m_saving = true;
    updateSave();
    m_status->setText(tr("Saving…"));
    // A password or token typed here goes to the secret store; the instance file only names it.
    if (!m_secrets)
        m_secrets = secrets::SecretStoreChoice::current().makeStore();
    operations::ExtraEnvSecrets::moveToStore(*m_secrets, spec, this,
                                             [this](const instance::InstanceSpec &cleaned, const secrets::SecretResult &stored) {
        if (!stored.ok()) {
            m_saving = false;
            m_status->setText(tr("Could not save: %1").arg(stored.message));
            updateSave();
            return;
        }
        saveSpec(cleaned);
    });
}

void SettingsTab::saveSpec(const instance::InstanceSpec &spec)
{
    const QString directory = AppPaths::instancesDir();
    runInBackground<instance::StoreResult>(
        this, [directory, spec] { return instance::InstanceStore(directory).save(spec); },
        [this, spec](instance::StoreResult result) {
            m_saving = false;
            if (!result.ok) {
                m_status->setText(tr("Could not save: %1").arg(result.error));
                updateSave();
                return;
            }
            m_entry.spec = spec;
            m_dirty = false;
            m_env->setSpec(spec);  // secret values now show as kept in the secret store
            m_status->setText(tr("Saved. Restart the instance to apply the new environment."));
            updateSave();
            Q_EMIT saved();
        });
}

} // namespace dd::ui
