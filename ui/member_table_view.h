#pragma once

#include "member_table_layout.h"
#include "preferences.h"

#include <QHash>
#include <QTableView>

class AvatarCache;
class MemberFilterProxy;

// The member table: rows of the filter proxy, several may be selected, sorted by a click on a
// column header, columns chosen from the header's context menu, the members' pictures in the
// Avatar column (AvatarDelegate); the layout is remembered per workspace by
// WorkspaceTableLayouts.
class MemberTableView : public QTableView
{
    Q_OBJECT
public:
    explicit MemberTableView(QWidget *parent = nullptr);

    void setProxy(MemberFilterProxy *proxy);
    // Where the Avatar column's pictures come from; none: empty circles.
    void setAvatarCache(AvatarCache *cache);
    void setDensity(Preferences::Density density);
    // The header's order, widths, shown columns and sort.
    MemberTableLayout columnLayout() const;
    // Shows `layout` with only the columns `provider` has, and offers only those in the header's
    // menu. With layout.fitToWidth, the elastic columns (MemberTableLayout::isElastic) give way
    // so that the columns fit the table's width, now and as it is resized, until the user
    // resizes a column.
    void setColumnLayout(const MemberTableLayout &layout, Provider provider);
    void setColumnLayout(const MemberTableLayout &layout);
    bool fitsToWidth() const { return m_fitToWidth; }

    // Rows of the model (not of the proxy) that are selected, in table order.
    QList<int> selectedSourceRows() const;
    // The member under the current index, as a model row; -1 for none.
    int currentSourceRow() const;
    // Selects and shows the member at this model row.
    void selectSourceRow(int sourceRow);
    // Keyboard focus to the table, on the first row shown, selected; false when none is shown.
    bool focusFirstRow();

Q_SIGNALS:
    // The selected members changed: chosen by the user, or dropped when a search, a filter or a
    // reload hid or removed them.
    void selectedMembersChanged();
    // Enter on a row, or a double-click: the member at this model row is to be opened.
    void memberOpened(int sourceRow);

protected:
    void selectionChanged(const QItemSelection &selected,
                          const QItemSelection &deselected) override;
    void focusInEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // After the proxy's rows changed under the selection.
    void checkSelection();

    void showColumnMenu(const QPoint &position);

    void fitColumns();

    MemberFilterProxy *m_proxy = nullptr;
    QList<int> m_selectedRows;
    Provider m_provider = Provider::Heartbeat;
    bool m_fitToWidth = false;
    bool m_arranging = false;
    // The widths the layout asked for, which fitting never exceeds.
    QHash<int, int> m_askedWidths;
};
