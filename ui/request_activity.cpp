#include "request_activity.h"

#include "request_pacer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

using namespace Qt::StringLiterals;

RequestActivity::RequestActivity(QWidget *parent) : QWidget(parent), m_text(new QLabel(this))
{
    setObjectName(u"requestActivity"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    m_text->setObjectName(u"requestActivityText"_s);
    // A pause counts down without the pacer changing.
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &RequestActivity::refresh);
    tick->start();
    refresh();
}

void RequestActivity::setPacer(RequestPacer *pacer)
{
    disconnect(m_connection);
    m_pacer = pacer;
    if (pacer)
        m_connection = connect(pacer, &RequestPacer::changed, this, &RequestActivity::refresh);
    refresh();
}

void RequestActivity::refresh()
{
    if (!m_pacer ||
        (m_pacer->inFlight() == 0 && m_pacer->queued() == 0 && m_pacer->pausedForMs() <= 0)) {
        m_text->setText(tr("Idle"));
        m_text->setToolTip(
            m_pacer ? tr("Requests go out at up to %1 a second.").arg(m_pacer->effectiveRate())
                    : QString());
        return;
    }
    QStringList parts;
    parts << tr("%n in flight", nullptr, m_pacer->inFlight());
    if (m_pacer->queued() > 0)
        parts << tr("%n queued", nullptr, m_pacer->queued());
    if (m_pacer->pausedForMs() > 0)
        parts
            << tr("paused %1 s by the provider").arg(qint64((m_pacer->pausedForMs() + 999) / 1000));
    m_text->setText(parts.join(u" · "_s));
    m_text->setToolTip(tr("Requests go out at up to %1 a second, the workspace's budget or the "
                          "provider's limit, whichever is lower.")
                           .arg(m_pacer->effectiveRate()));
}
