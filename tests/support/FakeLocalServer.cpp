// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeLocalServer.h"

#include <QFile>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <cstring>
#endif

namespace dd::test {

QByteArray FakeLocalServer::Request::requestLine() const
{
    const qsizetype end = head.indexOf("\r\n");
    return end < 0 ? head : head.left(end);
}

QByteArray FakeLocalServer::Request::header(QByteArrayView name) const
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && QByteArrayView(line).first(colon).compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

bool FakeLocalServer::Request::hasHeader(QByteArrayView name) const
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && QByteArrayView(line).first(colon).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

FakeLocalServer::FakeLocalServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QLocalServer::newConnection, this, &FakeLocalServer::onNewConnection);
}

FakeLocalServer::~FakeLocalServer()
{
    if (m_socket)
        m_socket->disconnect(this);
    m_server.close();
}

bool FakeLocalServer::listen()
{
    if (!m_dir.isValid())
        return false;
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    return m_server.listen(m_dir.filePath(QStringLiteral("engine.sock")));
}

QString FakeLocalServer::serverName() const
{
    return m_server.fullServerName();
}

QString FakeLocalServer::unusedPath(const QString &name) const
{
    return m_dir.filePath(name);
}

QList<FakeLocalServer::Step> FakeLocalServer::sendInPieces(const QByteArray &bytes, qsizetype piece, int delayMs)
{
    QList<Step> steps;
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        steps.append(send(bytes.mid(at, piece), at == 0 ? 0 : delayMs));
    return steps;
}

void FakeLocalServer::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    runNextStep();
}

void FakeLocalServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        if (m_socket)
            m_socket->disconnect(this);
        m_socket = socket;
        ++m_connections;
        m_request = Request{};
        m_parseOffset = 0;
        m_nextStep = 0;
        m_paused = false;
        m_scriptStarted = false;
        m_scriptDone = false;
        m_clientDisconnected = false;
        connect(socket, &QLocalSocket::readyRead, this, &FakeLocalServer::onReadyRead);
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            if (socket != m_socket)
                return;
            m_clientDisconnected = true;
            Q_EMIT disconnected();
        });
        onReadyRead();
    }
}

void FakeLocalServer::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    m_request.raw += data;
    parseRequest();
    Q_EMIT bytesReceived();
    if (m_request.complete && !m_scriptStarted) {
        m_scriptStarted = true;
        Q_EMIT requestComplete();
        runNextStep();
    }
}

void FakeLocalServer::parseRequest()
{
    Request &r = m_request;
    if (!r.headComplete) {
        const qsizetype end = r.raw.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        r.head = r.raw.left(end);
        r.headComplete = true;
        m_parseOffset = end + 4;
        r.chunked = r.header("Transfer-Encoding").compare("chunked", Qt::CaseInsensitive) == 0;
        if (r.hasHeader("Content-Length"))
            r.contentLength = r.header("Content-Length").toLongLong();
    }
    if (r.complete)
        return;
    if (r.chunked) {
        for (;;) {
            const qsizetype lineEnd = r.raw.indexOf("\r\n", m_parseOffset);
            if (lineEnd < 0)
                return;
            QByteArray sizeField = r.raw.mid(m_parseOffset, lineEnd - m_parseOffset);
            const qsizetype semicolon = sizeField.indexOf(';');
            if (semicolon >= 0)
                sizeField.truncate(semicolon);
            bool ok = false;
            const qint64 size = sizeField.trimmed().toLongLong(&ok, 16);
            if (!ok)
                return; // malformed; the test sees an incomplete request
            if (size == 0) {
                if (r.raw.size() < lineEnd + 4)
                    return;
                r.complete = true;
                return;
            }
            if (r.raw.size() < lineEnd + 2 + size + 2)
                return;
            r.body += r.raw.mid(lineEnd + 2, size);
            m_parseOffset = lineEnd + 2 + size + 2;
        }
    }
    const qint64 length = qMax<qint64>(0, r.contentLength);
    const qint64 take = qMin<qint64>(r.raw.size() - m_parseOffset, length) - r.body.size();
    if (take > 0)
        r.body += r.raw.mid(m_parseOffset + r.body.size(), take);
    r.complete = r.body.size() >= length;
}

void FakeLocalServer::runNextStep()
{
    if (!m_socket || m_paused)
        return;
    if (m_nextStep >= m_script.size()) {
        m_scriptDone = true;
        return;
    }
    const Step step = m_script.at(m_nextStep++);
    auto run = [this, step] {
        if (!m_socket)
            return;
        switch (step.kind) {
        case Step::Kind::Send:
            m_socket->write(step.bytes);
            m_socket->flush();
            break;
        case Step::Kind::Pause:
            m_paused = true;
            return;
        case Step::Kind::Close:
            m_socket->disconnectFromServer();
            break;
        }
        runNextStep();
    };
    if (step.delayMs > 0)
        QTimer::singleShot(step.delayMs, this, run);
    else
        run();
}

#ifdef Q_OS_UNIX
namespace {

bool socketAddress(const QString &path, sockaddr_un *addr)
{
    const QByteArray encoded = QFile::encodeName(path);
    *addr = sockaddr_un{};
    if (size_t(encoded.size()) >= sizeof(addr->sun_path))
        return false;
    addr->sun_family = AF_UNIX;
    std::memcpy(addr->sun_path, encoded.constData(), size_t(encoded.size()));
    return true;
}

} // namespace
#endif

bool FakeLocalServer::createRefusingSocketFile(const QString &path)
{
#ifdef Q_OS_UNIX
    sockaddr_un addr{};
    if (!socketAddress(path, &addr))
        return false;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    // Bound but never listening: the file stays after close, and connect() is refused.
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return false;
#endif
}

BacklogFullSocket::BacklogFullSocket(const QString &path)
{
#ifdef Q_OS_UNIX
    sockaddr_un addr{};
    if (!socketAddress(path, &addr))
        return;
    m_listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0
        || ::listen(m_listener, 0) != 0)
        return;
    // With a backlog of 0 one connection nobody accepts fills the queue; the next
    // non-blocking connect() gets EAGAIN, and QLocalSocket keeps retrying.
    m_filler = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (m_filler < 0 || ::connect(m_filler, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0)
        return;
    m_valid = true;
#else
    Q_UNUSED(path);
#endif
}

BacklogFullSocket::~BacklogFullSocket()
{
#ifdef Q_OS_UNIX
    if (m_filler >= 0)
        ::close(m_filler);
    if (m_listener >= 0)
        ::close(m_listener);
#endif
}

} // namespace dd::test
