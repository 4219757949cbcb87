#pragma once

#include <QStyledItemDelegate>

// An item on two lines: its text in bold, and under it the text of `subtitleRole` in the
// palette's quieter colour (a workspace with its provider and state, a member with their email).
class TwoLineItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    TwoLineItemDelegate(int subtitleRole, QObject *parent)
        : QStyledItemDelegate(parent), m_subtitleRole(subtitleRole)
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_subtitleRole;
};
