#include "status_report.h"

#include <QStatusBar>

StatusReport::StatusReport(QStatusBar *statusBar, RunLog &log, QObject *parent)
    : QObject(parent), m_statusBar(statusBar), m_log(log)
{}

void StatusReport::report(RunLog::Level level, const QString &text)
{
    show(text, level == RunLog::Level::Info ? InfoMs : 0);
    m_log.append(level, text);
}

void StatusReport::show(const QString &text, int timeoutMs)
{
    if (m_statusBar)
        m_statusBar->showMessage(text, timeoutMs);
}
