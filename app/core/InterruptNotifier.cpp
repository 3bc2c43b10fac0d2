// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/InterruptNotifier.h"

#if defined(Q_OS_UNIX)
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <QMetaObject>

#include <atomic>
#include <windows.h>
#endif

namespace dd {

InterruptNotifier::~InterruptNotifier() = default;

namespace {

#if defined(Q_OS_UNIX)

// The self-pipe: the signal handler only writes a byte (nothing else is async-signal-safe),
// a QSocketNotifier on the read end brings it into the event loop.
int g_pipe[2] = {-1, -1};

extern "C" void onInterruptSignal(int)
{
    const int saved = errno;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}

class PosixInterruptNotifier final : public InterruptNotifier
{
public:
    explicit PosixInterruptNotifier(QObject *parent) : InterruptNotifier(parent) {}

    bool setUp()
    {
        if (g_pipe[0] >= 0 || ::pipe(g_pipe) != 0)
            return false;
        for (const int fd : g_pipe) {
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        }
        m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            char buffer[64];
            while (::read(g_pipe[0], buffer, sizeof buffer) > 0) {
            }
            Q_EMIT interrupted();
        });
        struct sigaction action = {};
        action.sa_handler = onInterruptSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_previousInt);
        ::sigaction(SIGTERM, &action, &m_previousTerm);
        m_installed = true;
        return true;
    }

    ~PosixInterruptNotifier() override
    {
        if (!m_installed)
            return;
        ::sigaction(SIGINT, &m_previousInt, nullptr);
        ::sigaction(SIGTERM, &m_previousTerm, nullptr);
        delete m_notifier;
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }

private:
    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
    bool m_installed = false;
};

#elif defined(Q_OS_WIN)

// The console control handler runs on a thread of its own: it only queues the signal into the
// notifier's thread.
std::atomic<InterruptNotifier *> g_notifier{nullptr};

BOOL WINAPI onConsoleControl(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
        if (InterruptNotifier *notifier = g_notifier.load()) {
            QMetaObject::invokeMethod(notifier, &InterruptNotifier::interrupted, Qt::QueuedConnection);
            return TRUE;
        }
        return FALSE;
    default:
        return FALSE;
    }
}

class WindowsInterruptNotifier final : public InterruptNotifier
{
public:
    explicit WindowsInterruptNotifier(QObject *parent) : InterruptNotifier(parent) {}

    bool setUp()
    {
        InterruptNotifier *none = nullptr;
        if (!g_notifier.compare_exchange_strong(none, this))
            return false;
        if (!SetConsoleCtrlHandler(onConsoleControl, TRUE)) {
            g_notifier = nullptr;
            return false;
        }
        m_installed = true;
        return true;
    }

    ~WindowsInterruptNotifier() override
    {
        if (!m_installed)
            return;
        SetConsoleCtrlHandler(onConsoleControl, FALSE);
        g_notifier = nullptr;
    }

private:
    bool m_installed = false;
};

#endif

} // namespace

std::unique_ptr<InterruptNotifier> InterruptNotifier::create(QObject *parent)
{
#if defined(Q_OS_UNIX) || defined(Q_OS_WIN)
#if defined(Q_OS_UNIX)
    auto notifier = std::make_unique<PosixInterruptNotifier>(parent);
#else
    auto notifier = std::make_unique<WindowsInterruptNotifier>(parent);
#endif
    if (!notifier->setUp())
        return nullptr;
    return notifier;
#else
    Q_UNUSED(parent);
    return nullptr;
#endif
}

} // namespace dd
