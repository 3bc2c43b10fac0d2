// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QLocalServer>
#include <QLocalSocket>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

namespace dd::test {

// A stand-in engine on a QLocalServer: listens on a socket in a fresh temporary folder,
// captures what the client sends, and once the request is whole plays a script of
// response steps. Steps that wait for the test (pause) make "the client saw X before the
// server sent Y" provable without timing guesses.
class FakeLocalServer : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        enum class Kind { Send, Pause, Close };
        Kind kind = Kind::Send;
        QByteArray bytes;
        int delayMs = 0; // before the step runs
    };

    // What the client sent, as far as it came.
    struct Request
    {
        QByteArray raw;         // every byte received
        QByteArray head;        // request line and headers, without the blank line
        QByteArray body;        // de-chunked when sent chunked
        bool headComplete = false;
        bool complete = false;  // head and the whole body arrived
        bool chunked = false;
        qint64 contentLength = -1;

        QByteArray requestLine() const;
        // First header of that name, case-insensitive; empty when absent.
        QByteArray header(QByteArrayView name) const;
        bool hasHeader(QByteArrayView name) const;
    };

    explicit FakeLocalServer(QObject *parent = nullptr);
    ~FakeLocalServer() override;

    bool listen();
    // The full socket path to connect to.
    QString serverName() const;
    // A path in the same temporary folder where nothing listens.
    QString unusedPath(const QString &name) const;

    // The script played on every connection once its request is complete.
    void setScript(const QList<Step> &steps) { m_script = steps; }
    static Step send(const QByteArray &bytes, int delayMs = 0) { return {Step::Kind::Send, bytes, delayMs}; }
    static Step pause() { return {Step::Kind::Pause, {}, 0}; }
    static Step close(int delayMs = 0) { return {Step::Kind::Close, {}, delayMs}; }
    // Sends the whole body cut into pieces of `piece` bytes, with `delayMs` between them.
    static QList<Step> sendInPieces(const QByteArray &bytes, qsizetype piece, int delayMs);

    // Carries on after a pause() step.
    void resume();
    bool isPaused() const { return m_paused; }

    const Request &request() const { return m_request; }
    int connectionCount() const { return m_connections; }
    bool clientDisconnected() const { return m_clientDisconnected; }
    bool scriptDone() const { return m_scriptDone; }
    // Bytes of request body received so far (de-chunked), for flow-control checks.
    qint64 bodyBytesReceived() const { return m_request.body.size(); }

    // Creates a unix socket file nothing listens on (bound, never listening), so
    // connecting is refused rather than not found. False where unsupported.
    static bool createRefusingSocketFile(const QString &path);

Q_SIGNALS:
    void requestComplete();
    void bytesReceived();
    void disconnected();

private:
    void onNewConnection();
    void onReadyRead();
    void parseRequest();
    void runNextStep();

    QTemporaryDir m_dir;
    QLocalServer m_server;
    QPointer<QLocalSocket> m_socket;
    QList<Step> m_script;
    qsizetype m_nextStep = 0;
    Request m_request;
    qsizetype m_parseOffset = 0;   // where chunk decoding continues in raw
    bool m_paused = false;
    bool m_scriptStarted = false;
    bool m_scriptDone = false;
    bool m_clientDisconnected = false;
    int m_connections = 0;
};

// A unix socket whose accept queue is full: connecting neither succeeds nor fails, which
// is how a hung engine looks, so connect timeouts can be tested. Holds its descriptors
// until destroyed. Invalid where unsupported.
class BacklogFullSocket
{
public:
    explicit BacklogFullSocket(const QString &path);
    ~BacklogFullSocket();
    BacklogFullSocket(const BacklogFullSocket &) = delete;
    BacklogFullSocket &operator=(const BacklogFullSocket &) = delete;
    bool isValid() const { return m_valid; }

private:
    int m_listener = -1;
    int m_filler = -1;
    bool m_valid = false;
};

} // namespace dd::test
