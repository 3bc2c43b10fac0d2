// SPDX-License-Identifier: GPL-3.0-or-later
// GUI figures for issues 5 and 21, printed, never judged on time (tests/bench/bench_gui.sh runs the
// modes and computes the ratios against the baselines measured in the same run):
//   bench_gui prepare DIR [N] writes N (default 3) stored instances into the data folder DIR
//   bench_gui fresh-tags DIR  writes a fresh tag cache into DIR, so the update check asks no registry
//   bench_gui minimal         a minimal Qt Widgets window: exits once its first paint is on screen
//   bench_gui main            the main window with the stored instances: exits once its first paint
//                             is on screen; what the window starts after that paint is not counted
//   bench_gui idle-rss [S]    the main window, S seconds idle, then prints its RSS
//   bench_gui minimal-rss [S] the minimal window's RSS after S seconds (baseline)
//   bench_gui follow ID       follows container ID's log in the log view until its 1,000,000 lines
//                             are in; prints the max lateness of a 10 ms timer meanwhile (UI stall),
//                             the RSS, and the time to the first result of a search for the last line
#include "EngineWatcher.h"
#include "LogPane.h"
#include "MainWindow.h"
#include "instance/InstanceStore.h"
#include "registry/RegistrySettings.h"
#include "registry/TagCache.h"
#include "log/LogSearchController.h"
#include "logs/LogListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

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

// Ends the process right after the watched window's first paint has been flushed: the zero timer
// is queued before the window itself sees the paint, so it fires before anything the window
// queues from its first paint. _Exit skips the teardown in both modes alike: the figure is the
// cost of getting the first frame on screen (callgrind still writes its counts at exit).
class FirstPaintExit : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, [] { std::_Exit(0); });
        return QObject::eventFilter(watched, event);
    }
};

int prepare(const QString &dataDir, int count)
{
    qputenv("DD_DATA_DIR", QFile::encodeName(dataDir));
    const char *first[] = {"blog", "shop", "docs"};
    for (int i = 0; i < count; ++i) {
        const QString name = i < 3 ? QString::fromLatin1(first[i]) : QStringLiteral("site%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        instance::InstanceSpec spec = instance::InstanceSpec::create(name);
        spec.imageTag = QStringLiteral("11.1.2");
        spec.adminEmail = QStringLiteral("admin@example.com");
        if (!instance::InstanceStore(dataDir + QStringLiteral("/instances")).save(spec)) {
            std::fprintf(stderr, "cannot write the instances into %s\n", qPrintable(dataDir));
            return 1;
        }
    }
    return 0;
}

// The update check reads this cache instead of asking the registry (the lists it would fetch
// are not needed for an RSS figure: the point is what the network stack costs).
int freshTags(const QString &dataDir)
{
    qputenv("DD_DATA_DIR", QFile::encodeName(dataDir));
    const auto line = instance::ProductLine::Directus;
    const registry::RegistrySource source = registry::RegistrySettings::sourceFor(line);
    const QString path = registry::TagCache::filePath(registry::RegistrySettings::loaderSettings().cacheDir, source);
    const registry::TagCache::Entry entry{source.displayName(), {QStringLiteral("11.1.2"), QStringLiteral("11.2.0")},
                                          QDateTime::currentDateTimeUtc()};
    QString error;
    if (!registry::TagCache::write(path, entry, &error)) {
        std::fprintf(stderr, "cannot write the tag cache %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
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
        return prepare(QString::fromLocal8Bit(argv[2]), argc > 3 ? std::max(1, QByteArray(argv[3]).toInt()) : 3);
    }
    if (mode == QLatin1String("fresh-tags") && argc > 2) {
        QCoreApplication core(argc, argv);
        return freshTags(QString::fromLocal8Bit(argv[2]));
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
    std::fprintf(stderr, "usage: bench_gui prepare DIR [N] | fresh-tags DIR | minimal | main | idle-rss [S] | minimal-rss [S] | follow CONTAINER\n");
    return 2;
}
