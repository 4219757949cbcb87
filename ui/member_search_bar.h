#pragma once

#include "member_filter_proxy.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

// Above the member table: search as you type over name and email, filters by status, role and
// group (each role and group the members have; hidden while there are none, as for Forward and
// Beam.gg), and how many members are shown of how many.
class MemberSearchBar : public QWidget
{
    Q_OBJECT
public:
    explicit MemberSearchBar(MemberFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QComboBox *roleFilter() const { return m_role; }
    QComboBox *groupFilter() const { return m_group; }
    void focusSearch();
    // Shows every member again: no search text, every status, role and group.
    void clearFilters();
    // Its keyboard stops, in order.
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    // Down, Enter or Return in the search field: on to the results.
    void resultsWanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCount(int shown, int total);
    // The roles and groups of the members: `anew` after a load, else only when the model's
    // tables of them grew. A choice still offered stays chosen.
    void updateChoices(bool anew);
    void fillChoices(QComboBox *combo, const QString &any,
                     const QList<std::pair<QString, QString>> &choices);

    MemberFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_role;
    QComboBox *m_group;
    QLabel *m_count;
    // The sizes of the model's tables the choices were made from.
    qsizetype m_roleCount = -1;
    qsizetype m_groupSetCount = -1;
};
