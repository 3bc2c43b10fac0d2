// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/PasswordPrompt.h"

#include <QTextStream>

#include <cstdio>
#include <string>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace dd::cli {

namespace {

// Turns the terminal's echo off for as long as it lives; does nothing when stdin is no terminal.
class HiddenTyping
{
public:
    HiddenTyping()
    {
#if defined(Q_OS_UNIX)
        if (::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#elif defined(Q_OS_WIN)
        m_input = ::GetStdHandle(STD_INPUT_HANDLE);
        if (::_isatty(::_fileno(stdin)) && ::GetConsoleMode(m_input, &m_saved))
            m_active = ::SetConsoleMode(m_input, m_saved & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#endif
    }
    ~HiddenTyping()
    {
        if (!m_active)
            return;
#if defined(Q_OS_UNIX)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#elif defined(Q_OS_WIN)
        ::SetConsoleMode(m_input, m_saved);
#endif
    }
    HiddenTyping(const HiddenTyping &) = delete;
    HiddenTyping &operator=(const HiddenTyping &) = delete;
    bool active() const { return m_active; }

private:
    bool m_active = false;
#if defined(Q_OS_UNIX)
    termios m_saved{};
#elif defined(Q_OS_WIN)
    HANDLE m_input = nullptr;
    DWORD m_saved = 0;
#endif
};

} // namespace

std::optional<QString> readSecretLine(QTextStream &prompt, const QString &question)
{
    HiddenTyping hidden;
    if (hidden.active())
        prompt << question << Qt::flush;
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (hidden.active())
        prompt << Qt::endl;  // the Enter the user typed was not echoed either
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace dd::cli
