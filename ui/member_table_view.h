#pragma once

#include "preferences.h"

#include <QTableView>

class MemberFilterProxy;

// The member table: rows of the filter proxy, several may be selected, sorted by a click on a
// column header, columns chosen from the header's context menu, the layout remembered.
class MemberTableView : public QTableView
{
    Q_OBJECT
public:
    explicit MemberTableView(QWidget *parent = nullptr);

    void setProxy(MemberFilterProxy *proxy);
    void setDensity(Preferences::Density density);
    // The header's order, widths, hidden columns and sort.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    // Rows of the model (not of the proxy) that are selected, in table order.
    QList<int> selectedSourceRows() const;
    // The member under the current index, as a model row; -1 for none.
    int currentSourceRow() const;
    // Selects and shows the member at this model row.
    void selectSourceRow(int sourceRow);

private:
    void showColumnMenu(const QPoint &position);

    MemberFilterProxy *m_proxy = nullptr;
};
