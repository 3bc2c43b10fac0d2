// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleWindow.h"

#include "core/AppPaths.h"
#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTextStream>

namespace dd::ui {

namespace {
const QByteArray kShow = QByteArrayLiteral("show\n");
const QByteArray kShown = QByteArrayLiteral("shown\n");
} // namespace

SingleWindow::SingleWindow(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleWindow::answerNext);
}

SingleWindow::~SingleWindow() = default;

QString SingleWindow::serverName()
{
    const QByteArray folder = QDir(AppPaths::dataDir()).absolutePath().toUtf8();
    return QStringLiteral("directus-desktop-")
        + QString::fromLatin1(QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(16));
}

SingleWindow::Answer SingleWindow::askRunningWindowToShow(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(timeoutMs))
        return Answer::NoneRunning;  // no socket, or one a crashed window left (refused)
    socket.write(kShow);
    if (!socket.waitForBytesWritten(timeoutMs))
        return Answer::NoAnswer;
    QByteArray answer;
    while (!answer.contains('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer == kShown ? Answer::Shown : Answer::NoAnswer;
}

int SingleWindow::reportRunning(Answer answer)
{
    QTextStream err(stderr);
    if (answer == Answer::Shown) {
        err << tr("Directus Desktop is already open; its window was brought to the front.") << Qt::endl;
        return 0;
    }
    err << tr("Directus Desktop is already open for this account but does not answer. Close it from its tray icon "
              "(or end its process) and start it again.")
        << Qt::endl;
    return 1;
}

bool SingleWindow::listen()
{
    if (m_server->listen(serverName()))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError) {
        // Not a name conflict (no temp folder, say): run without the guard rather than not at all.
        qCWarning(ddUi, "cannot listen for a second launch: %s", qPrintable(m_server->errorString()));
        return true;
    }
    // The name is taken: by a window that answers (it started a moment before us), or by a socket
    // file a crashed one left behind.
    m_otherWindow = askRunningWindowToShow(1000);
    if (m_otherWindow != Answer::NoneRunning)
        return false;
    QLocalServer::removeServer(serverName());
    if (!m_server->listen(serverName()))
        qCWarning(ddUi, "cannot listen for a second launch: %s", qPrintable(m_server->errorString()));
    return true;
}

void SingleWindow::answerNext()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() != kShow) {
                socket->disconnectFromServer();
                return;
            }
            qCInfo(ddUi, "a second launch asked for the window: brought to the front");
            Q_EMIT showRequested();
            socket->write(kShown);
            socket->disconnectFromServer();
        });
    }
}

} // namespace dd::ui
