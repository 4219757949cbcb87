#pragma once

#include <QStringList>
#include <functional>

class CliCommand;
class CliContext;

// One roster-cli command: the words that name it, what it does, and how to make it.
struct CommandEntry
{
    QStringList words;
    const char *summary; // translated in the context "CommandTable"
    std::function<CliCommand *(CliContext &context)> make;
};

// Every command, in the order --help lists them.
const QList<CommandEntry> &commandTable();
