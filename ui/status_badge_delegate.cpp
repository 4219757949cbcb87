#include "status_badge_delegate.h"

#include "member_table_model.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace {
constexpr int Padding = 6;
constexpr int Gap = 5;

double luminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

QColor blend(const QColor &over, const QColor &under, double share)
{
    return QColor::fromRgbF(float(over.redF() * share + under.redF() * (1 - share)),
                            float(over.greenF() * share + under.greenF() * (1 - share)),
                            float(over.blueF() * share + under.blueF() * (1 - share)));
}

int markSide(const QFontMetrics &metrics)
{
    return std::max(6, metrics.height() / 2);
}
} // namespace

double StatusBadge::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

StatusBadge StatusBadge::of(MemberStatus status, const QString &text, const QPalette &palette)
{
    StatusBadge badge;
    badge.text = text;
    switch (status) {
    case MemberStatus::Active:
        badge.mark = Mark::Dot;
        badge.accent = QColor(0x00, 0x9e, 0x73); // bluish green
        break;
    case MemberStatus::Pending:
        badge.mark = Mark::Ring;
        badge.accent = QColor(0xe6, 0x9f, 0x00); // orange
        break;
    case MemberStatus::Deactivated:
        badge.mark = Mark::Bar;
        badge.accent = QColor(0xd5, 0x5e, 0x00); // vermillion
        break;
    case MemberStatus::Unlisted:
        badge.mark = Mark::Diamond;
        badge.accent = QColor(0xcc, 0x79, 0xa7); // reddish purple
        badge.border = Qt::DashLine;
        break;
    case MemberStatus::Unknown:
        badge.mark = Mark::None;
        badge.accent = palette.color(QPalette::PlaceholderText);
        badge.border = Qt::DotLine;
        break;
    }
    const QColor base = palette.color(QPalette::Base);
    const bool dark = luminance(base) < 0.2;
    badge.fill = blend(badge.accent, base, dark ? 0.28 : 0.16);
    badge.textColor = palette.color(QPalette::Text);
    if (contrast(badge.textColor, badge.fill) < 4.5) {
        badge.textColor = contrast(Qt::black, badge.fill) >= contrast(Qt::white, badge.fill)
                              ? QColor(Qt::black)
                              : QColor(Qt::white);
    }
    return badge;
}

int StatusBadgeDelegate::extraWidth(const QFontMetrics &metrics)
{
    return 2 * Padding + markSide(metrics) + Gap + 8;
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant statusValue = index.data(MemberTableModel::StatusRole);
    if (!statusValue.isValid() || text.isEmpty())
        return;
    const StatusBadge badge =
        StatusBadge::of(MemberStatus(statusValue.toInt()), text, option.palette);
    const QFontMetrics metrics(opt.font);
    const int side = markSide(metrics);
    const int height = std::min(opt.rect.height() - 2, metrics.height() + 4);
    const int widest = opt.rect.width() - 6;
    const int natural = metrics.horizontalAdvance(text);
    const int textWidth = std::min(natural, widest - 2 * Padding - side - Gap);
    if (textWidth <= 0)
        return;
    const QRectF pill(opt.rect.left() + 3, opt.rect.top() + (opt.rect.height() - height) / 2.0,
                      2 * Padding + side + Gap + textWidth, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen border(badge.accent, 1.2, badge.border);
    painter->setPen(border);
    painter->setBrush(badge.fill);
    painter->drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);

    const QRectF mark(pill.left() + Padding, pill.center().y() - side / 2.0, side, side);
    painter->setPen(QPen(badge.accent, 1.6));
    switch (badge.mark) {
    case StatusBadge::Mark::Dot:
        painter->setBrush(badge.accent);
        painter->drawEllipse(mark);
        break;
    case StatusBadge::Mark::Ring:
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(mark.adjusted(0.8, 0.8, -0.8, -0.8));
        break;
    case StatusBadge::Mark::Bar:
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(mark.adjusted(0.8, 0.8, -0.8, -0.8));
        painter->drawLine(
            QLineF(mark.bottomLeft() + QPointF(1.5, -1.5), mark.topRight() + QPointF(-1.5, 1.5)));
        break;
    case StatusBadge::Mark::Diamond: {
        QPainterPath diamond;
        diamond.moveTo(mark.center().x(), mark.top());
        diamond.lineTo(mark.right(), mark.center().y());
        diamond.lineTo(mark.center().x(), mark.bottom());
        diamond.lineTo(mark.left(), mark.center().y());
        diamond.closeSubpath();
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(diamond);
        break;
    }
    case StatusBadge::Mark::None:
        break;
    }
    painter->setPen(badge.textColor);
    painter->setFont(opt.font);
    const QRectF textRect(mark.right() + Gap, pill.top(), textWidth + 1, pill.height());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      textWidth < natural ? metrics.elidedText(text, Qt::ElideRight, textWidth)
                                          : text);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = MemberRowDelegate::sizeHint(option, index);
    size.rwidth() += extraWidth(option.fontMetrics);
    return size;
}
