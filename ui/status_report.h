#pragma once

#include "run_log.h"

#include <QObject>
#include <QPointer>
#include <QPushButton>
#include <functional>

class QStatusBar;

// What the window tells about what it did, in one call: the message in the status bar and the
// same line in the run log, at its level. Information stays in the status bar for a while;
// warnings and errors stay until the next message, so that they are not missed.
class StatusReport : public QObject
{
    Q_OBJECT
public:
    static constexpr int InfoMs = 8000;

    // `statusBar` and `log` are not owned; `log` must outlive the report.
    StatusReport(QStatusBar *statusBar, RunLog &log, QObject *parent = nullptr);

    void info(const QString &text) { report(RunLog::Level::Info, text); }
    void warning(const QString &text) { report(RunLog::Level::Warning, text); }
    void error(const QString &text) { report(RunLog::Level::Error, text); }
    void report(RunLog::Level level, const QString &text);
    // Only shown, never logged: what is going on now ("Loading members…"), or a passing remark.
    // `timeoutMs` 0 keeps it until the next message.
    void show(const QString &text, int timeoutMs = 0);
    // Reports `text` like report(), kept until the next message, with a button beside it that
    // runs `act` once ("Reactivate these" after a deactivation). The next message removes it.
    void offer(RunLog::Level level, const QString &text, const QString &actionText,
               const QString &objectName, std::function<void()> act);
    // Replaces the shown text and keeps the offer's button: how far the offered work has come
    // ("Reading members… 312,000" beside Cancel). Not logged.
    void updateOffer(const QString &text);
    // The button of the last offer while it is shown, else nullptr.
    QPushButton *offerButton() const { return m_offerButton; }

private:
    void dropOffer();

    QPointer<QStatusBar> m_statusBar;
    QPointer<QPushButton> m_offerButton;
    RunLog &m_log;
};
