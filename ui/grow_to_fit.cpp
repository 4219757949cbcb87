#include "grow_to_fit.h"

#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QTimer>
#include <QWidget>

GrowToFit::GrowToFit(QWidget *window) : QObject(window), m_window(window) {}

void GrowToFit::install(QWidget *window)
{
    window->installEventFilter(new GrowToFit(window));
}

bool GrowToFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::Show && !m_shown) {
        // Qt sizes a new window for the width its contents would like, which may be narrower
        // than its minimum: wrapped text then asks for more height than it gets at the real
        // width. The first fit sets the height for the real width.
        m_shown = true;
        m_exact = true;
    }
    if (!m_pending && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)) {
        m_pending = true;
        // Once the layout has taken the change in.
        QTimer::singleShot(0, this, &GrowToFit::fit);
    }
    return false;
}

void GrowToFit::fit()
{
    m_pending = false;
    QLayout *layout = m_window->layout();
    if (!layout || !m_window->isVisible())
        return;
    const int width = m_window->width();
    int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                             : layout->totalMinimumSize().height();
    // The window's frame (its title bar) takes screen room too.
    const int frame = m_window->frameGeometry().height() - m_window->height();
    if (const QScreen *screen = m_window->screen())
        needed = std::min(needed, screen->availableGeometry().height() - frame);
    if (needed > m_window->height() || (m_exact && needed != m_window->height()))
        m_window->resize(width, needed);
    m_exact = false;
}
