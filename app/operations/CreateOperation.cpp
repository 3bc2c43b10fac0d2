#include "operations/CreateOperation.h"

#include "core/AppPaths.h"
#include "core/Background.h"
#include "docker/EngineClient.h"
#include "docker/ExecJob.h"
#include "docker/PullJob.h"
#include "instance/ComposeExporter.h"
#include "instance/InstanceStore.h"
#include "operations/DirectusHttp.h"
#include "operations/InstanceSecrets.h"
#include "operations/ReadinessWaiter.h"
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

const QString kInstanceLabel = QStringLiteral("org.directusdesktop.instance");
const QString kHashLabel = QStringLiteral("com.docker.compose.config-hash");

JournalEntry entryFor(const instance::InstanceSpec &spec, CreateOperation::Mode mode, std::optional<JournalEntry> interrupted)
{
    if (interrupted)
        return *interrupted;
    return Operation::newEntry(mode == CreateOperation::Mode::BringUp ? QStringLiteral("start") : QStringLiteral("create"), spec);
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
}

QUrl CreateOperation::url() const
{
    return DirectusHttp::baseUrl(m_spec.bindAddress, m_spec.hostPort);
}

void CreateOperation::resolveSecrets()
{
    auto *resolver = new InstanceSecrets(*m_context.secrets, m_spec.id,
                                         m_spec.databaseKind == instance::DatabaseKind::External, this);
    connect(resolver, &InstanceSecrets::finished, this,
            [this, resolver](const instance::ResolvedSecrets &values, const secrets::SecretResult &error) {
                resolver->deleteLater();
                if (!error.ok()) {
                    fail(OperationResult::failure(error.message));
                    return;
                }
                m_secrets = values;
                m_plan = instance::StackPlan::make(m_spec, m_secrets, AppPaths::instanceFolder(m_spec.id));
                succeed();
            });
    resolver->resolve(/*generateMissing=*/m_mode != Mode::BringUp);
}

void CreateOperation::saveSpec()
{
    const QString directory = m_context.instancesDirectory;
    const instance::InstanceSpec spec = m_spec;
    runInBackground<instance::StoreResult>(
        this, [directory, spec] { return instance::InstanceStore(directory).save(spec); },
        [this](const instance::StoreResult &result) {
            if (!result)
                fail(OperationResult::failure(result.error));
            else
                succeed();
        });
}

void CreateOperation::ensureImages(QStringList images)
{
    if (images.isEmpty()) {
        succeed();
        return;
    }
    const QString image = images.takeFirst();
    connect(m_context.engine->inspectImage(image), &docker::EngineCall::finished, this,
            [this, image, images](const docker::EngineResponse &inspected) {
                if (inspected.ok()) {
                    ensureImages(images);
                    return;
                }
                if (inspected.error.kind != docker::EngineError::Kind::NotFound) {
                    fail(OperationResult::fromEngine(inspected.error));
                    return;
                }
                Q_EMIT progress(tr("Pulling %1").arg(image));
                docker::PullJob *pull = m_context.engine->pull(image);
                connect(pull, &docker::PullJob::progressChanged, this, [this, image](const docker::PullProgress &p) {
                    Q_EMIT pullProgress(image, p.fraction(), p.statusLine());
                });
                connect(pull, &docker::PullJob::finished, this, [this, image, images, pull](const docker::EngineError &error) {
                    pull->deleteLater();
                    if (error) {
                        OperationResult failure = OperationResult::fromEngine(error);
                        failure.sentence = tr("Could not pull %1: %2").arg(image, error.sentence);
                        fail(failure);
                        return;
                    }
                    ensureImages(images);
                });
            });
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
// folders to uid 1000. It uses the Directus image, which is already there and has chown.
void CreateOperation::chownWithHelperContainer(const QStringList &folders)
{
    docker::ContainerSpec helper;
    helper.image = m_spec.directusImage();
    helper.user = QStringLiteral("0:0");
    helper.entrypoint = {QStringLiteral("chown")};
    helper.cmd = {QStringLiteral("-R"), QStringLiteral("%1:%1").arg(instance::StackPlan::nodeUid)};
    for (int i = 0; i < folders.size(); ++i) {
        const QString target = QStringLiteral("/fix/%1").arg(i);
        helper.binds.append(folders.at(i) + QLatin1Char(':') + target);
        helper.cmd.append(target);
    }
    helper.labels = {{kInstanceLabel, m_spec.id}, {QStringLiteral("org.directusdesktop.helper"), QStringLiteral("chown")}};
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
    const QString name = container.name;
    connect(m_context.engine->inspectContainer(name), &docker::EngineCall::finished, this,
            [this, container](const docker::EngineResponse &inspected) {
                if (!inspected.ok()) {
                    if (inspected.error.kind == docker::EngineError::Kind::NotFound)
                        createAndStart(container);
                    else
                        fail(OperationResult::fromEngine(inspected.error));
                    return;
                }
                const QJsonObject labels = inspected.json().object().value(QLatin1String("Config")).toObject()
                                               .value(QLatin1String("Labels")).toObject();
                if (labels.value(kInstanceLabel).toString() != m_spec.id) {
                    fail(OperationResult::failure(
                        tr("A container named %1 already exists and does not belong to this instance. Choose another "
                           "instance name, or rename or remove that container (docker rm %1) if you no longer need it.")
                            .arg(container.name),
                        docker::EngineError::Kind::Conflict));
                    return;
                }
                if (labels.value(kHashLabel).toString() == container.spec.labels.value(kHashLabel)) {
                    startAndWait(container);
                    return;
                }
                // Ours, but made from other settings: replace it. Its data lives in volumes or folders.
                Q_EMIT progress(tr("Recreating %1 with the new settings").arg(container.name));
                connect(m_context.engine->stopContainer(container.name, 30), &docker::EngineCall::finished, this,
                        [this, container](const docker::EngineResponse &) {
                            connect(m_context.engine->removeContainer(container.name, true), &docker::EngineCall::finished,
                                    this, [this, container](const docker::EngineResponse &removed) {
                                        if (!removed.ok())
                                            fail(OperationResult::fromEngine(removed.error));
                                        else
                                            createAndStart(container);
                                    });
                        });
            });
}

void CreateOperation::createAndStart(const instance::StackPlan::Container &container)
{
    connect(m_context.engine->createContainer(container.name, container.spec), &docker::EngineCall::finished, this,
            [this, container](const docker::EngineResponse &created) {
                if (!created.ok()) {
                    fail(OperationResult::fromEngine(created.error));
                    return;
                }
                recordCreated(&JournalEntry::createdContainers, container.name);
                startAndWait(container);
            });
}

void CreateOperation::startAndWait(const instance::StackPlan::Container &container)
{
    connect(m_context.engine->startContainer(container.name), &docker::EngineCall::finished, this,
            [this, container](const docker::EngineResponse &started) {
                if (!started.ok()) {
                    OperationResult failure = OperationResult::fromEngine(started.error);
                    if (started.error.kind == docker::EngineError::Kind::PortInUse)
                        failure.sentence = tr("Port %1 on %2 is taken by another program. Pick another port for this "
                                              "instance (Settings, or `port:` in its spec) and start it again.")
                                               .arg(m_spec.hostPort)
                                               .arg(m_spec.bindAddress);
                    fail(failure);
                    return;
                }
                auto *waiter = new ReadinessWaiter(*m_context.engine, container.name, container.waitFor, url(), this);
                connect(waiter, &ReadinessWaiter::status, this, &Operation::progress);
                connect(waiter, &ReadinessWaiter::finished, this, [this, waiter, container](const OperationResult &result) {
                    waiter->deleteLater();
                    if (!result.ok)
                        fail(result);
                    else
                        runWhenReady(container);
                });
                waiter->start();
            });
}

void CreateOperation::runWhenReady(const instance::StackPlan::Container &container)
{
    if (container.execWhenReady.isEmpty()) {
        succeed();
        return;
    }
    docker::ExecJob *job = m_context.engine->exec(container.name, container.execWhenReady);
    connect(job, &docker::ExecJob::finished, this, [this, job, container](const docker::ExecResult &result) {
        job->deleteLater();
        if (result.exitCode != 0) {
            OperationResult failure = OperationResult::failure(
                tr("Preparing the database in %1 failed (exit code %2).").arg(container.name).arg(result.exitCode));
            failure.logTail = QString::fromUtf8(result.stderrData + result.stdoutData).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            fail(failure);
            return;
        }
        succeed();
    });
}

void CreateOperation::verifyLogin(int attemptsLeft)
{
    auto *http = new DirectusHttp(this);
    http->login(url(), m_spec.adminEmail, m_secrets.adminPassword, [this, http, attemptsLeft](bool ok, const QString &why) {
        http->deleteLater();
        if (ok) {
            succeed();
            return;
        }
        if (attemptsLeft > 1) {
            QTimer::singleShot(2000, this, [this, attemptsLeft] { verifyLogin(attemptsLeft - 1); });
            return;
        }
        fail(OperationResult::failure(why));
    });
}

void CreateOperation::writeComposeFile()
{
    const QString folder = AppPaths::instanceFolder(m_spec.id);
    const instance::InstanceSpec spec = m_spec;
    const instance::StackPlan plan = m_plan;
    runInBackground<instance::StoreResult>(
        this, [folder, spec, plan] { return instance::ComposeExporter::writeFiles(folder, spec, plan); },
        [this](const instance::StoreResult &result) {
            if (!result)
                fail(OperationResult::failure(result.error));
            else
                succeed();
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
    connect(cleanup, &StackCleanup::finished, this, [cleanup, done](const QStringList &notes) {
        cleanup->deleteLater();
        done(notes);
    });
    cleanup->start();
}

} // namespace dd::operations
