// Terminal on Windows: the console API.
#include "terminal.h"

#include <io.h>
#include <windows.h>

bool Terminal::isTerminal(std::FILE *stream)
{
    return _isatty(_fileno(stream)) != 0;
}

Terminal::EchoOff::EchoOff()
{
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return;
    m_saved = mode;
    m_changed = SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
}

Terminal::EchoOff::~EchoOff()
{
    if (m_changed)
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), DWORD(m_saved));
}
