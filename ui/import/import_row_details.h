#pragma once

#include "import_row_model.h"

#include <QHash>
#include <QWidget>

class QLabel;

// Under the dry run's table: what the selected row does to its member, one line per change
// ("name: 'Ada Byron' → 'Ada Lovelace'", "state: active → deactivated"), with the member's email
// and the row's line in the file ("Not in the file" for a member the file lacks). Rows that
// change nothing say why (invalid, conflict, unchanged).
class ImportRowDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ImportRowDetails(QWidget *parent = nullptr);

    // Names for the group ids a change holds (the community's groups by id).
    void setGroupNames(const QHash<QString, QString> &names) { m_groupNames = names; }
    // `planText`: the row's plan as the table words it.
    void showRow(const ImportRowModel::Row &row, const QString &planText);
    // Nothing selected: a hint to select a row.
    void clear();

    // The row's changes, one a line: from its change (RowChange) when the journal has one, else
    // from its note, which holds ChangeText's "bio: 'Old' → 'New'; …" for an update. Empty for a
    // row that changes nothing.
    static QStringList changeLines(const ImportRowModel::Row &row,
                                   const QHash<QString, QString> &groupNames = {});
    // "Line 12 · Update", "Not in the file · Deactivate".
    static QString whereText(const ImportRowModel::Row &row, const QString &planText);

    // What the pane shows, for tests and screen readers: its lines joined with newlines.
    QString text() const;

    // Room for the email, the line and about six changes.
    QSize sizeHint() const override;

private:
    QHash<QString, QString> m_groupNames;
    QLabel *m_email;
    QLabel *m_where;
    QLabel *m_changes;
};
