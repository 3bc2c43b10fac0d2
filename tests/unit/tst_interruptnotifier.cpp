// SPDX-License-Identifier: GPL-3.0-or-later
// InterruptNotifier: a real SIGINT/SIGTERM sent to this process arrives as interrupted() in the
// event loop instead of ending it; only one notifier at a time; the previous handlers come back.
#include "core/InterruptNotifier.h"

#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

using dd::InterruptNotifier;

class TstInterruptNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalsArriveInTheEventLoop_data();
    void signalsArriveInTheEventLoop();
    void burstsAreDrained();
    void onlyOneAtATime();
    void previousHandlersComeBack();
};

void TstInterruptNotifier::signalsArriveInTheEventLoop_data()
{
    QTest::addColumn<int>("signalNumber");
#ifdef Q_OS_UNIX
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
#endif
}

void TstInterruptNotifier::signalsArriveInTheEventLoop()
{
#ifdef Q_OS_UNIX
    QFETCH(int, signalNumber);
    const std::unique_ptr<InterruptNotifier> notifier = InterruptNotifier::create();
    QVERIFY(notifier);
    QSignalSpy spy(notifier.get(), &InterruptNotifier::interrupted);
    QCOMPARE(::kill(::getpid(), signalNumber), 0);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
#endif
}

void TstInterruptNotifier::burstsAreDrained()
{
#ifdef Q_OS_UNIX
    const std::unique_ptr<InterruptNotifier> notifier = InterruptNotifier::create();
    QVERIFY(notifier);
    QSignalSpy spy(notifier.get(), &InterruptNotifier::interrupted);
    for (int i = 0; i < 200; ++i)
        ::raise(SIGINT);
    QVERIFY(spy.wait(5000));
    // The pipe is emptied in one go, so a burst is not replayed forever.
    QTest::qWait(100);
    const qsizetype afterBurst = spy.count();
    QVERIFY(afterBurst >= 1);
    QTest::qWait(200);
    QCOMPARE(spy.count(), afterBurst);
    ::raise(SIGTERM);
    QVERIFY(spy.wait(5000));
#endif
}

void TstInterruptNotifier::onlyOneAtATime()
{
    std::unique_ptr<InterruptNotifier> first = InterruptNotifier::create();
    QVERIFY(first);
    QVERIFY(!InterruptNotifier::create());
    first.reset();
    QVERIFY(InterruptNotifier::create());
}

void TstInterruptNotifier::previousHandlersComeBack()
{
#ifdef Q_OS_UNIX
    // QTest has handlers of its own for some signals: what was there must come back, whatever it was.
    struct sigaction before = {};
    QCOMPARE(::sigaction(SIGINT, nullptr, &before), 0);
    struct sigaction termBefore = {};
    QCOMPARE(::sigaction(SIGTERM, nullptr, &termBefore), 0);
    {
        const std::unique_ptr<InterruptNotifier> notifier = InterruptNotifier::create();
        QVERIFY(notifier);
        struct sigaction during = {};
        QCOMPARE(::sigaction(SIGINT, nullptr, &during), 0);
        QVERIFY(during.sa_handler != before.sa_handler);
    }
    struct sigaction after = {};
    QCOMPARE(::sigaction(SIGINT, nullptr, &after), 0);
    QVERIFY(after.sa_handler == before.sa_handler);
    struct sigaction term = {};
    QCOMPARE(::sigaction(SIGTERM, nullptr, &term), 0);
    QVERIFY(term.sa_handler == termBefore.sa_handler);
#endif
}

QTEST_GUILESS_MAIN(TstInterruptNotifier)
#include "tst_interruptnotifier.moc"
