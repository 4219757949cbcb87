#include "noted_form_layout.h"

#include "field_note.h"

#include <QAbstractScrollArea>
#include <QLabel>
#include <QPlainTextEdit>

NotedFormLayout::NotedFormLayout(QWidget *parent) : QGridLayout(parent)
{
    setColumnStretch(1, 1);
}

int NotedFormLayout::addRow(const QString &label, QWidget *field, FieldNote *note, QWidget *shown)
{
    QWidget *top = shown ? shown : field;
    QWidget *content = note ? FieldNote::stack(top, note) : top;
    content->setFocusProxy(field);
    auto *caption = new QLabel(label, parentWidget());
    caption->setBuddy(field);
    // A caption sits level with a one-line field, and at the top of a taller one.
    const bool tall = qobject_cast<QAbstractScrollArea *>(field) != nullptr ||
                      top->sizeHint().height() > 2 * caption->sizeHint().height();
    if (tall) {
        caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        caption->setContentsMargins(0, 4, 0, 0);
    } else {
        caption->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        caption->setMinimumHeight(top->sizeHint().height());
    }
    const int row = int(m_rows.size());
    addWidget(caption, row, 0, Qt::AlignTop);
    addWidget(content, row, 1);
    m_rows.append({caption, content});
    return row;
}

int NotedFormLayout::addRow(QWidget *widget)
{
    const int row = int(m_rows.size());
    addWidget(widget, row, 1);
    m_rows.append({nullptr, widget});
    return row;
}

void NotedFormLayout::setRowVisible(int row, bool visible)
{
    const Row &found = m_rows.at(row);
    if (found.label)
        found.label->setVisible(visible);
    found.content->setVisible(visible);
}
