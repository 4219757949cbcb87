// Terminal on POSIX systems (Linux, macOS, the BSDs).
#include "terminal.h"

#include <termios.h>
#include <unistd.h>

bool Terminal::isTerminal(std::FILE *stream)
{
    return isatty(fileno(stream)) == 1;
}

Terminal::EchoOff::EchoOff()
{
    termios mode{};
    if (tcgetattr(STDIN_FILENO, &mode) != 0)
        return;
    m_saved = mode.c_lflag;
    mode.c_lflag &= ~tcflag_t(ECHO);
    m_changed = tcsetattr(STDIN_FILENO, TCSAFLUSH, &mode) == 0;
}

Terminal::EchoOff::~EchoOff()
{
    termios mode{};
    if (!m_changed || tcgetattr(STDIN_FILENO, &mode) != 0)
        return;
    mode.c_lflag = tcflag_t(m_saved);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &mode);
}
