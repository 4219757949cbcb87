#include "key_input.h"

#include "secret_wipe.h"
#include "session_keys.h"
#include "terminal.h"

#include <QFile>
#include <cstdio>

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
    return Terminal::isTerminal(stdin);
}

std::optional<QString> KeyInput::askHidden(const QString &prompt, QString *error)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QByteArray line(SessionKeys::MaxKeyLength + 3, '\0');
    bool read = false;
    {
        const Terminal::EchoOff quiet;
        read = std::fgets(line.data(), int(line.size()), stdin) != nullptr;
    }
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
