// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real engine (DOCKER_HOST): an instance made with the CLI is listed as running;
// `docker stop` / `docker start` of its Directus container, done outside the app, show in the
// list through the engine's events; the instance page's log follows the container across the
// restart without a duplicated line; the instance's lock held by another program shows on the
// page as busy, its actions disabled until that program is gone; the page's Upgrade, after the
// admin changed the password in the Studio, stops before any change and asks for the current one
// (a wrong one is refused), then takes it from 10.13 to 11.1 while the dialog shows the new
// container's log; a recovery that cannot finish offers "Try again" in a box and finishes once
// what it needs is back. Makes its own instance under a throwaway DD_DATA_DIR and removes it (volumes
// and backups included) at the end. Never stops the engine itself.
#include "EngineWatcher.h"
#include "GuiTestKit.h"
#include "LockHolderProcess.h"
#include "ProcessRun.h"
#include "InstanceListModel.h"
#include "InstancePage.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "upgrade/UpgradeDialog.h"
#include "core/AppPaths.h"
#include "instance/InstanceStore.h"
#include "logs/LogListModel.h"
#include "logs/LogStore.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace dd;
using namespace dd::ui;

using testkit::Run;
using testkit::cli;
using testkit::dockerCli;

class TestInstanceLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listFollowsStopAndStartDoneOutside();
    void mainWindowShowsTheLiveInstance();
    void anotherProgramHoldingTheInstanceShowsBusy();
    void upgradeFromTheInstancePage();
    void blockedRecoveryOffersTryAgain();
    void cleanupTestCase();

private:
    QString stateKey() const;
    const InstanceEntry *entry() const;

    QTemporaryDir m_tmp;
    QString m_name;
    bool m_created = false;
    std::unique_ptr<EngineWatcher> m_engine;
    std::unique_ptr<InstanceListModel> m_model;
    std::unique_ptr<InstancePage> m_page;
};

void TestInstanceLive::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("DD_DATA_DIR", QFile::encodeName(m_tmp.filePath(QStringLiteral("data"))));
    qputenv("DD_SECRET_STORE", "file:" + QFile::encodeName(m_tmp.filePath(QStringLiteral("secrets.yaml"))));
    // The window asks for newer Directus tags: the loopback registry, never Docker Hub.
    const QByteArray registry = qEnvironmentVariableIsEmpty("DD_REGISTRY_ADDR") ? QByteArrayLiteral("127.0.0.1:5000")
                                                                                : qgetenv("DD_REGISTRY_ADDR");
    qputenv("DD_REGISTRY_URL", "http://" + registry);
    m_name = QStringLiteral("ddlive%1").arg(QRandomGenerator::global()->bounded(0x100000), 5, 16, QLatin1Char('0'));

    const Run created = cli({QStringLiteral("create"), m_name, QStringLiteral("--port"), QStringLiteral("auto"),
                             QStringLiteral("--tag"), QStringLiteral("10.13.4"), QStringLiteral("--admin-email"),
                             QStringLiteral("anne@example.com")});
    m_created = true;  // remove even a half-made one at the end
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));

    m_engine = std::make_unique<EngineWatcher>();
    m_model = std::make_unique<InstanceListModel>();
    m_page = std::make_unique<InstancePage>(*m_engine);
    connect(m_engine.get(), &EngineWatcher::stacksChanged, m_model.get(), &InstanceListModel::setStacks);
    connect(m_engine.get(), &EngineWatcher::stateChanged, m_model.get(), &InstanceListModel::setEngineState);
    // As the main window does: the page follows its row.
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this, [this] {
        if (const InstanceEntry *e = entry())
            m_page->showEntry(*e);
    });
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [this] {
        if (const InstanceEntry *e = entry())
            m_page->showEntry(*e);
    });
    m_model->setSpecs(instance::InstanceStore(AppPaths::instancesDir()).list());
    m_page->resize(1000, 600);
    m_page->show();
    m_engine->start();
}

const InstanceEntry *TestInstanceLive::entry() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const InstanceEntry *e = m_model->entryAt(row);
        if (e && e->name == m_name)
            return e;
    }
    return nullptr;
}

QString TestInstanceLive::stateKey() const
{
    const InstanceEntry *e = entry();
    return e ? e->stateKey : QString();
}

void TestInstanceLive::listFollowsStopAndStartDoneOutside()
{
    QTRY_COMPARE_WITH_TIMEOUT(stateKey(), QStringLiteral("running"), 60000);
    logs::LogListModel *log = m_page->logs()->model();
    QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() > 0, 60000);
    QCOMPARE(m_page->logs()->shownService(), QStringLiteral("directus"));

    const QString container = m_name + QStringLiteral("-directus-1");
    Run stopped = dockerCli({QStringLiteral("stop"), container});
    QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.output));
    QTRY_COMPARE_WITH_TIMEOUT(stateKey(), QStringLiteral("stopped"), 60000);
    log->flush();
    const int before = log->rowCount();

    Run started = dockerCli({QStringLiteral("start"), container});
    QVERIFY2(started.exitCode == 0, qPrintable(started.output));
    QTRY_COMPARE_WITH_TIMEOUT(stateKey(), QStringLiteral("running"), 60000);
    // The second run of Directus logs again: those lines arrive, the first run's do not again.
    QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() > before + 2, 60000);
    QTest::qWait(3000);
    log->flush();
    const logs::LogStore *store = log->source(0);
    QVERIFY(store);
    QSet<QPair<qint64, QByteArray>> seen;
    for (qint64 row = 0; row < store->rowCount(); ++row) {
        const auto key = qMakePair(store->meta(row).timestampNs, store->text(row));
        QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("row %1 repeats: %2").arg(row).arg(QString::fromUtf8(key.second))));
        seen.insert(key);
    }
    qInfo("%lld log lines across the restart, none twice", qint64(store->rowCount()));
}

// The whole window on the real engine: the instance is listed as running, its page shows
// its log; the screenshots are the README's.
void TestInstanceLive::mainWindowShowsTheLiveInstance()
{
    MainWindow::setFirstRunWizardEnabled(false);
    MainWindow window;
    window.resize(1100, 680);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.instanceModel()->rowOf(entry()->key) >= 0, 30000);
    const int row = window.instanceModel()->rowOf(entry()->key);
    QTRY_COMPARE_WITH_TIMEOUT(window.instanceModel()->entryAt(row)->stateKey, QStringLiteral("running"), 60000);
    auto *list = window.findChild<QListView *>(QStringLiteral("instanceList"));
    QVERIFY(list);
    list->setCurrentIndex(window.instanceModel()->index(window.instanceModel()->rowOf(entry()->key)));
    QTRY_VERIFY_WITH_TIMEOUT(window.instancePage()->logs()->model()->rowCount() > 0, 60000);
    QTest::qWait(500);
    QVERIFY(test::saveShot(&window, QStringLiteral("main-window-light")));
    QApplication::setPalette(test::darkPalette());
    QTest::qWait(100);
    QVERIFY(test::saveShot(&window, QStringLiteral("main-window-dark")));
    QApplication::setPalette(test::lightPalette());
}

// The command line (here a child process holding the lock as it would) works on the instance:
// the page says who, with the sentence that program's second caller gets, and its actions stay
// disabled until that program is gone.
void TestInstanceLive::anotherProgramHoldingTheInstanceShowsBusy()
{
    QTRY_COMPARE_WITH_TIMEOUT(stateKey(), QStringLiteral("running"), 60000);
    m_page->showEntry(*entry());
    auto *stop = m_page->findChild<QPushButton *>(QStringLiteral("stopButton"));
    auto *upgrade = m_page->findChild<QPushButton *>(QStringLiteral("upgradeButton"));
    auto *status = m_page->findChild<QLabel *>(QStringLiteral("operationStatus"));
    QVERIFY(stop && upgrade && status);
    QTRY_VERIFY(stop->isEnabled());
    QVERIFY(entry()->spec);
    dd::test::LockHolderProcess other;
    QVERIFY(other.start(AppPaths::journalDir() + QLatin1Char('/') + entry()->spec->id + QStringLiteral(".lock"),
                        QStringLiteral("upgrade")));
    const QString who = QStringLiteral("`upgrade` from the command line, pid %1").arg(other.child.processId());
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(who), qPrintable(status->text()), 10000);
    QVERIFY(!stop->isEnabled());
    QVERIFY(!upgrade->isEnabled());
    QVERIFY(test::saveShot(m_page.get(), QStringLiteral("instance-held-by-cli-light")));
    other.stop();
    QTRY_VERIFY_WITH_TIMEOUT(stop->isEnabled(), 10000);
    QVERIFY2(!status->text().contains(who), qPrintable(status->text()));
}

// One click from the page: the dialog, a typed version, Upgrade; it backs up, migrates and
// verifies the login; meanwhile the new Directus container's own lines scroll by.
void TestInstanceLive::upgradeFromTheInstancePage()
{
    QTRY_COMPARE_WITH_TIMEOUT(stateKey(), QStringLiteral("running"), 60000);
    m_page->showEntry(*entry());
    // As the main window does: the list says what the upgrade is doing.
    QStringList shown;
    const QMetaObject::Connection activity = connect(m_page.get(), &InstancePage::activityChanged, m_model.get(), &InstanceListModel::setActivity);
    const QMetaObject::Connection watch = connect(m_model.get(), &QAbstractItemModel::dataChanged, this, [this, &shown] {
        if (const InstanceEntry *e = entry(); e && (shown.isEmpty() || shown.last() != e->stateText))
            shown.append(e->stateText);
    });
    // The admin changed the password in the Studio (here through the REST API, as the Studio does).
    const QString changed = QStringLiteral("changed-in-the-Studio-7");
    {
        const Run login = cli({QStringLiteral("credentials"), m_name, QStringLiteral("--json")});
        const QJsonObject c = QJsonDocument::fromJson(login.output.toUtf8()).object();
        const Run token = testkit::run(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
            QStringLiteral("-d"), QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("email"), c[QLatin1String("email")]},
                {QStringLiteral("password"), c[QLatin1String("password")]}}).toJson(QJsonDocument::Compact)),
            c[QLatin1String("url")].toString() + QStringLiteral("/auth/login")}, 30000);
        const QString access = QJsonDocument::fromJson(token.output.toUtf8())[QLatin1String("data")][QLatin1String("access_token")].toString();
        QVERIFY2(!access.isEmpty(), qPrintable(token.output));
        const Run patched = testkit::run(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-f"), QStringLiteral("-X"), QStringLiteral("PATCH"),
            QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + access, QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
            QStringLiteral("-d"), QStringLiteral("{\"password\":\"%1\"}").arg(changed), c[QLatin1String("url")].toString() + QStringLiteral("/users/me")}, 30000);
        QVERIFY2(patched.exitCode == 0, qPrintable(patched.output));
    }
    m_page->openUpgradeDialog();
    auto *dialog = m_page->findChild<UpgradeDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->otherTag()->setFocus();
    QTest::keyClicks(dialog->otherTag(), QStringLiteral("11.1.2"));
    QTRY_VERIFY2(dialog->upgradeButton()->isEnabled(), qPrintable(dialog->reason()->text()));
    QTest::mouseClick(dialog->upgradeButton(), Qt::LeftButton);
    // It stops before anything changed and asks for the current password; a wrong one is refused.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pages()->currentIndex(), 2, 120000);
    QVERIFY2(dialog->headline()->text().contains(QLatin1String("did not start")), qPrintable(dialog->headline()->text()));
    QTRY_VERIFY(dialog->currentPassword()->isVisible());
    QVERIFY(test::saveShot(dialog, QStringLiteral("upgrade-asks-password-light")));
    QTest::keyClicks(dialog->currentPassword(), QStringLiteral("not-the-password"));
    QTest::mouseClick(dialog->storeAndUpgradeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->currentPassword()->isEnabled(), 30000);
    QCOMPARE(dialog->pages()->currentIndex(), 2);
    QVERIFY(dialog->currentPassword()->isVisible());
    dialog->currentPassword()->clear();
    QTest::keyClicks(dialog->currentPassword(), changed);
    QTest::mouseClick(dialog->storeAndUpgradeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pages()->currentIndex(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pages()->currentIndex(), 2, 600000);
    QVERIFY2(dialog->headline()->text().contains(QLatin1String("now runs Directus 11.1.2")),
             qPrintable(dialog->headline()->text() + QLatin1Char('\n') + dialog->details()->toPlainText()));
    // Where the data from before the upgrade is kept, said on the result page.
    QVERIFY2(dialog->details()->toPlainText().contains(AppPaths::backupsDir()), qPrintable(dialog->details()->toPlainText()));
    auto *log = dialog->findChild<QPlainTextEdit *>(QStringLiteral("upgradeLog"));
    QVERIFY(log);
    QVERIFY2(log->toPlainText().contains(QLatin1String("directus | ")), qPrintable(log->toPlainText().right(2000)));
    QVERIFY(test::saveShot(dialog, QStringLiteral("upgrade-done-light")));

    // What the dialog says is what is stored and what runs.
    const auto specs = instance::InstanceStore(AppPaths::instancesDir()).list();
    const auto stored = std::find_if(specs.begin(), specs.end(), [this](const auto &s) { return s.name == m_name; });
    QVERIFY(stored != specs.end());
    QCOMPARE(stored->imageTag, QStringLiteral("11.1.2"));
    const Run image = dockerCli({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("{{.Config.Image}}"),
                                 m_name + QStringLiteral("-directus-1")});
    QVERIFY2(image.output.trimmed().endsWith(QLatin1String(":11.1.2")), qPrintable(image.output));
    // The password it was given is the one stored, and the upgrade's own check passed with it.
    const Run stored2 = cli({QStringLiteral("credentials"), m_name, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(stored2.output.toUtf8())[QLatin1String("password")].toString(), changed);
    QTRY_COMPARE_WITH_TIMEOUT(stateKey(), QStringLiteral("running"), 60000);
    disconnect(activity);
    disconnect(watch);
    qInfo("the list said: %s", qPrintable(shown.join(QStringLiteral(" -> "))));
    for (const char *words : {"pulling images", "backing up", "migrating"})
        QVERIFY2(shown.contains(QLatin1String(words)), qPrintable(shown.join(QStringLiteral(" -> "))));
    QVERIFY(!entry()->busy || entry()->stateText == QLatin1String("starting"));
    dialog->close();
}

// A restore killed midway whose backup and safety backup are both away: the window's recovery
// cannot finish it, says so in a box with "Try again", and finishes it (from the safety backup)
// once that is back, with no restart of the app.
void TestInstanceLive::blockedRecoveryOffersTryAgain()
{
    QTRY_COMPARE_WITH_TIMEOUT(stateKey(), QStringLiteral("running"), 60000);
    const QString backups = m_tmp.filePath(QStringLiteral("manual-backups"));
    const Run backedUp = cli({QStringLiteral("backup"), m_name, QStringLiteral("--dir"), backups});
    QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.output));
    const QStringList made = QDir(backups).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(made.size(), 1);
    const QString backup = backups + QLatin1Char('/') + made.first();
    qputenv("DD_CRASH_AFTER_STEP", "safety-backup");
    const Run killed = cli({QStringLiteral("restore"), m_name, backup, QStringLiteral("--yes")});
    qunsetenv("DD_CRASH_AFTER_STEP");
    QVERIFY2(killed.exitCode == -1, qPrintable(killed.output));  // SIGKILL
    // As a kill in the middle of the restore leaves the journal: "restore" begun, not done.
    const QString journalPath = AppPaths::journalDir() + QLatin1Char('/') + entry()->spec->id + QStringLiteral(".journal.json");
    QFile journalFile(journalPath);
    QVERIFY(journalFile.open(QIODevice::ReadWrite));
    QJsonObject journal = QJsonDocument::fromJson(journalFile.readAll()).object();
    QJsonArray steps = journal.value(QStringLiteral("steps")).toArray();
    steps.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("restore")}, {QStringLiteral("state"), QStringLiteral("begun")}});
    journal.insert(QStringLiteral("steps"), steps);
    QString safety;
    for (const QJsonValue &flag : journal.value(QStringLiteral("flags")).toArray()) {
        if (flag.toString().startsWith(QLatin1String("safety=")))
            safety = flag.toString().mid(7);
    }
    QVERIFY2(!safety.isEmpty(), QJsonDocument(journal).toJson().constData());
    journalFile.resize(0);
    journalFile.write(QJsonDocument(journal).toJson());
    journalFile.close();
    QVERIFY(QDir().rename(backup, backup + QStringLiteral(".away")));
    QVERIFY(QDir().rename(safety, safety + QStringLiteral(".away")));

    MainWindow::setFirstRunWizardEnabled(false);
    MainWindow window;
    window.show();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>(QStringLiteral("recoveryBlocked"))), 120000);
    QVERIFY2(box->text().contains(QLatin1String("left stopped")) && box->text().contains(QFileInfo(safety).fileName()),
             qPrintable(box->text()));
    QVERIFY(QFile::exists(journalPath));
    QVERIFY(test::saveShot(box, QStringLiteral("recovery-blocked-light")));
    QVERIFY(QDir().rename(safety + QStringLiteral(".away"), safety));
    QPushButton *again = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == QLatin1String("Try again"))
            again = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(again);
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(journalPath), 300000);
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("recoveryBlocked")));
    QTRY_COMPARE_WITH_TIMEOUT(stateKey(), QStringLiteral("running"), 120000);
    QVERIFY(QDir().rename(backup + QStringLiteral(".away"), backup));
}

void TestInstanceLive::cleanupTestCase()
{
    m_page.reset();
    m_model.reset();
    m_engine.reset();
    if (m_created) {
        const Run removed = cli({QStringLiteral("remove"), m_name, QStringLiteral("--delete-data"), QStringLiteral("--yes")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.output));
    }
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("DOCKER_HOST")) {
        std::printf("*** NOT RUN: DOCKER_HOST is not set (tests/run-all.sh starts a private engine)\n");
        return 77;
    }
    const Run ping = dockerCli({QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")});
    if (ping.exitCode != 0) {
        std::printf("*** NOT RUN: the engine at %s does not answer: %s\n", qPrintable(qEnvironmentVariable("DOCKER_HOST")),
                    qPrintable(ping.output.trimmed()));
        return 77;
    }
    TestInstanceLive test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_instancelive.moc"
