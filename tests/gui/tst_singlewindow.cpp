// SPDX-License-Identifier: GPL-3.0-or-later
// One window per account, with the real program (offscreen, its own DD_DATA_DIR, no engine):
// a second launch brings the first window to the front and ends with exit code 0, the first
// goes on; a window killed with SIGKILL leaves its socket behind, and the next launch takes
// it over and is the window then; two windows of different data folders do not meet.
#include "SingleWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using dd::ui::SingleWindow;

class TestSingleWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::vector<std::unique_ptr<QProcess>> m_windows;

    QProcessEnvironment environmentFor(const QString &dataDir) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("DD_DATA_DIR"), dataDir);
        env.insert(QStringLiteral("DD_SECRET_STORE"), QStringLiteral("file:") + m_tmp.filePath(QStringLiteral("secrets.yaml")));
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + m_tmp.filePath(QStringLiteral("no-engine.sock")));
        env.insert(QStringLiteral("DD_REGISTRY_URL"), QStringLiteral("http://127.0.0.1:9"));  // no update check leaves the machine
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dd.ui.info=true"));
        return env;
    }
    QProcess *launch(const QString &dataDir)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environmentFor(dataDir));
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(QStringLiteral(DD_CLI_BINARY), {});
        m_windows.push_back(std::move(process));
        return m_windows.back().get();
    }
    // Until the window of `dataDir` answers on its socket (asked from here, as a launch would).
    static bool answers(const QString &dataDir, int timeoutMs)
    {
        qputenv("DD_DATA_DIR", QFile::encodeName(dataDir));
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            if (SingleWindow::askRunningWindowToShow(1000) == SingleWindow::Answer::Shown)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void aSecondLaunchBringsTheFirstToTheFront()
    {
        const QString data = m_tmp.filePath(QStringLiteral("one"));
        QProcess *first = launch(data);
        QVERIFY(first->waitForStarted(10000));
        QVERIFY2(answers(data, 30000), qPrintable(QString::fromUtf8(first->readAll())));

        QTest::qWait(300);
        first->readAll();  // what our own asking made it say
        QProcess *second = launch(data);
        QVERIFY2(second->waitForFinished(20000), "the second launch did not end");
        const QString said = QString::fromUtf8(second->readAll());
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QVERIFY2(second->exitCode() == 0, qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("already open; its window was brought to the front")), qPrintable(said));
        QCOMPARE(first->state(), QProcess::Running);
        QByteArray firstSaid;
        QTRY_VERIFY2_WITH_TIMEOUT((firstSaid += first->readAll()).contains("a second launch asked for the window"),
                                  firstSaid.constData(), 10000);

        // Another data folder is another window.
        QProcess *other = launch(m_tmp.filePath(QStringLiteral("two")));
        QVERIFY(other->waitForStarted(10000));
        QVERIFY(answers(m_tmp.filePath(QStringLiteral("two")), 30000));
        QCOMPARE(other->state(), QProcess::Running);
        other->kill();
        other->waitForFinished(10000);

        // Killed outright: its socket stays behind and answers nobody; the next launch is the window.
        first->kill();
        QVERIFY(first->waitForFinished(10000));
        qputenv("DD_DATA_DIR", QFile::encodeName(data));
        QCOMPARE(SingleWindow::askRunningWindowToShow(1000), SingleWindow::Answer::NoneRunning);
        QProcess *next = launch(data);
        QVERIFY(next->waitForStarted(10000));
        QVERIFY2(answers(data, 30000), qPrintable(QString::fromUtf8(next->readAll())));
        QVERIFY2(!next->waitForFinished(1000), qPrintable(QString::fromUtf8(next->readAll())));
        QProcess *again = launch(data);
        QVERIFY(again->waitForFinished(20000));
        QCOMPARE(again->exitCode(), 0);
        next->kill();
        next->waitForFinished(10000);
    }

    void cleanupTestCase()
    {
        for (auto &process : m_windows) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(10000);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSingleWindow)
#include "tst_singlewindow.moc"
