// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instance/InstanceSpec.h"
#include "instance/ResolvedSecrets.h"
#include "instance/StackPlan.h"
#include "operations/Operation.h"

#include <QUrl>

#include <optional>

namespace dd::docker {
class EngineClient;
}
namespace dd::secrets {
class SecretStore;
}

namespace dd::operations {

// Brings an instance's whole stack up: secrets → (save) → images (pulled with progress when
// missing) → host folders given to uid 1000 → network → volumes → each container in
// dependency order (created or reused, started, waited for) → (admin login verified → compose
// file written). Every step is idempotent, so the same operation serves three purposes:
//   Create   a new instance. Secrets are generated; on failure everything this create made
//            (containers, network, its new volumes, the stored spec and secrets) is removed
//            again — host folders are kept — so a retry starts clean.
//   Resume   a create interrupted by a crash (recovery); the same rules as Create.
//   BringUp  `start` of an existing instance: secrets must exist; a container whose
//            configuration changed is recreated (its data is in volumes/folders); a failure
//            removes nothing. When docker compose made all of the instance's containers from
//            the user's own file (a guide stack imported and still brought up with compose),
//            those are started as they are instead (AdoptedStackAction): making the app's own
//            next to them would put two databases on one data folder. Some made by compose and
//            some missing or the app's is refused with the way out.
//   TakeOver a stack the user made with docker compose (the guide's file) becomes this instance
//            with its data where it is: the secrets found in the file are stored (missing ones
//            generated), the stack's own containers are set aside (ForeignContainers), the app's
//            start on the same folders and volumes, and the old ones are removed once Directus
//            answers. On failure the app's containers and records go and the old ones come back.
//            An interrupted take-over resumes forward (every step is idempotent).
class CreateOperation : public Operation
{
    Q_OBJECT
public:
    enum class Mode { Create, Resume, BringUp, TakeOver };

    struct Context
    {
        docker::EngineClient *engine = nullptr;
        secrets::SecretStore *secrets = nullptr;
        QString instancesDirectory;  // InstanceStore
        QString journalDirectory;
    };

    CreateOperation(const Context &context, instance::InstanceSpec spec, Mode mode,
                    std::optional<JournalEntry> interrupted = std::nullopt, QObject *parent = nullptr);

    const instance::InstanceSpec &spec() const { return m_spec; }
    // TakeOver: the secret values read from the user's file, stored before anything else.
    void setFoundSecrets(const instance::ResolvedSecrets &found) { m_found = found; }
    QUrl url() const;

Q_SIGNALS:
    void pullProgress(const QString &image, double fraction, const QString &text);

protected:
    void rollBack(const OperationResult &failure, std::function<void(QStringList)> done) override;

private:
    void startComposeMadeContainers();
    void resolveSecrets();
    void saveSpec();
    void ensureImages(QStringList images);
    void prepareFolders();
    void chownWithHelperContainer(const QStringList &folders);
    void createNetwork();
    void createVolumes(int index);
    void bringUpContainer(const instance::StackPlan::Container &container);
    void verifyLogin(int attempts);
    void writeComposeFile();
    void setAsideForeignContainers();
    void removeForeignContainers();
    QStringList asideRecords() const;
    bool ownsRollback() const { return m_mode != Mode::BringUp; }

    Context m_context;
    instance::InstanceSpec m_spec;
    Mode m_mode;
    instance::StackPlan m_plan;  // made with placeholders until the secrets are read
    instance::ResolvedSecrets m_secrets;
    instance::ResolvedSecrets m_found;
    QUrl m_composeMadeUrl;  // BringUp of compose's own containers: where their Directus answered
};

} // namespace dd::operations
