#pragma once

#include "member_filter_proxy.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

// Above the member table: search as you type over name and email, a status filter, and how many
// members are shown of how many.
class MemberSearchBar : public QWidget
{
    Q_OBJECT
public:
    explicit MemberSearchBar(MemberFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    void focusSearch();

private:
    void showCount(int shown, int total);

    MemberFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QLabel *m_count;
};
