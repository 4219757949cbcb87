#include "key_input.h"

#include "secret_wipe.h"
#include "session_keys.h"

#include <QFile>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

std::optional<QString> KeyInput::readStdin(QString *error)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = tr("Cannot read the API key from standard input.");
        return std::nullopt;
    }
    // One more byte than a key may have, so that longer input is refused, not cut.
    QByteArray bytes = in.read(SessionKeys::MaxKeyLength + 3);
    const std::optional<QString> key = SessionKeys::keyFromInput(bytes, error);
    SecretWipe::wipe(bytes);
    return key;
}

bool KeyInput::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QString> KeyInput::askHidden(const QString &prompt, QString *error)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line(SessionKeys::MaxKeyLength + 3, '\0');
    const bool read = std::fgets(line.data(), int(line.size()), stdin) != nullptr;
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    if (!read) {
        SecretWipe::wipe(line);
        *error = tr("No API key was given.");
        return std::nullopt;
    }
    line.truncate(qstrnlen(line.constData(), line.size()));
    const std::optional<QString> key = SessionKeys::keyFromInput(line, error);
    SecretWipe::wipe(line);
    return key;
}
