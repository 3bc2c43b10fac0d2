// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WizardState.h"

#include "core/AppPaths.h"
#include "core/Background.h"
#include "instance/InstanceStore.h"

namespace dd::ui {

WizardState::WizardState(QObject *parent)
    : QObject(parent)
    , spec(instance::InstanceSpec::create(QString()))
{
}

void WizardState::setEngine(docker::EngineClient *engine)
{
    m_engine = engine;
    Q_EMIT engineChanged();
}

void WizardState::loadTakenNames()
{
    const QString directory = AppPaths::instancesDir();
    runInBackground<QStringList>(
        this, [directory] { return instance::InstanceStore(directory).takenNames(); },
        [this](const QStringList &names) {
            m_takenNames = QSet<QString>(names.cbegin(), names.cend());
            m_takenNamesLoaded = true;
            Q_EMIT takenNamesChanged();
        });
}

} // namespace dd::ui
