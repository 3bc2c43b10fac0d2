// SPDX-License-Identifier: GPL-3.0-or-later
// GUI figures for issue 5, printed, never judged on time (tests/bench/bench_gui.sh runs the modes
// and computes the ratios against the baselines measured in the same run):
//   bench_gui prepare DIR     writes 3 stored instances into the data folder DIR
//   bench_gui minimal         a minimal Qt Widgets window: exits at its first paint (baseline)
//   bench_gui main            the main window with the stored instances: exits at its first paint
//   bench_gui idle-rss [S]    the main window, S seconds idle, then prints its RSS
//   bench_gui minimal-rss [S] the minimal window's RSS after S seconds (baseline)
//   bench_gui follow ID       follows container ID's log in the log view until its 1,000,000 lines
//                             are in; prints the max lateness of a 10 ms timer meanwhile (UI stall),
//                             the RSS, and the time to the first result of a search for the last line
#include "EngineWatcher.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "instance/InstanceStore.h"
#include "log/LogSearchController.h"
#include "logs/LogListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QTimer>

#include <cstdio>

using namespace dd;

namespace {

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Times every event delivered from the event loop (not the nested ones) and keeps the slowest,
// so the follow figure can say what the UI thread was busy with when the timer came late.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    struct Slow
    {
        qint64 us = 0;
        QByteArray what;
    };
    bool timing = false;
    Slow slowest[3];

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!timing || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        // Read before delivery: the receiver or the event may be gone afterwards.
        const int type = event->type();
        const char *className = receiver->metaObject()->className();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 us = clock.nsecsElapsed() / 1000;
        --m_depth;
        if (us > slowest[2].us) {
            Slow slow{us, QByteArray(className) + " event " + QByteArray::number(type)};
            int at = 2;
            while (at > 0 && slowest[at - 1].us < us) {
                slowest[at] = slowest[at - 1];
                --at;
            }
            slowest[at] = slow;
        }
        return handled;
    }

private:
    int m_depth = 0;
};

// Quits the application right after `widget`'s first paint has been delivered.
class FirstPaintExit : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

int prepare(const QString &dataDir)
{
    qputenv("DD_DATA_DIR", QFile::encodeName(dataDir));
    const char *names[] = {"blog", "shop", "docs"};
    for (const char *name : names) {
        instance::InstanceSpec spec = instance::InstanceSpec::create(QString::fromLatin1(name));
        spec.imageTag = QStringLiteral("11.1.2");
        spec.adminEmail = QStringLiteral("admin@example.com");
        if (!instance::InstanceStore(dataDir + QStringLiteral("/instances")).save(spec)) {
            std::fprintf(stderr, "cannot write the instances into %s\n", qPrintable(dataDir));
            return 1;
        }
    }
    return 0;
}

int follow(const QString &container)
{
    ui::EngineWatcher engine;
    ui::LogPane pane;
    pane.resize(1000, 700);
    pane.show();
    qint64 maxLateMs = 0;
    QElapsedTimer tick;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (tick.isValid())
            maxLateMs = std::max(maxLateMs, tick.elapsed() - 10);
        tick.restart();
    });
    QElapsedTimer clock;
    QElapsedTimer searchClock;
    int rows = 0;
    constexpr int wanted = 1'000'000;
    QTimer poll;
    QObject::connect(&engine, &ui::EngineWatcher::stateChanged, [&](ui::EngineState state) {
        if (state != ui::EngineState::Connected || clock.isValid())
            return;
        clock.start();
        timer.start();
        if (auto *app = dynamic_cast<TimedApplication *>(qApp))
            app->timing = true;
        pane.follow(engine.client(), container, QStringLiteral("directus"));
        poll.start(100);
    });
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (pane.model()->rowCount() < wanted && clock.elapsed() < 300'000)
            return;
        poll.stop();
        timer.stop();
        rows = pane.model()->rowCount();
        if (auto *app = dynamic_cast<TimedApplication *>(qApp)) {
            app->timing = false;
            for (const auto &slow : app->slowest)
                std::printf("   slowest event while following: %.1f ms in %s\n", slow.us / 1000.0, slow.what.constData());
        }
        std::printf("   follow: %d lines in %.2f s (%.0f lines/s); UI stall (max lateness of a 10 ms timer): %lld ms "
                    "(goal <= 50); RSS %.1f MiB (goal <= 120)\n",
                    rows, clock.elapsed() / 1000.0, rows / (clock.elapsed() / 1000.0), maxLateMs, rssMiB());
        // Search: the last line's number, the worst place for a scan from the top.
        auto *search = pane.search();
        QObject::connect(search, &ui::LogSearchController::countChanged, &pane, [&rows, &searchClock, search] {
            if (search->matchCount() > 0 && searchClock.isValid()) {
                std::printf("   search over %d lines: first result after %lld ms (goal <= 200)\n", rows,
                            searchClock.elapsed());
                searchClock.invalidate();
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            }
        });
        searchClock.start();
        pane.find(QStringLiteral("%1").arg(wanted));
        QTimer::singleShot(60'000, qApp, [] {
            std::printf("   search: no result within 60 s\n");
            QCoreApplication::quit();
        });
    });
    engine.start();
    QTimer::singleShot(330'000, qApp, &QCoreApplication::quit);
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    const QString mode = argc > 1 ? QString::fromLatin1(argv[1]) : QString();
    if (mode == QLatin1String("prepare") && argc > 2) {
        QCoreApplication core(argc, argv);
        return prepare(QString::fromLocal8Bit(argv[2]));
    }
    TimedApplication app(argc, argv);
    FirstPaintExit exitAtPaint;
    const int idleSeconds = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    if (mode == QLatin1String("minimal") || mode == QLatin1String("minimal-rss")) {
        QLabel window(QStringLiteral("Directus Desktop"));
        window.resize(960, 640);
        if (mode == QLatin1String("minimal"))
            window.installEventFilter(&exitAtPaint);
        window.show();
        if (mode == QLatin1String("minimal-rss"))
            QTimer::singleShot(idleSeconds * 1000, [] { std::printf("%.1f\n", rssMiB()); QCoreApplication::quit(); });
        return QApplication::exec();
    }
    if (mode == QLatin1String("main") || mode == QLatin1String("idle-rss")) {
        ui::MainWindow::setFirstRunWizardEnabled(false);
        ui::MainWindow window;
        if (mode == QLatin1String("main"))
            window.installEventFilter(&exitAtPaint);
        window.show();
        if (mode == QLatin1String("idle-rss"))
            QTimer::singleShot(idleSeconds * 1000, [&window] {
                std::printf("%.1f %d\n", rssMiB(), window.instanceModel()->rowCount());
                QCoreApplication::quit();
            });
        return QApplication::exec();
    }
    if (mode == QLatin1String("follow") && argc > 2)
        return follow(QString::fromLocal8Bit(argv[2]));
    std::fprintf(stderr, "usage: bench_gui prepare DIR | minimal | main | idle-rss [S] | minimal-rss [S] | follow CONTAINER\n");
    return 2;
}
