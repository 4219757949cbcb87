#pragma once

#include "member_row_delegate.h"
#include "member_status.h"

#include <QColor>
#include <QString>

class QPalette;

// How a member's status looks in its badge: not by colour alone. Each status has its own mark
// and border besides its colour (from the Okabe-Ito palette, told apart by colour-blind eyes)
// and always its word.
struct StatusBadge
{
    enum class Mark
    {
        Dot,     // Active: a filled dot
        Ring,    // Pending: an empty ring
        Bar,     // Deactivated: a dot struck through
        Diamond, // Not listed: an empty diamond
        None,    // Unknown, never signed in: no mark, a dotted border
    };

    QString text;
    Mark mark = Mark::None;
    QColor accent; // the mark and the border
    QColor fill;
    QColor textColor;
    Qt::PenStyle border = Qt::SolidLine;

    // The badge of `status` (its word is `text`, as the model shows it) on `palette`: the fill a
    // tint of the accent over the palette's base, the text the palette's, or black or white
    // where that reads better.
    static StatusBadge of(MemberStatus status, const QString &text, const QPalette &palette);
    // WCAG 2 contrast ratio of two colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
};

// The member table's status column: the status as a StatusBadge (MemberTableModel::StatusRole
// and the display text), the row dimmed as MemberRowDelegate dims it.
class StatusBadgeDelegate : public MemberRowDelegate
{
    Q_OBJECT
public:
    using MemberRowDelegate::MemberRowDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Width of a badge with `text` beyond the text's own.
    static int extraWidth(const QFontMetrics &metrics);
};
