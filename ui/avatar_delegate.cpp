#include "avatar_delegate.h"

#include "avatar_cache.h"
#include "member_table_model.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

AvatarDelegate::AvatarDelegate(AvatarCache *cache, QObject *parent)
    : QStyledItemDelegate(parent), m_cache(cache)
{}

void AvatarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    // The row's background and selection, without text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QString url = index.data(MemberTableModel::AvatarUrlRole).toString();
    if (url.isEmpty())
        return;
    const int side = std::max(8, std::min({MaxSide, option.rect.height() - 2 * Margin,
                                           option.rect.width() - 2 * Margin}));
    const QRect circle(option.rect.center().x() - side / 2 + 1,
                       option.rect.center().y() - side / 2 + 1, side, side);
    const qreal ratio = painter->device()->devicePixelRatioF();
    const QPixmap picture = m_cache ? m_cache->pixmap(url, side, ratio) : QPixmap();
    if (!picture.isNull()) {
        painter->drawPixmap(circle.topLeft(), picture);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor faint = option.palette.color(QPalette::PlaceholderText);
    faint.setAlphaF(0.25f);
    painter->setBrush(faint);
    painter->drawEllipse(circle);
    painter->restore();
}

QSize AvatarDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return QSize(MaxSide + 2 * Margin, MaxSide + 2 * Margin);
}

bool AvatarDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                               const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString url = index.data(MemberTableModel::AvatarUrlRole).toString();
    const QString problem = m_cache && !url.isEmpty() ? m_cache->problem(url) : QString();
    if (event->type() != QEvent::ToolTip || problem.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), tr("No picture: %1").arg(problem), view);
    return true;
}
