// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace dd::ui {

// One window per account: a second launch (the menu entry clicked again, a desktop file opened
// while the app sits in the tray) brings the running window to the front and ends, instead of a
// second window whose tray, engine watch and operations would run next to the first.
//
// The first window listens on a local socket (QLocalServer: a Unix socket only its user can open,
// a named pipe on Windows); a later launch connects, sends "show" and waits for "shown". A socket
// left by a window that crashed answers nobody and is replaced. The instances' own locks
// (operations/InstanceLock.h) still keep a window and the command line apart.
class SingleWindow : public QObject
{
    Q_OBJECT
public:
    explicit SingleWindow(QObject *parent = nullptr);
    ~SingleWindow() override;

    // One name per data folder, so per account, and test runs with a DD_DATA_DIR of their own
    // never meet the user's window.
    static QString serverName();

    enum class Answer { Shown, NoneRunning, NoAnswer };
    // Asks the window of this data folder, if one runs, to come to the front. Blocks for at most
    // `timeoutMs`: it runs before there is a window or an event loop. With no window running the
    // connect fails at once; a running one answers from its event loop in milliseconds (its UI
    // thread never blocks), so a second is plenty and a hung one keeps the launch waiting no longer.
    static Answer askRunningWindowToShow(int timeoutMs = 1000);
    // What a second launch says on stderr before it ends; the exit code (0: the window was
    // brought to the front; 1: one runs but does not answer).
    static int reportRunning(Answer answer);

    // Listens for later launches; a socket nobody answers on is taken over. False when another
    // window started listening first: otherWindow() then says whether it came to the front.
    bool listen();
    Answer otherWindow() const { return m_otherWindow; }

Q_SIGNALS:
    void showRequested();

private:
    void answerNext();

    QLocalServer *m_server;
    Answer m_otherWindow = Answer::NoneRunning;
};

} // namespace dd::ui
