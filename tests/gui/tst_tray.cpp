// SPDX-License-Identifier: GPL-3.0-or-later
// The tray's menu and notices, offscreen (no system tray exists there, so the icon is skipped
// but the menu is built): every instance has Start / Stop enabled by its state and the
// engine's; a change to "running" announces "ready", to "needs-attention" a problem; the first
// sight of an instance and changes out of "unknown" announce nothing.
#include "InstanceListModel.h"
#include "tray/StateNotices.h"
#include "tray/TrayController.h"

#include <QAction>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace dd;
using namespace dd::ui;

class TestTray : public QObject
{
    Q_OBJECT

    static InstanceEntry entry(const QString &key, const QString &state)
    {
        InstanceEntry e;
        e.key = key;
        e.name = key;
        e.stateKey = state;
        e.stateText = state;
        e.url = QStringLiteral("http://127.0.0.1:8055");
        return e;
    }

    static QList<operations::DiscoveredStack> stack(const instance::InstanceSpec &spec, const QString &state)
    {
        operations::StackContainer c;
        c.name = spec.name + QStringLiteral("-directus-1");
        c.service = QStringLiteral("directus");
        c.state = state;
        c.id = QStringLiteral("id-") + spec.name;
        operations::DiscoveredStack s;
        s.project = spec.name;
        s.instanceId = spec.id;
        s.containers = {c};
        return {s};
    }

private Q_SLOTS:
    void noticesOnlyForRealChanges()
    {
        StateNotices notices;
        QVERIFY(notices.update({entry(QStringLiteral("a"), QStringLiteral("running"))}).isEmpty());  // first sight
        QVERIFY(notices.update({entry(QStringLiteral("a"), QStringLiteral("running"))}).isEmpty());  // no change
        QVERIFY(notices.update({entry(QStringLiteral("a"), QStringLiteral("stopped"))}).isEmpty());  // stopping is asked for
        auto ready = notices.update({entry(QStringLiteral("a"), QStringLiteral("running"))});
        QCOMPARE(ready.size(), 1);
        QVERIFY(ready.first().title.contains(QLatin1String("ready")));
        QVERIFY(!ready.first().problem);
        auto problem = notices.update({entry(QStringLiteral("a"), QStringLiteral("needs-attention"))});
        QCOMPARE(problem.size(), 1);
        QVERIFY(problem.first().problem);
        QVERIFY(notices.update({entry(QStringLiteral("a"), QStringLiteral("unknown"))}).isEmpty());
        QVERIFY(notices.update({entry(QStringLiteral("a"), QStringLiteral("running"))}).isEmpty());  // engine came back
    }

    void menuFollowsTheModel()
    {
        InstanceListModel model;
        TrayController tray(&model);
        instance::InstanceSpec spec = instance::InstanceSpec::create(QStringLiteral("blog"));
        spec.imageTag = QStringLiteral("11.1.2");
        model.setSpecs({spec});
        model.setEngineState(EngineState::Connected);
        model.setStacks(stack(spec, QStringLiteral("exited")));
        auto *sub = tray.menu()->findChild<QMenu *>(QStringLiteral("trayInstance:") + spec.id);
        QVERIFY(sub);
        auto *start = sub->findChild<QAction *>(QStringLiteral("trayStart"));
        auto *stop = sub->findChild<QAction *>(QStringLiteral("trayStop"));
        QVERIFY(start && stop);
        QVERIFY(start->isEnabled());
        QVERIFY(!stop->isEnabled());

        QSignalSpy started(&tray, &TrayController::startRequested);
        start->trigger();
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toString(), spec.id);

        model.setStacks(stack(spec, QStringLiteral("running")));
        QCOMPARE(tray.lastNotices().size(), 1);
        QVERIFY(tray.lastNotices().first().title.contains(QLatin1String("blog")));
        sub = tray.menu()->findChild<QMenu *>(QStringLiteral("trayInstance:") + spec.id);
        QVERIFY(sub->findChild<QAction *>(QStringLiteral("trayStop"))->isEnabled());
        QVERIFY(!sub->findChild<QAction *>(QStringLiteral("trayStart"))->isEnabled());

        // Without an engine nothing can be started or stopped from the tray.
        model.setEngineState(EngineState::Unreachable);
        sub = tray.menu()->findChild<QMenu *>(QStringLiteral("trayInstance:") + spec.id);
        QVERIFY(!sub->findChild<QAction *>(QStringLiteral("trayStop"))->isEnabled());
    }

    // An open menu is not torn down under the pointer: states change in place, and a new
    // instance waits until the menu closes.
    void openMenuChangesInPlace()
    {
        InstanceListModel model;
        TrayController tray(&model);
        instance::InstanceSpec blog = instance::InstanceSpec::create(QStringLiteral("blog"));
        instance::InstanceSpec shop = instance::InstanceSpec::create(QStringLiteral("shop"));
        model.setSpecs({blog});
        model.setEngineState(EngineState::Connected);
        model.setStacks(stack(blog, QStringLiteral("exited")));
        const auto submenu = [&tray](const instance::InstanceSpec &spec) {
            return tray.menu()->findChild<QMenu *>(QStringLiteral("trayInstance:") + spec.id);
        };
        QPointer<QMenu> sub = submenu(blog);
        QVERIFY(sub);
        const QString stoppedTitle = sub->title();
        tray.menu()->popup(QPoint(20, 20));
        QTRY_VERIFY(tray.menu()->isVisible());

        model.setStacks(stack(blog, QStringLiteral("running")));
        QVERIFY(sub);  // the same submenu, not a new one
        QCOMPARE(submenu(blog), sub.data());
        QVERIFY(sub->title() != stoppedTitle);
        QVERIFY(sub->findChild<QAction *>(QStringLiteral("trayStop"))->isEnabled());

        model.setSpecs({blog, shop});
        QVERIFY(!submenu(shop));
        QCOMPARE(submenu(blog), sub.data());
        tray.menu()->hide();
        QTRY_VERIFY(submenu(shop));
        QVERIFY(submenu(blog));
    }

    void updateNotice()
    {
        InstanceListModel model;
        TrayController tray(&model);
        tray.announceUpdate(QStringLiteral("id1"), QStringLiteral("blog"), QStringLiteral("11.1.2"));
        QCOMPARE(tray.lastNotices().size(), 1);
        QVERIFY(tray.lastNotices().first().message.contains(QLatin1String("11.1.2")));
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
