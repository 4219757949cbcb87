#include "field_note.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FieldNote::FieldNote(QWidget *field, QWidget *parent)
    : QWidget(parent), m_field(field), m_icon(new QLabel(this)), m_label(new QLabel(this))
{
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setObjectName(u"fieldNoteText"_s);
    m_icon->setObjectName(u"fieldNoteIcon"_s);
    m_icon->setAccessibleName(tr("Problem"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    setAccessibleName(tr("Note"));
    refresh();
}

void FieldNote::setHint(const QString &hint)
{
    m_hint = hint;
    refresh();
}

void FieldNote::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    refresh();
}

QString FieldNote::text() const
{
    return m_problem.isEmpty() ? m_hint : m_problem;
}

QWidget *FieldNote::stack(QWidget *field, FieldNote *note)
{
    auto *row = new QWidget;
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(note);
    row->setFocusProxy(field);
    note->refresh();
    return row;
}

void FieldNote::refresh()
{
    const bool problem = !m_problem.isEmpty();
    m_label->setText(text());
    m_label->setAccessibleName(text());
    // The hint is secondary text; a problem reads like the label it sits under.
    m_label->setForegroundRole(problem ? QPalette::WindowText : QPalette::PlaceholderText);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_icon->setVisible(problem);
    if (m_field)
        m_field->setAccessibleDescription(m_problem);
    // A widget without a parent would show as a window of its own.
    if (parentWidget() || text().isEmpty())
        setVisible(!text().isEmpty());
}

void FieldNote::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        refresh();
    QWidget::changeEvent(event);
}
