#pragma once

#include <QStyledItemDelegate>

// Paints the cells a model marks with HasIssueRole on a background tinted from the palette's
// error tone (as InlineMessage's), so that a problem cell stands out in light and dark themes.
class IssueCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int HasIssueRole = Qt::UserRole + 40;

    using QStyledItemDelegate::QStyledItemDelegate;

    // The tint for a palette: its base colour moved a quarter of the way to the error tone.
    static QColor issueBackground(const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
