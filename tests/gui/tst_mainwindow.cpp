// SPDX-License-Identifier: GPL-3.0-or-later
// The main window without an engine: the banner explains what was tried, Retry works from the
// keyboard, and stored instances are listed with an honest "unknown" state. Needs no engine:
// DOCKER_HOST points at a socket that does not exist, so it never touches the shared one.
#include "EngineBanner.h"
#include "GuiTestKit.h"
#include "EngineWatcher.h"
#include "InstanceListModel.h"
#include "InstancePage.h"
#include "MainWindow.h"
#include "core/AppPaths.h"
#include "core/Translations.h"
#include "instance/InstanceStore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QJsonObject>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListView>
#include <QMenu>
#include <QProxyStyle>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace dd;
using namespace dd::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backoffDoublesUpToThirtySeconds();
    void restStartsAfterTheFirstPaint();
    void overflowButtonsShowTheStylesIcon();
    void bannerExplainsTheMissingEngine();
    void retryIsReachableByKeyboard();
    void storedInstanceIsListedAsUnknown();
    void languageChoiceIsStored();
    void modelJoinsStacksAndAdoptsForeignOnes();
    void activityWordsPerStep();

private:
    QTemporaryDir m_tmp;
    QString m_socket;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const QString root = m_tmp.path();
    m_socket = root + QStringLiteral("/nowhere/docker.sock");
    QVERIFY(dd::test::isolateFromTheMachinesDocker(root, m_socket));
    qputenv("DD_SECRET_STORE", "file");  // never prompt a keychain from a test

    instance::InstanceSpec spec = instance::InstanceSpec::create(QStringLiteral("blog"));
    spec.imageTag = QStringLiteral("11.1.2");
    spec.databaseKind = instance::DatabaseKind::Postgres;
    spec.adminEmail = QStringLiteral("anne@example.com");
    const auto saved = instance::InstanceStore(AppPaths::instancesDir()).save(spec);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QVERIFY(AppPaths::instancesDir().startsWith(root));
}

void TestMainWindow::backoffDoublesUpToThirtySeconds()
{
    const QList<int> expected{1, 2, 4, 8, 16, 30, 30, 30};
    for (int failures = 1; failures <= expected.size(); ++failures)
        QCOMPARE(EngineWatcher::backoffSeconds(failures), expected.at(failures - 1));
    QCOMPARE(EngineWatcher::backoffSeconds(1000), 30);
}

// Issue 21: the constructor makes only what the first frame shows; the instance page, the tray,
// the update checker, the store read and the engine connection start after the first paint.
void TestMainWindow::restStartsAfterTheFirstPaint()
{
    MainWindow window;
    QVERIFY(!window.isStarted());
    QVERIFY(!window.instancePage());
    QVERIFY(!window.tray());
    QVERIFY(!window.updateChecker());
    QVERIFY(!window.engineWatcher()->isTrying());
    QCOMPARE(window.engineWatcher()->failures(), 0);
    QCOMPARE(window.instanceModel()->rowCount(), 0);

    QSignalSpy started(&window, &MainWindow::started);
    window.show();
    QVERIFY(started.wait(5000));
    QCOMPARE(started.count(), 1);
    QVERIFY(window.isStarted());
    QVERIFY(window.instancePage());
    QVERIFY(window.tray());
    QVERIFY(window.updateChecker());
    QTRY_COMPARE_WITH_TIMEOUT(window.instanceModel()->rowCount(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(window.engineWatcher()->failures() >= 1, 5000);
    // Painted again (shown, hidden, shown): nothing is made twice.
    window.hide();
    window.show();
    QTest::qWait(50);
    QCOMPARE(started.count(), 1);
}

// The overflow buttons' icon is loaded when it is needed, not before the first frame; it is still
// the style's own (what a window too narrow for its menus shows).
void TestMainWindow::overflowButtonsShowTheStylesIcon()
{
    MainWindow window;
    const QStyle *style = QApplication::style();
    auto *proxy = qobject_cast<const QProxyStyle *>(style);
    QVERIFY(proxy && proxy->baseStyle());
    const QImage expected = proxy->baseStyle()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(16).toImage();
    QVERIFY(!expected.isNull());
    int buttons = 0;
    for (auto *button : window.findChildren<QToolButton *>()) {
        const QString name = button->objectName();
        if (name != QLatin1String("qt_menubar_ext_button") && name != QLatin1String("qt_toolbar_ext_button"))
            continue;
        ++buttons;
        QVERIFY2(!button->icon().isNull(), qPrintable(name));
        QCOMPARE(button->icon().pixmap(16).toImage(), expected);
    }
    QCOMPARE(buttons, 2);
}

void TestMainWindow::bannerExplainsTheMissingEngine()
{
    MainWindow window;
    window.show();
    auto *banner = window.findChild<EngineBanner *>(QStringLiteral("engineBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY(window.engineWatcher()->state() == EngineState::Unreachable);
    QVERIFY(window.engineWatcher()->failures() >= 1);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("rightPages"));
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(banner));

    // The endpoint that was tried, by path, and the variable that chose it.
    const QString text = banner->problemText();
    QVERIFY2(text.contains(m_socket), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("DOCKER_HOST")), qPrintable(text));

    // For a person to look at (DESIGN: tests save screenshots); not compared.
    QVERIFY(test::saveShot(&window, QStringLiteral("main-window-no-engine")));
}

void TestMainWindow::retryIsReachableByKeyboard()
{
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *banner = window.findChild<EngineBanner *>(QStringLiteral("engineBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QPushButton *retry = banner->retryButton();
    QVERIFY(!retry->accessibleName().isEmpty());
    QVERIFY(retry->isEnabled());

    // From the instance list, Tab alone must get to Retry.
    auto *list = window.findChild<QListView *>(QStringLiteral("instanceList"));
    QVERIFY(list);
    list->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
    for (int i = 0; i < 20 && QApplication::focusWidget() != retry; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(retry));

    // Wait until no try is running, so the key press starts one (a running try ignores Retry).
    QTRY_VERIFY_WITH_TIMEOUT(!window.engineWatcher()->isTrying(), 5000);
    QSignalSpy scheduled(window.engineWatcher(), &EngineWatcher::retryScheduled);
    QSignalSpy requested(banner, &EngineBanner::retryRequested);
    QSignalSpy attempts(window.engineWatcher(), &EngineWatcher::attemptStarted);
    const int failuresBefore = window.engineWatcher()->failures();
    QTest::keyClick(retry, Qt::Key_Space);
    QCOMPARE(requested.count(), 1);
    QVERIFY(attempts.count() >= 1);
    // The try fails again (nothing listens there) and the next one is scheduled further out.
    QTRY_VERIFY_WITH_TIMEOUT(window.engineWatcher()->failures() > failuresBefore, 5000);
    QVERIFY(!scheduled.isEmpty());
    QVERIFY(scheduled.constLast().at(0).toInt() >= EngineWatcher::backoffSeconds(failuresBefore));
}

// Settings > Language: the system's by default; a choice is written to settings.ini for the next start.
void TestMainWindow::languageChoiceIsStored()
{
    MainWindow window;
    auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QStringList labels;
    QAction *german = nullptr;
    for (QAction *action : menu->actions()) {
        labels << action->text();
        if (action->data().toString() == QLatin1String("de"))
            german = action;
    }
    QVERIFY2(labels.contains(QStringLiteral("Deutsch")) && labels.contains(QStringLiteral("Français")),
             qPrintable(labels.join(QLatin1Char(','))));
    QVERIFY(menu->actions().first()->isChecked());  // the system's language until one is chosen
    QVERIFY(german);
    german->trigger();
    QCOMPARE(Translations::preferred(), QStringLiteral("de"));
    Translations::setPreferred(QString());
    QCOMPARE(Translations::preferred(), QString());
}

void TestMainWindow::storedInstanceIsListedAsUnknown()
{
    MainWindow window;
    window.show();
    auto *list = window.findChild<QListView *>(QStringLiteral("instanceList"));
    QVERIFY(list);
    QCOMPARE(list->model(), static_cast<QAbstractItemModel *>(window.instanceModel()));
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(window.engineWatcher()->state() == EngineState::Unreachable, 5000);
    const QModelIndex row = list->model()->index(0, 0);
    QCOMPARE(row.data(InstanceListModel::NameRole).toString(), QStringLiteral("blog"));
    QCOMPARE(row.data(InstanceListModel::VersionRole).toString(), QStringLiteral("11.1.2"));
    QCOMPARE(row.data(InstanceListModel::StateKeyRole).toString(), QStringLiteral("unknown"));
    QVERIFY(row.data(InstanceListModel::StateRole).toString().contains(QLatin1String("engine unreachable")));
    const QString shown = row.data(Qt::DisplayRole).toString();
    QVERIFY2(shown.contains(QLatin1String("blog")) && shown.contains(QLatin1String("11.1.2"))
                 && shown.contains(QLatin1String("PostgreSQL")) && shown.contains(QLatin1String("unknown")),
             qPrintable(shown));
    // The instance is selected, yet without an engine the banner (not a dead page) is shown.
    QCOMPARE(list->currentIndex().row(), 0);
    QVERIFY(window.findChild<EngineBanner *>()->isVisible());
}

void TestMainWindow::modelJoinsStacksAndAdoptsForeignOnes()
{
    instance::InstanceSpec spec = instance::InstanceSpec::create(QStringLiteral("shop"));
    auto container = [](const QString &project, const QString &image, const QString &state, const QString &label) {
        QJsonObject labels{{QStringLiteral("com.docker.compose.project"), project},
                           {QStringLiteral("com.docker.compose.service"), QStringLiteral("directus")}};
        if (!label.isEmpty())
            labels.insert(QStringLiteral("org.directusdesktop.instance"), label);
        return QJsonObject{{QStringLiteral("Id"), project + QStringLiteral("-id")},
                           {QStringLiteral("Names"), QJsonArray{QStringLiteral("/") + project + QStringLiteral("-directus-1")}},
                           {QStringLiteral("Image"), image},
                           {QStringLiteral("State"), state},
                           {QStringLiteral("Status"), QStringLiteral("Up 1 minute")},
                           {QStringLiteral("Labels"), labels}};
    };
    const QJsonArray entries{container(QStringLiteral("shop"), QStringLiteral("directus/directus:11.1.2"),
                                       QStringLiteral("running"), spec.id),
                             container(QStringLiteral("guide"), QStringLiteral("directus/directus:10.13.4"),
                                       QStringLiteral("exited"), QString())};
    InstanceListModel model;
    model.setSpecs({spec});
    model.setEngineState(EngineState::Connected);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(InstanceListModel::StateKeyRole).toString(), QStringLiteral("stopped"));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setStacks(operations::DiscoveredStack::fromContainerList(entries));
    QCOMPARE(model.rowCount(), 2);  // ours, then the adopted one
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.index(0).data(InstanceListModel::StateKeyRole).toString(), QStringLiteral("running"));
    QCOMPARE(model.index(1).data(InstanceListModel::NameRole).toString(), QStringLiteral("guide"));
    QCOMPARE(model.index(1).data(InstanceListModel::VersionRole).toString(), QStringLiteral("10.13.4"));
    QCOMPARE(model.index(1).data(InstanceListModel::StateKeyRole).toString(), QStringLiteral("stopped"));

    // A coloured dot beside the words: one per state, made once (the same icon on every call).
    const auto dot = [&model](int row) { return model.index(row).data(Qt::DecorationRole).value<QIcon>(); };
    QVERIFY(!dot(0).isNull() && !dot(1).isNull());
    QVERIFY(dot(0).pixmap(16).toImage() != dot(1).pixmap(16).toImage());
    QCOMPARE(dot(0).cacheKey(), dot(0).cacheKey());
    QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().contains(QLatin1String("running")));

    // Directus up but not through its health check yet (first start: migrations): "starting".
    QJsonArray starting = entries;
    QJsonObject migrating = starting.at(0).toObject();
    migrating.insert(QStringLiteral("Status"), QStringLiteral("Up 5 seconds (health: starting)"));
    starting.replace(0, migrating);
    model.setStacks(operations::DiscoveredStack::fromContainerList(starting));
    QCOMPARE(model.index(0).data(InstanceListModel::StateRole).toString(), QStringLiteral("starting"));
    QCOMPARE(model.index(0).data(InstanceListModel::StateKeyRole).toString(), QStringLiteral("running"));
    const QImage startingDot = dot(0).pixmap(16).toImage();
    model.setStacks(operations::DiscoveredStack::fromContainerList(entries));
    QCOMPARE(model.index(0).data(InstanceListModel::StateRole).toString(), QStringLiteral("running"));
    QVERIFY(startingDot != dot(0).pixmap(16).toImage());

    // What the app is doing to it is shown instead of the state, until it is done.
    const QString key = model.index(0).data(InstanceListModel::KeyRole).toString();
    model.setActivity(key, InstancePage::activityWords(QStringLiteral("upgrade"), QStringLiteral("backup"), QString()));
    QCOMPARE(model.index(0).data(InstanceListModel::StateRole).toString(), QStringLiteral("backing up"));
    QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().contains(QLatin1String("backing up")));
    QCOMPARE(model.index(0).data(InstanceListModel::StateKeyRole).toString(), QStringLiteral("running"));
    QCOMPARE(dot(0).pixmap(16).toImage(), startingDot);  // the "on its way" dot
    model.setActivity(key, QString());
    QCOMPARE(model.index(0).data(InstanceListModel::StateRole).toString(), QStringLiteral("running"));

    // Only a state changed: rows updated in place (a view keeps its selection), no reset.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QJsonArray stopped = entries;
    QJsonObject ours = stopped.at(0).toObject();
    ours.insert(QStringLiteral("State"), QStringLiteral("exited"));
    stopped.replace(0, ours);
    model.setStacks(operations::DiscoveredStack::fromContainerList(stopped));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0).data(InstanceListModel::StateKeyRole).toString(), QStringLiteral("stopped"));

    // Losing the engine forgets what it showed.
    model.setEngineState(EngineState::Unreachable);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(InstanceListModel::StateKeyRole).toString(), QStringLiteral("unknown"));
}

void TestMainWindow::activityWordsPerStep()
{
    const struct
    {
        const char *operation;
        const char *step;
        const char *words;
    } rows[] = {
        {"create", "images", "pulling images"},   {"upgrade", "pull", "pulling images"},
        {"create", "database", "starting database"}, {"create", "directus", "migrating"},
        {"upgrade", "directus", "migrating"},       {"start", "directus", "starting Directus"},
        {"upgrade", "backup", "backing up"},        {"stop", "stop-containers", "stopping"},
        {"create", "login", "checking the login"},  {"create", "network", "Creating the network"},
    };
    for (const auto &row : rows)
        QCOMPARE(InstancePage::activityWords(QString::fromLatin1(row.operation), QString::fromLatin1(row.step),
                                             QStringLiteral("Creating the network")),
                 QString::fromLatin1(row.words));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
