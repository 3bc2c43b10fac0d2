// SPDX-License-Identifier: GPL-3.0-or-later
// The instance page's tabs without an engine: a stored spec in a temporary DD_DATA_DIR, its
// admin password in an opt-in secrets file (DD_SECRET_STORE=file:<tmp>/secrets.yaml), and a
// hand-made stack for the container rows. Overview, Reveal, Settings (the version rules'
// warnings, saving), Danger zone (data kept by default, the question names the volumes), and
// screenshots of every tab in light and dark palettes.
#include "GuiTestKit.h"
#include "EngineWatcher.h"
#include "InstancePage.h"
#include "LogPane.h"
#include "core/AppPaths.h"
#include "docker/StatsStream.h"
#include "instance/DangerZoneTab.h"
#include "instance/DatabaseProfile.h"
#include "instance/EnvEditor.h"
#include "instance/InstanceStore.h"
#include "instance/ResolvedSecrets.h"
#include "instance/OverviewTab.h"
#include "instance/SettingsTab.h"
#include "instance/Sparkline.h"
#include "operations/RemoveOperation.h"
#include "secrets/FileSecretStore.h"
#include "secrets/SecretKey.h"

#include <QApplication>
#include <QDirIterator>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using namespace dd::ui;

namespace {

// Made up for this test only: it lives in the test's own secrets file and nowhere else.
const QByteArray TestPassword = "test-only-Reveal-7Q2x";

using test::darkPalette;
using test::screenshotDir;

operations::StackContainer container(const QString &service, const QString &image, const QString &health)
{
    operations::StackContainer c;
    c.id = service + QStringLiteral("-0123456789abcdef");
    c.name = QStringLiteral("blog-") + service + QStringLiteral("-1");
    c.service = service;
    c.image = image;
    c.state = QStringLiteral("running");
    c.health = health;
    c.status = QStringLiteral("Up 5 minutes (%1)").arg(health);
    return c;
}

} // namespace

class TestInstancePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overviewShowsTheInstance();
    void revealReadsThePasswordFromTheStore();
    void dangerZoneKeepsDataByDefault();
    void settingsWarnAboutRemovedVariables();
    void settingsSaveTheSpec();
    void settingsKeepTypedSecretsInTheStore();
    void statsSampleGivesCpuAndMemory();
    void screenshotsOfEveryTab();

private:
    InstanceEntry entry() const;

    QTemporaryDir m_tmp;
    instance::InstanceSpec m_spec;
    std::unique_ptr<EngineWatcher> m_engine;
    std::unique_ptr<InstancePage> m_page;
};

void TestInstancePage::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const QString root = m_tmp.path();
    qputenv("DD_DATA_DIR", QFile::encodeName(root + QStringLiteral("/data")));
    qputenv("DD_SECRET_STORE", "file:" + QFile::encodeName(root + QStringLiteral("/secrets.yaml")));
    // No engine: a socket that does not exist (the watcher is never started anyway).
    qputenv("DOCKER_HOST", "unix://" + QFile::encodeName(root + QStringLiteral("/nowhere.sock")));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    m_spec = instance::InstanceSpec::create(QStringLiteral("blog"));
    m_spec.imageTag = QStringLiteral("11.1.2");
    m_spec.databaseKind = instance::DatabaseKind::Postgres;
    m_spec.adminEmail = QStringLiteral("anne@example.com");
    m_spec.hostPort = 8056;
    m_spec.uploadsStorage = instance::StorageChoice::folder(root + QStringLiteral("/uploads"));
    const auto saved = instance::InstanceStore(AppPaths::instancesDir()).save(m_spec);
    QVERIFY2(saved.ok, qPrintable(saved.error));

    secrets::FileSecretStore store(root + QStringLiteral("/secrets.yaml"));
    secrets::SecretJob *job = store.write(
        secrets::SecretKey::forInstance(m_spec.id, secrets::SecretKey::Name::AdminPassword), TestPassword);
    QSignalSpy written(job, &secrets::SecretJob::finished);
    QVERIFY(written.wait(5000));
    QVERIFY(written.first().at(0).value<secrets::SecretResult>().ok());

    m_engine = std::make_unique<EngineWatcher>();
    m_page = std::make_unique<InstancePage>(*m_engine);
    m_page->resize(1000, 640);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->showEntry(entry());
}

InstanceEntry TestInstancePage::entry() const
{
    InstanceEntry e;
    e.key = m_spec.id;
    e.name = m_spec.name;
    e.version = m_spec.imageTag;
    e.database = instance::DatabaseProfile::of(m_spec.databaseKind).displayName;
    e.stateText = QStringLiteral("ready");
    e.stateKey = QStringLiteral("running");
    e.url = QStringLiteral("http://localhost:8056");
    e.spec = m_spec;
    operations::DiscoveredStack stack;
    stack.project = m_spec.name;
    stack.instanceId = m_spec.id;
    stack.containers = {container(QStringLiteral("database"), QStringLiteral("postgis/postgis:16-3.4"), QStringLiteral("healthy")),
                        container(QStringLiteral("directus"), QStringLiteral("directus/directus:11.1.2"), QStringLiteral("healthy"))};
    e.stack = stack;
    return e;
}

void TestInstancePage::overviewShowsTheInstance()
{
    QTabWidget *tabs = m_page->tabs();
    QCOMPARE(tabs->count(), 5);  // Overview, Logs, Settings, Backups, Danger zone
    QCOMPARE(tabs->widget(0), static_cast<QWidget *>(m_page->overview()));
    QCOMPARE(tabs->widget(1), static_cast<QWidget *>(m_page->logs()));
    OverviewTab *overview = m_page->overview();
    QCOMPARE(overview->urlText(), QStringLiteral("http://localhost:8056"));
    QCOMPARE(overview->emailText(), QStringLiteral("anne@example.com"));
    QVERIFY2(overview->databaseText().contains(QLatin1String("PostgreSQL")), qPrintable(overview->databaseText()));
    QVERIFY(!overview->isPasswordShown());
    QVERIFY(!overview->passwordText().contains(QString::fromLatin1(TestPassword)));
    // The host folder is named with Open folder; the other data lives in named volumes.
    const QString storage = overview->storageLines().join(QLatin1Char('\n'));
    QVERIFY2(storage.contains(m_tmp.path() + QStringLiteral("/uploads")), qPrintable(storage));
    QVERIFY2(storage.contains(QLatin1String("blog_extensions")), qPrintable(storage));
    QVERIFY(overview->findChild<QPushButton *>(QStringLiteral("overviewOpenUrl"))->isEnabled());
    // One sparkline pair per container.
    QCOMPARE(overview->findChildren<Sparkline *>().size(), 4);
    // Every button has a name for screen readers.
    for (QPushButton *button : overview->findChildren<QPushButton *>())
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
}

void TestInstancePage::revealReadsThePasswordFromTheStore()
{
    OverviewTab *overview = m_page->overview();
    m_page->tabs()->setCurrentWidget(overview);
    QTest::mouseClick(overview->revealButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(overview->isPasswordShown(), 5000);
    QCOMPARE(overview->passwordText(), QString::fromLatin1(TestPassword));
    // Hide again.
    QTest::mouseClick(overview->revealButton(), Qt::LeftButton);
    QVERIFY(!overview->isPasswordShown());
    QVERIFY(!overview->passwordText().contains(QString::fromLatin1(TestPassword)));
}

void TestInstancePage::dangerZoneKeepsDataByDefault()
{
    DangerZoneTab *danger = m_page->dangerZone();
    m_page->tabs()->setCurrentWidget(danger);
    QVERIFY(!danger->deleteDataBox()->isChecked());
    const QStringList volumes = operations::RemoveOperation::volumesOf(m_spec);
    QVERIFY(!volumes.isEmpty());

    const QString keep = DangerZoneTab::confirmationText(m_spec, false);
    const QString drop = DangerZoneTab::confirmationText(m_spec, true);
    for (const QString &volume : volumes) {
        QVERIFY2(keep.contains(volume), qPrintable(keep));
        QVERIFY2(drop.contains(volume), qPrintable(drop));
    }
    QVERIFY(keep.contains(QLatin1String("kept")));
    QVERIFY(drop.contains(QLatin1String("deleted for good")));
    QVERIFY2(drop.contains(m_tmp.path() + QStringLiteral("/uploads")), qPrintable(drop));  // folders stay, and it says so

    // Without an engine the button is disabled, but the question itself can be asked and
    // cancelled: nothing is requested.
    QSignalSpy requested(danger, &DangerZoneTab::removeRequested);
    danger->setBusy(false);
    danger->deleteDataBox()->setChecked(true);
    QMessageBox *question = danger->askToRemove();
    QVERIFY(question);
    QVERIFY(question->text().contains(QLatin1String("deleted for good")));
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    QVERIFY(question->grab().save(screenshotDir() + QStringLiteral("/instance-remove-question.png")));
    question->button(QMessageBox::Cancel)->click();
    QCoreApplication::processEvents();
    QCOMPARE(requested.count(), 0);
    danger->deleteDataBox()->setChecked(false);
    m_page->showEntry(entry());
}

void TestInstancePage::settingsWarnAboutRemovedVariables()
{
    SettingsTab *settings = m_page->settings();
    m_page->tabs()->setCurrentWidget(settings);
    EnvEditor *env = settings->envEditor();
    QVERIFY(!env->hasErrors());
    // Gone since Directus 10.6: the rules say so for this 11.1.2 instance.
    env->setVariables({{QStringLiteral("FLOWS_EXEC_ALLOWED_MODULES"), QStringLiteral("lodash")}});
    QVERIFY2(env->notes().join(QLatin1Char(' ')).contains(QLatin1String("FLOWS_EXEC_ALLOWED_MODULES")),
             qPrintable(env->notes().join(QLatin1Char('|'))));
    QVERIFY(!env->hasErrors());  // a warning, not an error
    // A variable the app sets itself is an error and blocks saving.
    env->table()->insertRow(1);
    env->table()->setItem(1, 1, new QTableWidgetItem(QStringLiteral("x")));
    env->table()->setItem(1, 0, new QTableWidgetItem(QStringLiteral("KEY")));
    QVERIFY(env->hasErrors());
    QVERIFY(!settings->saveButton()->isEnabled());
    env->table()->removeRow(1);
    // A taken-over stack's password: named, never shown, neither name nor value editable, and
    // it stays a secret when the table is read back.
    env->setVariables({{QStringLiteral("EMAIL_SMTP_PASSWORD"), QString(), true}});
    QTableWidgetItem *secretName = env->table()->item(0, 0);
    QTableWidgetItem *secretValue = env->table()->item(0, 1);
    QVERIFY(secretName && secretValue);
    QVERIFY(!(secretName->flags() & Qt::ItemIsEditable) && !(secretValue->flags() & Qt::ItemIsEditable));
    QVERIFY2(secretValue->text().contains(QLatin1String("secret store")), qPrintable(secretValue->text()));
    QCOMPARE(env->variables(), (QList<instance::EnvVar>{{QStringLiteral("EMAIL_SMTP_PASSWORD"), QString(), true}}));
    QVERIFY(!env->hasErrors());
    env->setVariables(m_spec.extraEnv);
}

void TestInstancePage::settingsSaveTheSpec()
{
    SettingsTab *settings = m_page->settings();
    EnvEditor *env = settings->envEditor();
    const int row = env->table()->rowCount();
    env->table()->insertRow(row);
    env->table()->setItem(row, 1, new QTableWidgetItem(QStringLiteral("debug")));
    env->table()->setItem(row, 0, new QTableWidgetItem(QStringLiteral("LOG_LEVEL")));
    QVERIFY(settings->saveButton()->isEnabled());
    QSignalSpy saved(settings, &SettingsTab::saved);
    QSignalSpy pageFinished(m_page.get(), &InstancePage::operationFinished);
    QTest::mouseClick(settings->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QCOMPARE(pageFinished.count(), 1);
    QVERIFY2(settings->statusText().contains(QLatin1String("Restart")), qPrintable(settings->statusText()));
    const auto stored = instance::InstanceStore(AppPaths::instancesDir()).load(m_spec.id);
    QVERIFY(stored);
    QCOMPARE(stored->extraEnv, (QList<instance::EnvVar>{{QStringLiteral("LOG_LEVEL"), QStringLiteral("debug")}}));
    m_spec = *stored;
    m_page->showEntry(entry());
}

// A password typed into the environment table goes to the secret store; the instance file only
// names it, and removing the row removes the value from the store too.
void TestInstancePage::settingsKeepTypedSecretsInTheStore()
{
    SettingsTab *settings = m_page->settings();
    EnvEditor *env = settings->envEditor();
    const QString typed = QStringLiteral("typed-smtp-password-4711");
    const int row = env->table()->rowCount();
    env->table()->insertRow(row);
    env->table()->setItem(row, 1, new QTableWidgetItem(typed));
    env->table()->setItem(row, 0, new QTableWidgetItem(QStringLiteral("EMAIL_SMTP_PASSWORD")));
    QSignalSpy saved(settings, &SettingsTab::saved);
    QTest::mouseClick(settings->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    const auto stored = instance::InstanceStore(AppPaths::instancesDir()).load(m_spec.id);
    QVERIFY(stored);
    QCOMPARE(stored->extraEnv.size(), 2);
    QCOMPARE(stored->extraEnv.at(1).key, QStringLiteral("EMAIL_SMTP_PASSWORD"));
    QVERIFY(stored->extraEnv.at(1).secret);
    QVERIFY(stored->extraEnv.at(1).value.isEmpty());
    // Not in the instance file, nor anywhere else in the data folder.
    QDirIterator all(AppPaths::dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (all.hasNext()) {
        QFile f(all.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(typed.toUtf8()), qPrintable(f.fileName()));
    }
    const QString key = secrets::SecretKey::forInstance(m_spec.id, secrets::SecretKey::Name::ExtraEnv);
    {
        secrets::FileSecretStore store(m_tmp.filePath(QStringLiteral("secrets.yaml")));
        QSignalSpy read(store.read(key), &secrets::SecretJob::finished);
        QVERIFY(read.wait(5000));
        const auto result = read.first().at(0).value<secrets::SecretResult>();
        QVERIFY(result.ok());
        QCOMPARE(instance::ResolvedSecrets::envFromBytes(result.value).value(QStringLiteral("EMAIL_SMTP_PASSWORD")), typed);
    }
    m_spec = *stored;
    m_page->showEntry(entry());

    // The row removed: the value leaves the store as well.
    env->table()->setCurrentCell(env->table()->rowCount() - 1, 0);
    auto *remove = env->findChild<QPushButton *>(QStringLiteral("envRemove"));
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QSignalSpy savedAgain(settings, &SettingsTab::saved);
    QTRY_VERIFY(settings->saveButton()->isEnabled());
    QTest::mouseClick(settings->saveButton(), Qt::LeftButton);
    QVERIFY(savedAgain.wait(5000));
    {
        secrets::FileSecretStore store(m_tmp.filePath(QStringLiteral("secrets.yaml")));
        QSignalSpy read(store.read(key), &secrets::SecretJob::finished);
        QVERIFY(read.wait(5000));
        QCOMPARE(read.first().at(0).value<secrets::SecretResult>().error, secrets::SecretResult::Error::NotFound);
    }
    const auto after = instance::InstanceStore(AppPaths::instancesDir()).load(m_spec.id);
    QVERIFY(after);
    m_spec = *after;
    m_page->showEntry(entry());
}

void TestInstancePage::statsSampleGivesCpuAndMemory()
{
    // One object of GET /containers/{id}/stats (cgroup v2, trimmed): half a CPU busy over the
    // interval on a 4-CPU machine, 120 MiB in use of which 20 MiB page cache.
    const QByteArray json = R"({
        "cpu_stats": {"cpu_usage": {"total_usage": 1500000000}, "system_cpu_usage": 20000000000, "online_cpus": 4},
        "precpu_stats": {"cpu_usage": {"total_usage": 1000000000}, "system_cpu_usage": 16000000000},
        "memory_stats": {"usage": 125829120, "limit": 8589934592, "stats": {"inactive_file": 20971520}}
    })";
    const docker::ContainerStats stats = docker::ContainerStats::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(stats.cpuKnown);
    QCOMPARE(stats.cpuPercent, 50.0);  // 0.5 s of CPU in 4 s of system time across 4 CPUs
    QCOMPARE(stats.memoryBytes, qint64(100) * 1024 * 1024);
    QCOMPARE(stats.memoryLimitBytes, qint64(8) * 1024 * 1024 * 1024);
    // The first sample has no previous one.
    const docker::ContainerStats first = docker::ContainerStats::fromJson(
        QJsonDocument::fromJson(R"({"cpu_stats": {"system_cpu_usage": 5, "online_cpus": 2}, "precpu_stats": {}})").object());
    QVERIFY(!first.cpuKnown);
}

void TestInstancePage::screenshotsOfEveryTab()
{
    // Sample figures, so the sparklines have something to draw.
    int i = 0;
    for (Sparkline *line : m_page->overview()->findChildren<Sparkline *>()) {
        for (int s = 0; s < 40; ++s)
            line->addSample(20 + 15 * std::sin((s + i * 7) / 4.0), QStringLiteral("%1%").arg(20 + i));
        ++i;
    }
    m_page->logs()->appendLines(QStringLiteral("directus"),
                                {{docker::StreamKind::Stdout, 1'732'900'000'000'000'000,
                                  "{\"level\":30,\"time\":1732900000000,\"msg\":\"Server started at http://0.0.0.0:8055\"}"},
                                 {docker::StreamKind::Stdout, 1'732'900'000'100'000'000,
                                  "{\"level\":40,\"time\":1732900000100,\"msg\":\"PUBLIC_URL should be a full URL\"}"}});
    m_page->settings()->envEditor()->setVariables({{QStringLiteral("LOG_LEVEL"), QStringLiteral("debug")},
                                                   {QStringLiteral("FLOWS_EXEC_ALLOWED_MODULES"), QStringLiteral("lodash")}});
    const QString dir = screenshotDir();
    const QPalette light = QApplication::palette();
    const QStringList names{QStringLiteral("overview"), QStringLiteral("logs"), QStringLiteral("settings"),
                            QStringLiteral("backups"), QStringLiteral("danger-zone")};
    QCOMPARE(m_page->tabs()->count(), names.size());
    for (const auto &[palette, suffix] : {std::pair{light, QStringLiteral("light")}, std::pair{darkPalette(), QStringLiteral("dark")}}) {
        QApplication::setPalette(palette);
        for (int tab = 0; tab < m_page->tabs()->count(); ++tab) {
            m_page->tabs()->setCurrentIndex(tab);
            QTest::qWait(50);
            QVERIFY(m_page->grab().save(dir + QStringLiteral("/instance-%1-%2.png").arg(names.at(tab), suffix)));
        }
    }
    QApplication::setPalette(light);
    qInfo("screenshots in %s", qPrintable(dir));
}

QTEST_MAIN(TestInstancePage)
#include "tst_instancepage.moc"
