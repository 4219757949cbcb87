#pragma once

#include <QDialog>

class QButtonGroup;

// Export to CSV with members selected: which rows, said with their counts — the selection, the
// members the search and filters show, or every member of the workspace.
class ExportScopeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope
    {
        Selection,
        Shown,
        All
    };

    ExportScopeDialog(int selected, int shown, int all, QWidget *parent);

    // "the selected members (3)", for the save dialog's title and the status bar.
    static QString describe(Scope scope, int count);

Q_SIGNALS:
    void chosen(ExportScopeDialog::Scope scope);

private:
    QButtonGroup *m_choices;
};
