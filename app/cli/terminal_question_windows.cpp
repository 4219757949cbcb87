#include "terminal_question.h"

#include <QTimer>
#include <cstdio>

// A console handle cannot be watched as a socket: the line is read at once.
void TerminalQuestion::waitForLine()
{
    char line[256];
    const bool read = std::fgets(line, int(sizeof line), stdin) != nullptr;
    const QString answer = read ? QString::fromLocal8Bit(line).trimmed() : QString();
    QTimer::singleShot(0, this, [this, read, answer] {
        if (read)
            Q_EMIT answered(answer);
        else
            Q_EMIT closed();
    });
}

void TerminalQuestion::readLine() {}
