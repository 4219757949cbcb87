#include "two_line_item_delegate.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int Padding = 6;
constexpr int IconSize = 24;
} // namespace

void TwoLineItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString subtitle = index.data(m_subtitleRole).toString();
    const QIcon icon = opt.icon;
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect area = opt.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    const QRect iconRect(area.left(), area.top() + (area.height() - IconSize) / 2, IconSize,
                         IconSize);
    if (!icon.isNull())
        icon.paint(painter, iconRect);
    const QRect text = icon.isNull() ? area : area.adjusted(IconSize + Padding, 0, 0, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;

    painter->save();
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QFontMetrics boldMetrics(bold);
    const QRect titleRect(text.left(), text.top(), text.width(), boldMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideRight, text.width()));
    painter->setFont(opt.font);
    QColor quiet =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(quiet);
    const QFontMetrics metrics(opt.font);
    const QRect subtitleRect(text.left(), titleRect.bottom() + 1, text.width(), metrics.height());
    painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(subtitle, Qt::ElideRight, text.width()));
    // The keyboard's place, plain to see whatever the style makes of focus on a selected row.
    if ((opt.state & QStyle::State_HasFocus) && opt.widget && opt.widget->hasFocus()) {
        QPen frame(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        frame.setWidth(2);
        frame.setStyle(Qt::DotLine);
        painter->setPen(frame);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(opt.rect.adjusted(2, 2, -2, -2));
    }
    painter->restore();
}

QSize TwoLineItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(index);
    QFont bold = option.font;
    bold.setBold(true);
    const int height =
        QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 1 + Padding;
    return {200, height};
}
