// The member table's status badges and dimmed rows, painted as the table paints them, on a light
// and on a dark palette: each status has its own word, mark and colour, its text reads against
// its fill (WCAG AA, 4.5:1), and a deactivated or no longer listed member's row is drawn in the
// palette's placeholder colour while an active one is drawn in its text colour.
#include "dialog_test_helpers.h"
#include "member_filter_proxy.h"
#include "member_row_delegate.h"
#include "member_status_text.h"
#include "member_table_model.h"
#include "member_table_view.h"
#include "screenshot_support.h"
#include "status_badge_delegate.h"
#include "theme.h"

#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {
const MemberStatus AllStatuses[] = {MemberStatus::Active, MemberStatus::Pending,
                                    MemberStatus::Deactivated, MemberStatus::Unlisted,
                                    MemberStatus::Unknown};

QPalette lightPalette()
{
    return QStyleFactory::create(u"Fusion"_s)->standardPalette();
}

// The colours of the painted cell, how many pixels each.
QHash<QRgb, int> colours(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    return counts;
}
} // namespace

class TestStatusBadgeDelegate : public QObject
{
    Q_OBJECT

    QStandardItemModel m_model{0, 2};

    void addMember(const QString &name, MemberStatus status)
    {
        auto *nameItem = new QStandardItem(name);
        auto *statusItem = new QStandardItem(memberStatusText(status));
        for (QStandardItem *item : {nameItem, statusItem})
            item->setData(int(status), MemberTableModel::StatusRole);
        m_model.appendRow({nameItem, statusItem});
    }

    QImage paint(const QStyledItemDelegate &delegate, const QModelIndex &index,
                 const QPalette &palette)
    {
        QImage image(160, 28, QImage::Format_RGB32);
        image.fill(palette.color(QPalette::Base));
        QStyleOptionViewItem option;
        option.rect = image.rect();
        option.palette = palette;
        option.state = QStyle::State_Enabled;
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        QPainter painter(&image);
        delegate.paint(&painter, option, index);
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DialogTest::quietOffscreenWarnings();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        for (MemberStatus status : AllStatuses)
            addMember(u"Member "_s + memberStatusText(status), status);
    }

    void eachStatusHasItsOwnLookAndReads_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << ThemeSwitcher::darkPalette();
        QTest::newRow("screenshots' dark") << darkPalette();
    }

    void eachStatusHasItsOwnLookAndReads()
    {
        QFETCH(QPalette, palette);
        QSet<int> marks;
        QSet<QRgb> accents;
        for (MemberStatus status : AllStatuses) {
            const QString word = memberStatusText(status);
            const StatusBadge badge = StatusBadge::of(status, word, palette);
            QCOMPARE(badge.text, word);
            QVERIFY2(StatusBadge::contrast(badge.textColor, badge.fill) >= 4.5,
                     qPrintable(u"%1: %2:1"_s.arg(word).arg(
                         StatusBadge::contrast(badge.textColor, badge.fill))));
            // The badge stands out from the row's background.
            QVERIFY(badge.fill != palette.color(QPalette::Base));
            marks.insert(int(badge.mark) * 10 + int(badge.border));
            accents.insert(badge.accent.rgb());
        }
        // Told apart by shape and line, not only by colour.
        QCOMPARE(marks.size(), int(std::size(AllStatuses)));
        QCOMPARE(accents.size(), int(std::size(AllStatuses)));
    }

    void badgeIsPaintedWithItsColours()
    {
        StatusBadgeDelegate delegate;
        const QPalette palette = ThemeSwitcher::darkPalette();
        for (int row = 0; row < m_model.rowCount(); ++row) {
            const QModelIndex index = m_model.index(row, 1);
            const auto status = MemberStatus(index.data(MemberTableModel::StatusRole).toInt());
            const StatusBadge badge = StatusBadge::of(status, index.data().toString(), palette);
            const QHash<QRgb, int> painted = colours(paint(delegate, index, palette));
            QVERIFY2(painted.value(badge.fill.rgb()) > 100,
                     qPrintable(u"no fill for "_s + badge.text));
            if (badge.mark == StatusBadge::Mark::Dot)
                QVERIFY(painted.value(badge.accent.rgb()) > 10);
        }
    }

    void inactiveRowsAreDimmed_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << ThemeSwitcher::darkPalette();
    }

    void inactiveRowsAreDimmed()
    {
        QFETCH(QPalette, palette);
        MemberRowDelegate delegate;
        for (int row = 0; row < m_model.rowCount(); ++row) {
            const QModelIndex index = m_model.index(row, 0);
            const auto status = MemberStatus(index.data(MemberTableModel::StatusRole).toInt());
            const bool dimmed =
                status == MemberStatus::Deactivated || status == MemberStatus::Unlisted;
            QCOMPARE(MemberRowDelegate::isDimmed(index), dimmed);
            const QHash<QRgb, int> painted = colours(paint(delegate, index, palette));
            const QRgb text = palette.color(QPalette::Text).rgb();
            const QRgb quiet = MemberRowDelegate::dimmedText(palette).rgb();
            QVERIFY(quiet != text);
            // The glyphs' solid pixels (those furthest from the background) are in the one
            // colour or the other.
            const QColor base = palette.color(QPalette::Base);
            QRgb furthest = base.rgb();
            const auto distance = [&base](QRgb colour) {
                return std::abs(qRed(colour) - base.red()) +
                       std::abs(qGreen(colour) - base.green()) +
                       std::abs(qBlue(colour) - base.blue());
            };
            for (auto it = painted.cbegin(); it != painted.cend(); ++it) {
                if (distance(it.key()) > distance(furthest))
                    furthest = it.key();
            }
            QVERIFY2(furthest == (dimmed ? quiet : text), qPrintable(index.data().toString()));
        }
    }

    void anElidedCellShowsItsTextInItsTooltip()
    {
        QTableView view;
        view.setModel(&m_model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        MemberRowDelegate delegate;
        const QModelIndex index = m_model.index(0, 0);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.fontMetrics = view.fontMetrics();
        option.rect = QRect(0, 0, 30, 20);
        QHelpEvent narrow(QEvent::ToolTip, QPoint(5, 5), view.mapToGlobal(QPoint(5, 5)));
        QVERIFY(delegate.helpEvent(&narrow, &view, option, index));
        QTRY_COMPARE(QToolTip::text(), index.data().toString());
        QToolTip::hideText();
        // Whole in a wide cell: no tooltip of its own.
        option.rect = QRect(0, 0, 600, 20);
        QHelpEvent wide(QEvent::ToolTip, QPoint(5, 5), view.mapToGlobal(QPoint(5, 5)));
        QVERIFY(!delegate.helpEvent(&wide, &view, option, index));
    }

    void tableUsesTheBadgeForStatus()
    {
        MemberTableModel model;
        MemberFilterProxy proxy;
        proxy.setSourceModel(&model);
        MemberTableView view;
        view.setProxy(&proxy);
        QVERIFY(qobject_cast<StatusBadgeDelegate *>(
            view.itemDelegateForColumn(MemberTableModel::Status)));
        QVERIFY(qobject_cast<MemberRowDelegate *>(view.itemDelegate()));
    }
};

QTEST_MAIN(TestStatusBadgeDelegate)
#include "tst_status_badge_delegate.moc"
