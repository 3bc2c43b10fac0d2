// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/EngineClient.h"
#include "instance/InstanceSpec.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace dd::ui {

// What the wizard's pages share: the spec being built (each page writes its own fields as
// the user types), the passwords typed (kept only in memory until the create step hands
// them to the SecretStore), the names already taken, and the engine the first page found.
class WizardState : public QObject
{
    Q_OBJECT
public:
    explicit WizardState(QObject *parent = nullptr);

    instance::InstanceSpec spec;
    QString adminPassword;
    QString externalDbPassword;  // only for an existing database server

    docker::EngineClient *engine() const { return m_engine; }
    void setEngine(docker::EngineClient *engine);

    // Instance names from the store, read off the UI thread when the wizard opens.
    const QSet<QString> &takenNames() const { return m_takenNames; }
    bool takenNamesLoaded() const { return m_takenNamesLoaded; }
    void loadTakenNames();

Q_SIGNALS:
    void takenNamesChanged();
    void engineChanged();

private:
    QPointer<docker::EngineClient> m_engine;
    QSet<QString> m_takenNames;
    bool m_takenNamesLoaded = false;
};

} // namespace dd::ui
