#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
struct ImportWizardContext;

// The first page of an undo's wizard: which run is put back (its file, when it ran, what it
// did) and what the admin includes besides its changes: the members it created (deactivated,
// never deleted) and the members changed again since (conflicts, left alone otherwise). Next
// shows the undo's plan as a dry run.
class ImportUndoPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportUndoPage(ImportWizardContext &context, QWidget *parent = nullptr);

    QCheckBox *includeCreatedCheck() const { return m_includeCreated; }
    QCheckBox *includeConflictsCheck() const { return m_includeConflicts; }

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    ImportWizardContext &m_context;
    QLabel *m_summary;
    QCheckBox *m_includeCreated;
    QCheckBox *m_includeConflicts;
};
