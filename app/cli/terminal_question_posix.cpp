#include "terminal_question.h"

#include <QSocketNotifier>
#include <unistd.h>

void TerminalQuestion::waitForLine()
{
    m_pending.clear();
    m_notifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &TerminalQuestion::readLine);
}

void TerminalQuestion::readLine()
{
    char buffer[256];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count <= 0) {
        m_notifier.reset();
        return Q_EMIT closed();
    }
    m_pending.append(buffer, count);
    const qsizetype end = m_pending.indexOf('\n');
    if (end < 0)
        return;
    m_notifier.reset();
    Q_EMIT answered(QString::fromLocal8Bit(m_pending.first(end)).trimmed());
}
