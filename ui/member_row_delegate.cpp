#include "member_row_delegate.h"

#include "member_status.h"
#include "member_table_model.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

bool MemberRowDelegate::isDimmed(const QModelIndex &index)
{
    const QVariant status = index.data(MemberTableModel::StatusRole);
    if (!status.isValid())
        return false;
    return memberIsInactive(MemberStatus(status.toInt()));
}

QColor MemberRowDelegate::dimmedText(const QPalette &palette)
{
    const QColor placeholder = palette.color(QPalette::PlaceholderText);
    const QColor base = palette.color(QPalette::Base);
    const float share = placeholder.alphaF();
    return QColor::fromRgbF(placeholder.redF() * share + base.redF() * (1 - share),
                            placeholder.greenF() * share + base.greenF() * (1 - share),
                            placeholder.blueF() * share + base.blueF() * (1 - share));
}

void MemberRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!isDimmed(index))
        return;
    // Opaque, so that plain and alternate rows dim alike.
    const QColor quiet = dimmedText(option->palette);
    option->palette.setColor(QPalette::Text, quiet);
    option->palette.setColor(QPalette::WindowText, quiet);
}

bool MemberRowDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && !index.data(Qt::ToolTipRole).isValid()) {
        const QString text = index.data(Qt::DisplayRole).toString();
        const int room = option.rect.width() - 2 * (option.fontMetrics.averageCharWidth() + 2);
        if (!text.isEmpty() && option.fontMetrics.horizontalAdvance(text) > room) {
            QToolTip::showText(event->globalPos(), text, view, option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
