#pragma once

#include <QStyledItemDelegate>

class AvatarCache;

// The member table's picture column: the member's avatar (MemberTableModel::AvatarUrlRole) in a
// circle as high as the row allows, at most MaxSide; a faint circle while it loads or when
// there is none to be had. Painting a row is what asks AvatarCache for its picture, so only the
// rows on screen are fetched. A picture that cannot be had says why in the cell's tooltip.
class AvatarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int MaxSide = 24;
    static constexpr int Margin = 3;

    explicit AvatarDelegate(AvatarCache *cache, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    AvatarCache *m_cache;
};
