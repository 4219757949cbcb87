#include "issue_cell_delegate.h"

#include "inline_message.h"

QColor IssueCellDelegate::issueBackground(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor tone = InlineMessage::toneColor(InlineMessage::Type::Error, palette);
    constexpr qreal amount = 0.28;
    return QColor::fromRgbF(base.redF() + (tone.redF() - base.redF()) * amount,
                            base.greenF() + (tone.greenF() - base.greenF()) * amount,
                            base.blueF() + (tone.blueF() - base.blueF()) * amount);
}

void IssueCellDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(HasIssueRole).toBool())
        option->backgroundBrush = issueBackground(option->palette);
}
