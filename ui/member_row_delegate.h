#pragma once

#include <QStyledItemDelegate>

// The member table's cells: the text of a deactivated or no longer listed member's row in the
// palette's placeholder colour, so that such rows read as dimmed (but stay readable); a cell
// whose text is elided shows it whole in its tooltip.
class MemberRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Whether the row of `index` (MemberTableModel::StatusRole) is shown dimmed.
    static bool isDimmed(const QModelIndex &index);
    // The colour of a dimmed row's text: the placeholder colour, made opaque over the base.
    static QColor dimmedText(const QPalette &palette);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
