#include "status_report.h"

#include <QPushButton>
#include <QStatusBar>

StatusReport::StatusReport(QStatusBar *statusBar, RunLog &log, QObject *parent)
    : QObject(parent), m_statusBar(statusBar), m_log(log)
{
    // A message wider than the window can still be read whole, in the tooltip.
    if (m_statusBar)
        connect(m_statusBar, &QStatusBar::messageChanged, m_statusBar, &QWidget::setToolTip);
}

void StatusReport::report(RunLog::Level level, const QString &text)
{
    show(text, level == RunLog::Level::Info ? InfoMs : 0);
    m_log.append(level, text);
}

void StatusReport::show(const QString &text, int timeoutMs)
{
    dropOffer();
    if (m_statusBar)
        m_statusBar->showMessage(text, timeoutMs);
}

void StatusReport::offer(RunLog::Level level, const QString &text, const QString &actionText,
                         const QString &objectName, std::function<void()> act)
{
    show(text, 0);
    m_log.append(level, text);
    if (!m_statusBar)
        return;
    auto *button = new QPushButton(actionText, m_statusBar);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(actionText).remove(u'&'));
    button->setFlat(true);
    m_statusBar->addPermanentWidget(button);
    m_offerButton = button;
    connect(button, &QPushButton::clicked, this, [this, act = std::move(act)] {
        dropOffer();
        act();
    });
}

void StatusReport::updateOffer(const QString &text)
{
    if (m_statusBar)
        m_statusBar->showMessage(text, 0);
}

void StatusReport::dropOffer()
{
    if (!m_offerButton)
        return;
    if (m_statusBar)
        m_statusBar->removeWidget(m_offerButton);
    m_offerButton->hide();
    m_offerButton->deleteLater();
    m_offerButton.clear();
}
