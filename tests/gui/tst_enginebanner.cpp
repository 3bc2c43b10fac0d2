// SPDX-License-Identifier: GPL-3.0-or-later
// The main window while the real engine (DOCKER_HOST) goes away and comes back, stopped and
// started with the script in DD_ENGINE_CONTROL (tests/services/engine.sh): the engine banner
// replaces the instance page, names the endpoint it tried and why it failed, and goes away by
// itself once the engine answers again (EngineWatcher's backoff; nobody clicks Retry). Retry,
// pressed from the keyboard while the engine is down, makes a new attempt and keeps the banner.
//
// It stops the engine every other engine and gui test uses, hence RUN_SERIAL in
// tests/CMakeLists.txt; each case starts it again, and cleanupTestCase makes sure of it.
// The one instance it lists is only a stored spec (nothing is created on the engine).
#include "EngineBanner.h"
#include "EngineWatcher.h"
#include "GuiTestKit.h"
#include "InstanceListModel.h"
#include "InstancePage.h"
#include "MainWindow.h"
#include "core/AppPaths.h"
#include "docker/EngineClient.h"
#include "docker/EngineResolver.h"
#include "instance/InstanceStore.h"

#include "EngineTestSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace dd;
using namespace dd::ui;

namespace {

// Nothing answers within this long: the engine is taken as down (a refused or missing socket
// fails at once, so this only bounds a hung one).
constexpr int kPingTimeoutMs = 15000;

docker::EngineError pingEngine()
{
    docker::EngineClient client(*test::testEngine());
    return test::await(client.connectToEngine(), kPingTimeoutMs).error;
}

// Every label of the banner, as a person reads it.
QString shownText(const EngineBanner *banner)
{
    QStringList texts;
    for (const QLabel *label : banner->findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(QLatin1Char('\n'));
}

// The words the resolver uses for an endpoint it could not use: one of them says why.
bool namesAReason(const QString &text)
{
    using Status = docker::EngineResolver::Status;
    for (Status status : {Status::Missing, Status::PermissionDenied, Status::NotASocket, Status::NotAnEngine})
        if (text.contains(docker::EngineResolver::statusText(status)))
            return true;
    return false;
}

} // namespace

class TestEngineBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bannerFollowsTheEngineAway();
    void retryByKeyboardWhileDownTriesAgain();
    void cleanupTestCase();

private:
    // Runs DD_ENGINE_CONTROL with `verb` while the event loop keeps running, so the window
    // sees the engine go (or come) the way it would in use; false (with the script's output
    // in `output`) when the script fails.
    bool control(const QString &verb, QString *output);
    void stopEngine();
    void startEngine();
    // A shown main window whose engine is connected and whose instance page is shown.
    void waitUntilConnected(MainWindow &window);
    QString stateKey(const MainWindow &window) const;

    QTemporaryDir m_tmp;
    QString m_socket;      // DOCKER_HOST's socket path: the banner must name it
    QString m_instanceKey;
};

void TestEngineBanner::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("DD_DATA_DIR", QFile::encodeName(m_tmp.filePath(QStringLiteral("data"))));
    qputenv("DD_SECRET_STORE", "file:" + QFile::encodeName(m_tmp.filePath(QStringLiteral("secrets.yaml"))));
    // The stored instance makes the window check for newer Directus tags: ask the loopback
    // registry, never Docker Hub (all test traffic stays on this machine).
    const QByteArray registry = qEnvironmentVariableIsEmpty("DD_REGISTRY_ADDR") ? QByteArrayLiteral("127.0.0.1:5000")
                                                                                : qgetenv("DD_REGISTRY_ADDR");
    qputenv("DD_REGISTRY_URL", "http://" + registry);
    MainWindow::setFirstRunWizardEnabled(false);

    const auto endpoint = test::testEngine();
    QVERIFY(endpoint);
    m_socket = endpoint->address;

    // A stored instance (never created on the engine), so the list has a row whose state
    // follows the engine: "stopped" while connected, "unknown" while it is unreachable.
    const QString name = QStringLiteral("ddbanner%1").arg(QRandomGenerator::global()->bounded(0x100000), 5, 16, QLatin1Char('0'));
    instance::InstanceSpec spec = instance::InstanceSpec::create(name);
    spec.imageTag = QStringLiteral("11.1.2");
    spec.adminEmail = QStringLiteral("anne@example.com");
    const auto saved = instance::InstanceStore(AppPaths::instancesDir()).save(spec);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    m_instanceKey = spec.id;
}

bool TestEngineBanner::control(const QString &verb, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"), {qEnvironmentVariable("DD_ENGINE_CONTROL"), verb});
    if (!process.waitForStarted(10000)) {
        *output = process.errorString();
        return false;
    }
    QSignalSpy finished(&process, &QProcess::finished);
    // engine.sh allows dockerd 30 s to stop and 60 s to start.
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished(5000);
        *output = QStringLiteral("timed out: ") + QString::fromUtf8(process.readAll());
        return false;
    }
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void TestEngineBanner::stopEngine()
{
    QString output;
    QVERIFY2(control(QStringLiteral("stop"), &output), qPrintable(output));
    // engine.sh leaves alone an engine it did not start: then nothing would ever go away.
    QVERIFY2(!pingEngine().ok(), qPrintable(QStringLiteral("the engine still answers after `%1 stop`: %2")
                                                .arg(qEnvironmentVariable("DD_ENGINE_CONTROL"), output)));
}

void TestEngineBanner::startEngine()
{
    QString output;
    QVERIFY2(control(QStringLiteral("start"), &output), qPrintable(output));
    const docker::EngineError error = pingEngine();
    QVERIFY2(error.ok(), qPrintable(QStringLiteral("the engine does not answer after `start`: %1\n%2")
                                        .arg(error.sentence, output)));
}

void TestEngineBanner::waitUntilConnected(MainWindow &window)
{
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("rightPages"));
    QVERIFY(pages);
    QTRY_VERIFY_WITH_TIMEOUT(window.engineWatcher()->state() == EngineState::Connected, 30000);
    // The instance is selected (the first row) and its page, not the banner, is shown.
    QTRY_COMPARE_WITH_TIMEOUT(stateKey(window), QStringLiteral("stopped"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget(), static_cast<QWidget *>(window.instancePage()), 10000);
    QVERIFY(!window.findChild<EngineBanner *>()->isVisible());
}

QString TestEngineBanner::stateKey(const MainWindow &window) const
{
    const InstanceEntry *entry = window.instanceModel()->entryAt(window.instanceModel()->rowOf(m_instanceKey));
    return entry ? entry->stateKey : QString();
}

void TestEngineBanner::bannerFollowsTheEngineAway()
{
    MainWindow window;
    window.resize(1000, 640);
    window.show();
    waitUntilConnected(window);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("rightPages"));
    auto *banner = window.findChild<EngineBanner *>(QStringLiteral("engineBanner"));
    QVERIFY(banner);
    QSignalSpy retryClicks(banner, &EngineBanner::retryRequested);

    // When each page came up, measured from the stop and from the start.
    QElapsedTimer clock;
    qint64 bannerShown = -1, pageShown = -1;
    QObject measuring;  // declared after what the lambda uses, so it is disconnected before they go
    connect(pages, &QStackedWidget::currentChanged, &measuring, [&] {
        if (pages->currentWidget() == banner && bannerShown < 0)
            bannerShown = clock.elapsed();
        else if (pages->currentWidget() == window.instancePage() && bannerShown >= 0 && pageShown < 0)
            pageShown = clock.elapsed();
    });
    clock.start();
    stopEngine();
    const qint64 stopped = clock.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget(), static_cast<QWidget *>(banner), 30000);
    QVERIFY(banner->isVisible());
    QCOMPARE(window.engineWatcher()->state(), EngineState::Unreachable);
    QCOMPARE(stateKey(window), QStringLiteral("unknown"));

    // What it tried (the socket DOCKER_HOST names, and that DOCKER_HOST chose it) and why it failed.
    const QString text = shownText(banner);
    QVERIFY2(text.contains(m_socket), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("DOCKER_HOST")), qPrintable(text));
    QVERIFY2(namesAReason(text), qPrintable(text));

    // For a person to look at (not compared).
    QVERIFY(test::saveShot(&window, QStringLiteral("engine-banner-light")));
    QApplication::setPalette(test::darkPalette());
    QVERIFY(test::saveShot(&window, QStringLiteral("engine-banner-dark")));
    QApplication::setPalette(test::lightPalette());

    const int failedTries = window.engineWatcher()->failures();
    clock.restart();
    startEngine();
    const qint64 started = clock.elapsed();
    // Back by itself: the next automatic try is at most the longest backoff away.
    QTRY_VERIFY_WITH_TIMEOUT(window.engineWatcher()->state() == EngineState::Connected,
                             (EngineWatcher::maxBackoffSeconds + 15) * 1000);
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget(), static_cast<QWidget *>(window.instancePage()), 10000);
    QVERIFY(!banner->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(stateKey(window), QStringLiteral("stopped"), 10000);
    QCOMPARE(retryClicks.count(), 0);
    qInfo("engine stop took %lld ms, the banner came %lld ms after the stop began; engine start took %lld ms "
          "(%d failed tries before it), the page came back %lld ms after the start began",
          stopped, bannerShown, started, failedTries, pageShown);
}

void TestEngineBanner::retryByKeyboardWhileDownTriesAgain()
{
    MainWindow window;
    window.resize(1000, 640);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    waitUntilConnected(window);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("rightPages"));
    auto *banner = window.findChild<EngineBanner *>(QStringLiteral("engineBanner"));
    QVERIFY(banner);
    EngineWatcher *watcher = window.engineWatcher();

    stopEngine();
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget(), static_cast<QWidget *>(banner), 30000);

    QPushButton *retry = banner->retryButton();
    retry->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(retry));
    // A try under way ignores Retry: press it between tries.
    QTRY_VERIFY_WITH_TIMEOUT(!watcher->isTrying(), 10000);
    const int failuresBefore = watcher->failures();
    QSignalSpy attempts(watcher, &EngineWatcher::attemptStarted);
    QSignalSpy scheduled(watcher, &EngineWatcher::retryScheduled);
    QTest::keyClick(retry, Qt::Key_Space);
    QCOMPARE(attempts.count(), 1);
    QVERIFY(scheduled.wait(kPingTimeoutMs));
    QCOMPARE(watcher->failures(), failuresBefore + 1);
    // Still the banner (no flicker to the page and back), with the new countdown and the reason.
    QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(banner));
    QCOMPARE(watcher->state(), EngineState::Unreachable);
    const int wait = scheduled.constLast().at(0).toInt();
    QCOMPARE(wait, EngineWatcher::backoffSeconds(failuresBefore + 1));
    const QString text = shownText(banner);
    QVERIFY2(text.contains(EngineBanner::tr("Trying again in %n second(s).", nullptr, wait)), qPrintable(text));
    QVERIFY2(text.contains(m_socket) && namesAReason(text), qPrintable(text));

    // With the engine back, Retry connects now rather than at the next automatic try.
    startEngine();
    QTRY_VERIFY_WITH_TIMEOUT(!watcher->isTrying(), 10000);
    if (watcher->state() != EngineState::Connected) {
        QTest::keyClick(retry, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(watcher->state() == EngineState::Connected, 10000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget(), static_cast<QWidget *>(window.instancePage()), 10000);
}

void TestEngineBanner::cleanupTestCase()
{
    // Whatever failed above, the other tests need their engine back.
    if (!pingEngine().ok())
        startEngine();
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("DOCKER_HOST") || qEnvironmentVariableIsEmpty("DD_ENGINE_CONTROL")) {
        std::printf("*** NOT RUN: DOCKER_HOST and DD_ENGINE_CONTROL (the script that stops and starts that engine) "
                    "must both be set; tests/run-all.sh sets them\n");
        return 77;
    }
    if (!test::testEngine()) {
        std::printf("*** NOT RUN: DOCKER_HOST=%s is not an address this app can use\n",
                    qPrintable(qEnvironmentVariable("DOCKER_HOST")));
        return 77;
    }
    // An engine already down at the start is not this test's to revive: another test (or a
    // person) stopped it, and must say why.
    if (const docker::EngineError error = pingEngine(); !error.ok()) {
        std::printf("*** NOT RUN: the engine at %s does not answer: %s\n", qPrintable(qEnvironmentVariable("DOCKER_HOST")),
                    qPrintable(error.sentence));
        return 77;
    }
    TestEngineBanner test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_enginebanner.moc"
