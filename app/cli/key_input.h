#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// An API key typed or piped into roster-cli: read from standard input (--key-stdin), or asked
// for with the echo off when standard input is a terminal. Never written anywhere.
class KeyInput
{
    Q_DECLARE_TR_FUNCTIONS(KeyInput)
public:
    static std::optional<QString> readStdin(QString *error);
    static bool stdinIsTerminal();
    // Prompts on stderr with `prompt` and reads one line without echoing it.
    static std::optional<QString> askHidden(const QString &prompt, QString *error);
};
