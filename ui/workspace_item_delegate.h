#pragma once

#include <QStyledItemDelegate>

// A workspace in the sidebar on two lines: its name, and under it its provider and connection
// state in the palette's quieter text colour.
class WorkspaceItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
