#include "form_scroll_area.h"

#include <QEvent>
#include <QScrollBar>

namespace {
// Enough of a form to work in when the screen is small.
constexpr int MinimumLines = 8;
} // namespace

FormScrollArea::FormScrollArea(QWidget *form, QWidget *parent) : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(form);
    viewport()->setBackgroundRole(QPalette::Window);
    form->setBackgroundRole(QPalette::Window);
}

QSize FormScrollArea::sizeHint() const
{
    const QSize form = widget() ? widget()->sizeHint() : QSize();
    return {form.width() + verticalScrollBar()->sizeHint().width(), form.height()};
}

QSize FormScrollArea::minimumSizeHint() const
{
    const QSize form = widget() ? widget()->minimumSizeHint() : QSize();
    return {form.width() + verticalScrollBar()->sizeHint().width(),
            std::min(form.height(), fontMetrics().lineSpacing() * MinimumLines)};
}

bool FormScrollArea::hasHeightForWidth() const
{
    return widget() && widget()->hasHeightForWidth();
}

int FormScrollArea::heightForWidth(int width) const
{
    return widget()->heightForWidth(width - verticalScrollBar()->sizeHint().width());
}

bool FormScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}
