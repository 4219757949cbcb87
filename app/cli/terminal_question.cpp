#include "terminal_question.h"

#include "terminal.h"

#include <QSocketNotifier>
#include <cstdio>

TerminalQuestion::TerminalQuestion(QObject *parent) : QObject(parent) {}

TerminalQuestion::~TerminalQuestion() = default;

bool TerminalQuestion::canAsk()
{
    return Terminal::isTerminal(stdin) && Terminal::isTerminal(stderr);
}

void TerminalQuestion::ask(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    waitForLine();
}
