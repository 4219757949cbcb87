#pragma once

#include "api_task.h"
#include "import_field.h"
#include "import_settings.h"

#include <QPointer>
#include <QWizardPage>

class FieldNote;
class InlineMessage;
class QCheckBox;
class QGroupBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QRadioButton;
class QWidget;
struct ImportWizardContext;

// Page 3: which member field each column fills (the columns Roster recognises are chosen
// already), a role for the whole file (Heartbeat), what the provider still needs (Next waits
// until it has it) and what it ignores, what to do with members already there (leave, update, or
// mirror the file: members it lacks are deactivated), and how new members are created (pending;
// with their bio posted as an introduction thread). A list of members to deactivate (the
// wizard's list modes) needs only the email, and has no choice of mode.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizardContext &context, QWidget *parent = nullptr);
    ~ImportMappingPage() override;

    // The field combo of a file column, for tests.
    QComboBox *fieldCombo(int column) const { return m_fieldCombos.value(column); }
    QComboBox *roleCombo() const { return m_role; }
    QCheckBox *introduceCheck() const { return m_introduce; }
    QRadioButton *mirrorRadio() const { return m_mirror; }
    FieldNote *mirrorNote() const { return m_mirrorNote; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void buildColumns();
    QString sampleOf(int column) const;
    void onFieldChosen(int column);
    void syncCombos();
    void loadRoles();
    void onRoleChosen();
    void showRequirements();
    // The mode the radio buttons say, or the list mode the wizard was opened in.
    ImportSettings::Mode chosenMode() const;
    bool isListMode() const;

    ImportWizardContext &m_context;
    QWidget *m_columnsWidget;
    QGridLayout *m_columns;
    QList<QComboBox *> m_fieldCombos;
    QList<QWidget *> m_columnWidgets;
    QStringList m_mappedHeader;
    QString m_ignoredByProvider;
    QLabel *m_roleLabel;
    QComboBox *m_role;
    InlineMessage *m_rolesMessage;
    InlineMessage *m_missing;
    InlineMessage *m_ignored;
    QRadioButton *m_createOnly;
    QRadioButton *m_createOrUpdate;
    QRadioButton *m_mirror;
    FieldNote *m_mirrorNote;
    QGroupBox *m_existing;
    QCheckBox *m_pending;
    QCheckBox *m_introduce;
    QPointer<ApiTask> m_rolesTask;
    bool m_rolesLoaded = false;
    bool m_updating = false;
};
