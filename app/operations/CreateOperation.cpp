// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations/CreateOperation.h"

#include "backup/NodeHelperScripts.h"
#include "core/AppPaths.h"
#include "core/Background.h"
#include "docker/EngineClient.h"
#include "instance/InstanceStore.h"
#include "instance/StackLabels.h"
#include "operations/AdoptedStackAction.h"
#include "operations/ContainerBringUp.h"
#include "operations/DirectusHttp.h"
#include "operations/ForeignContainers.h"
#include "operations/ImagePuller.h"
#include "operations/InstanceContainers.h"
#include "operations/InstanceFiles.h"
#include "operations/InstanceSecrets.h"
#include "operations/StackCleanup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace dd::operations {

namespace {


JournalEntry entryFor(const instance::InstanceSpec &spec, CreateOperation::Mode mode, std::optional<JournalEntry> interrupted)
{
    if (interrupted)
        return *interrupted;
    switch (mode) {
    case CreateOperation::Mode::BringUp: return Operation::newEntry(QStringLiteral("start"), spec);
    case CreateOperation::Mode::TakeOver: return Operation::newEntry(QStringLiteral("takeover"), spec);
    case CreateOperation::Mode::Create:
    case CreateOperation::Mode::Resume: break;
    }
    return Operation::newEntry(QStringLiteral("create"), spec);
}

} // namespace

CreateOperation::CreateOperation(const Context &context, instance::InstanceSpec spec, Mode mode,
                                 std::optional<JournalEntry> interrupted, QObject *parent)
    : Operation(entryFor(spec, mode, std::move(interrupted)), context.journalDirectory, parent)
    , m_context(context)
    , m_spec(std::move(spec))
    , m_mode(mode)
    , m_plan(instance::StackPlan::make(m_spec, instance::ResolvedSecrets::placeholders(),
                                       AppPaths::instanceFolder(m_spec.id)))
{
    if (m_mode == Mode::BringUp)
        addStep(QStringLiteral("find"), tr("Looking for the containers"), [this] { startComposeMadeContainers(); });
    addStep(QStringLiteral("secrets"), tr("Reading the secrets"), [this] { resolveSecrets(); });
    if (m_mode != Mode::BringUp)
        addStep(QStringLiteral("save"), tr("Saving the instance"), [this] { saveSpec(); });
    addStep(QStringLiteral("images"), tr("Getting the images"), [this] {
        QStringList images;
        for (const auto &c : std::as_const(m_plan.containers)) {
            if (!images.contains(c.spec.image))
                images.append(c.spec.image);
        }
        ensureImages(images);
    });
    if (!m_plan.needsOwnershipFix.isEmpty())
        addStep(QStringLiteral("folders"), tr("Preparing the folders"), [this] { prepareFolders(); });
    if (m_mode == Mode::TakeOver)
        addStep(QStringLiteral("set-aside"), tr("Stopping the stack's own containers"), [this] { setAsideForeignContainers(); });
    addStep(QStringLiteral("network"), tr("Creating the network"), [this] { createNetwork(); });
    if (!m_plan.volumes.isEmpty())
        addStep(QStringLiteral("volumes"), tr("Creating the volumes"), [this] { createVolumes(0); });
    for (const auto &c : std::as_const(m_plan.containers)) {
        const QString service = c.service;
        const QString title = service == QLatin1String("directus") ? tr("Starting Directus (migrations may take a while)")
                            : service == QLatin1String("database") ? tr("Starting the database")
                                                                    : tr("Starting %1").arg(service);
        addStep(service, title, [this, service] { bringUpContainer(*m_plan.container(service)); });
    }
    if (m_mode != Mode::BringUp) {
        addStep(QStringLiteral("login"), tr("Checking the admin login"), [this] { verifyLogin(3); });
        addStep(QStringLiteral("export"), tr("Writing the compose file"), [this] { writeComposeFile(); });
    }
    if (m_mode == Mode::TakeOver)
        addStep(QStringLiteral("retire"), tr("Removing the stack's old containers"), [this] { removeForeignContainers(); });
}

QUrl CreateOperation::url() const
{
    // Compose's containers publish where their file says, which may not be the instance's port.
    if (!m_composeMadeUrl.isEmpty())
        return m_composeMadeUrl;
    return DirectusHttp::baseUrl(m_spec.bindAddress, m_spec.hostPort);
}

void CreateOperation::startComposeMadeContainers()
{
    InstanceContainers::find(*m_context.engine, m_spec, this, [this](const InstanceContainers &found) {
        if (!found.error.ok()) {
            fail(OperationResult::fromEngine(found.error));
            return;
        }
        QList<StackContainer> composeMade;
        QStringList composeNames, others;
        for (const StackContainer &c : found.members) {
            if (c.labels.value(instance::kInstanceLabel).isEmpty()) {
                composeMade.append(c);
                composeNames.append(c.name);
            } else {
                others.append(c.name);
            }
        }
        if (composeMade.isEmpty()) {
            succeed();  // the app's own containers, or none: made and started by the steps below
            return;
        }
        QStringList services;
        for (const auto &c : std::as_const(m_plan.containers))
            services.append(c.service);
        QStringList missing;
        for (const QString &service : found.missing(services))
            missing.append(m_plan.container(service)->name);
        if (!others.isEmpty() || !missing.isEmpty()) {
            const QString what = !others.isEmpty()
                ? tr("and the app's own (%1) are there too").arg(others.join(QStringLiteral(", ")))
                : tr("and the app would have to make %1 next to them, on the same data").arg(missing.join(QStringLiteral(", ")));
            fail(OperationResult::failure(
                tr("Docker compose made some containers of %1 from its own file (%2), %3. Start the whole stack "
                   "with docker compose in its folder, or remove its compose containers (docker compose down: the "
                   "data stays in its folders and volumes) and start %1 again to let the app make its own. "
                   "Nothing was changed.")
                    .arg(m_spec.name, composeNames.join(QStringLiteral(", ")), what),
                docker::EngineError::Kind::Conflict));
            return;
        }
        DiscoveredStack stack;
        stack.project = m_spec.name;
        stack.containers = composeMade;  // already in start order
        auto *action = new AdoptedStackAction(*m_context.engine, stack, AdoptedStackAction::Action::Start, this);
        connect(action, &AdoptedStackAction::progress, this, &Operation::progress);
        connect(action, &AdoptedStackAction::finished, this, [this, action, composeNames](const OperationResult &result) {
            action->deleteLater();
            if (!result.ok) {
                fail(result);
                return;
            }
            m_composeMadeUrl = action->directusUrl();
            addNote(tr("Docker compose made the containers of %1 (%2) from its own file; they were started as they "
                       "are, so settings changed in this app do not reach them. To let the app make its own on the "
                       "same data, stop %1, remove those containers (docker compose down) and start it again.")
                        .arg(m_spec.name, composeNames.join(QStringLiteral(", "))));
            succeedSkippingRest();
        });
        action->start();
    });
}

void CreateOperation::resolveSecrets()
{
    const bool foundAny = !m_found.key.isEmpty() || !m_found.secret.isEmpty() || !m_found.adminPassword.isEmpty()
        || !m_found.dbPassword.isEmpty() || !m_found.dbRootPassword.isEmpty() || !m_found.env.isEmpty();
    if (m_mode == Mode::TakeOver && foundAny) {
        // The file's values first, so that only what it lacks is generated below.
        auto *store = new InstanceSecrets(*m_context.secrets, m_spec.id, false, this);
        connect(store, &InstanceSecrets::finished, this,
                [this, store](const instance::ResolvedSecrets &, const secrets::SecretResult &error) {
                    store->deleteLater();
                    if (!error.ok()) {
                        fail(OperationResult::failure(error.message));
                        return;
                    }
                    m_found = {};
                    resolveSecrets();
                });
        store->store(m_found);
        return;
    }
    InstanceSecrets::resolveFor(*m_context.secrets, m_spec, /*generateMissing=*/m_mode != Mode::BringUp, this,
                                [this](const instance::ResolvedSecrets &values, const secrets::SecretResult &error) {
                                    if (!error.ok()) {
                                        fail(OperationResult::failure(error.message));
                                        return;
                                    }
                                    m_secrets = values;
                                    m_plan = instance::StackPlan::make(m_spec, m_secrets, AppPaths::instanceFolder(m_spec.id));
                                    succeed();
                                });
}

void CreateOperation::saveSpec()
{
    InstanceFiles::saveSpec(this, m_context.instancesDirectory, m_spec, [this](const QString &error) {
        error.isEmpty() ? succeed() : fail(OperationResult::failure(error));
    });
}

void CreateOperation::ensureImages(QStringList images)
{
    auto *puller = new ImagePuller(*m_context.engine, std::move(images), this);
    connect(puller, &ImagePuller::progress, this, &Operation::progress);
    connect(puller, &ImagePuller::pullProgress, this, &CreateOperation::pullProgress);
    connect(puller, &ImagePuller::finished, this, [this, puller](const OperationResult &result) {
        puller->deleteLater();
        result.ok ? succeed() : fail(result);
    });
    puller->start();
}

void CreateOperation::prepareFolders()
{
    const QStringList folders = m_plan.needsOwnershipFix;
    struct Outcome
    {
        QString error;
        QStringList needChown;
    };
    runInBackground<Outcome>(
        this,
        [folders] {
            Outcome outcome;
            for (const QString &folder : folders) {
                if (!QDir().mkpath(folder)) {
                    outcome.error = tr("Cannot create the folder %1. Choose a folder you can write to.").arg(folder);
                    return outcome;
                }
#ifdef Q_OS_LINUX
                // Directus runs as uid 1000 ("node") and must write there. Docker Desktop on
                // macOS and Windows maps ownership itself, so this is Linux only.
                const QFileInfo info(folder);
                if (info.ownerId() == uint(instance::StackPlan::nodeUid))
                    continue;
                if (::geteuid() == 0) {
                    if (::chown(QFile::encodeName(folder).constData(), instance::StackPlan::nodeUid,
                                instance::StackPlan::nodeUid) != 0)
                        outcome.error = tr("Cannot give the folder %1 to uid 1000.").arg(folder);
                    continue;
                }
                outcome.needChown.append(folder);
#endif
            }
            return outcome;
        },
        [this](const Outcome &outcome) {
            if (!outcome.error.isEmpty())
                fail(OperationResult::failure(outcome.error));
            else if (outcome.needChown.isEmpty())
                succeed();
            else
                chownWithHelperContainer(outcome.needChown);
        });
}

// The app is not root, so a one-shot container (root inside, the folders bind-mounted) hands the
// folders to uid 1000. It uses the Directus image, which is already there, and node's chown
// (some Directus images have no shell and no chown).
void CreateOperation::chownWithHelperContainer(const QStringList &folders)
{
    docker::ContainerSpec helper;
    helper.image = m_spec.directusImage();
    helper.user = QStringLiteral("0:0");
    QStringList targets;
    for (int i = 0; i < folders.size(); ++i) {
        const QString target = QStringLiteral("/fix/%1").arg(i);
        helper.binds.append(folders.at(i) + QLatin1Char(':') + target);
        targets.append(target);
    }
    helper.entrypoint = backup::NodeHelperScripts::chownTree(targets, instance::StackPlan::nodeUid, instance::StackPlan::nodeUid);
    helper.labels = {{instance::kInstanceLabel, m_spec.id}, {instance::kHelperLabel, QStringLiteral("chown")}};
    const QString name = m_spec.name + QStringLiteral("-chown");
    auto cleanupAndFail = [this, name](const QString &sentence) {
        m_context.engine->removeContainer(name, true);
        fail(OperationResult::failure(sentence));
    };
    // A helper left over from an interrupted run would block the name: remove it first.
    connect(m_context.engine->removeContainer(name, true), &docker::EngineCall::finished, this,
            [this, name, helper, cleanupAndFail](const docker::EngineResponse &) {
                connect(m_context.engine->createContainer(name, helper), &docker::EngineCall::finished, this,
                        [this, name, cleanupAndFail](const docker::EngineResponse &created) {
                            if (!created.ok()) {
                                fail(OperationResult::fromEngine(created.error));
                                return;
                            }
                            connect(m_context.engine->startContainer(name), &docker::EngineCall::finished, this,
                                    [this, name, cleanupAndFail](const docker::EngineResponse &started) {
                                        if (!started.ok()) {
                                            cleanupAndFail(started.error.sentence);
                                            return;
                                        }
                                        connect(m_context.engine->waitContainer(name), &docker::EngineCall::finished, this,
                                                [this, name, cleanupAndFail](const docker::EngineResponse &waited) {
                                                    const int code = waited.json().object().value(QLatin1String("StatusCode")).toInt(-1);
                                                    if (!waited.ok() || code != 0) {
                                                        cleanupAndFail(tr("Could not give the folders to uid 1000 (the helper "
                                                                          "container exited with %1).").arg(code));
                                                        return;
                                                    }
                                                    connect(m_context.engine->removeContainer(name, true),
                                                            &docker::EngineCall::finished, this,
                                                            [this](const docker::EngineResponse &) { succeed(); });
                                                });
                                    });
                        });
            });
}

void CreateOperation::createNetwork()
{
    connect(m_context.engine->createNetwork(m_plan.network.name, m_plan.network.labels), &docker::EngineCall::finished,
            this, [this](const docker::EngineResponse &response) {
                if (!response.ok()) {
                    fail(OperationResult::fromEngine(response.error));
                    return;
                }
                if (response.status == 201)
                    recordCreated(&JournalEntry::createdNetworks, m_plan.network.name);
                succeed();
            });
}

void CreateOperation::createVolumes(int index)
{
    if (index >= m_plan.volumes.size()) {
        succeed();
        return;
    }
    const auto &volume = m_plan.volumes.at(index);
    connect(m_context.engine->createVolume(volume.name, volume.labels), &docker::EngineCall::finished, this,
            [this, index, name = volume.name](const docker::EngineResponse &response) {
                if (!response.ok()) {
                    fail(OperationResult::fromEngine(response.error));
                    return;
                }
                if (response.status == 201)
                    recordCreated(&JournalEntry::createdVolumes, name);
                createVolumes(index + 1);
            });
}

void CreateOperation::bringUpContainer(const instance::StackPlan::Container &container)
{
    auto *bringUp = new ContainerBringUp(*m_context.engine, m_spec, container, url(), this);
    connect(bringUp, &ContainerBringUp::progress, this, &Operation::progress);
    connect(bringUp, &ContainerBringUp::created, this, [this, bringUp](const QString &name) {
        recordCreated(&JournalEntry::createdContainers, name);
        // A start that had to make a container says so: it was removed outside the app, or never made.
        if (m_mode == Mode::BringUp && bringUp->wasMissing())
            addNote(tr("The container %1 was not on the engine; it was made again from the instance's settings.").arg(name));
    });
    connect(bringUp, &ContainerBringUp::finished, this, [this, bringUp](const OperationResult &result) {
        bringUp->deleteLater();
        result.ok ? succeed() : fail(result);
    });
    bringUp->start();
}

void CreateOperation::verifyLogin(int attempts)
{
    auto *http = new DirectusHttp(this);
    http->loginRetrying(url(), m_spec.adminEmail, m_secrets.adminPassword, attempts, [this, http](bool ok, const QString &why) {
        http->deleteLater();
        if (!ok && m_mode == Mode::TakeOver) {
            // The file's ADMIN_PASSWORD only seeded the first start; people change it in the Studio.
            addNote(tr("The admin password from the compose file does not log in (%1); it was probably changed in "
                       "the Studio. Give the current one before an upgrade: `directus-desktop credentials %2 "
                       "--set-password`.").arg(why, m_spec.name));
            succeed();
            return;
        }
        ok ? succeed() : fail(OperationResult::failure(why));
    });
}

QStringList CreateOperation::asideRecords() const
{
    QStringList records;
    for (const QString &flag : journalEntry().flags) {
        if (flag.startsWith(ForeignContainers::recordPrefix()))
            records.append(flag);
    }
    return records;
}

void CreateOperation::setAsideForeignContainers()
{
    auto *foreign = new ForeignContainers(*m_context.engine, m_spec.name, m_spec.id, this);
    foreign->setAside([this](const QString &record) { recordCreated(&JournalEntry::flags, record); },
                      [this, foreign](const QString &error) {
                          foreign->deleteLater();
                          error.isEmpty() ? succeed() : fail(OperationResult::failure(error));
                      });
}

void CreateOperation::removeForeignContainers()
{
    auto *foreign = new ForeignContainers(*m_context.engine, m_spec.name, m_spec.id, this);
    foreign->remove(asideRecords(), [this, foreign](const QStringList &notes) {
        foreign->deleteLater();
        for (const QString &note : notes)
            addNote(note);
        succeed();
    });
}

void CreateOperation::writeComposeFile()
{
    InstanceFiles::writeComposeFile(this, m_spec, m_plan, [this](const QString &error) {
        error.isEmpty() ? succeed() : fail(OperationResult::failure(error));
    });
}

void CreateOperation::rollBack(const OperationResult &, std::function<void(QStringList)> done)
{
    if (!ownsRollback()) {
        done({tr("Nothing was removed: the instance is as the failed start left it.")});
        return;
    }
    auto *cleanup = new StackCleanup(*m_context.engine, m_spec, this);
    cleanup->setRemoveVolumesOf(entry().createdVolumes);
    cleanup->setForgetInstance(*m_context.secrets, m_context.instancesDirectory);
    connect(cleanup, &StackCleanup::finished, this, [this, cleanup, done](const QStringList &notes) {
        cleanup->deleteLater();
        const QStringList aside = asideRecords();
        if (aside.isEmpty()) {
            done(notes);
            return;
        }
        // The app's containers are gone, so the old ones get their names and ports back.
        auto *foreign = new ForeignContainers(*m_context.engine, m_spec.name, m_spec.id, this);
        foreign->restore(aside, [foreign, notes, done](const QStringList &restored) {
            foreign->deleteLater();
            done(notes + restored);
        });
    });
    cleanup->start();
}

} // namespace dd::operations
