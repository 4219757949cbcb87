#include "member_row_delegate.h"

#include "member_status.h"
#include "member_table_model.h"

bool MemberRowDelegate::isDimmed(const QModelIndex &index)
{
    const QVariant status = index.data(MemberTableModel::StatusRole);
    if (!status.isValid())
        return false;
    const auto value = MemberStatus(status.toInt());
    return value == MemberStatus::Deactivated || value == MemberStatus::Unlisted;
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
