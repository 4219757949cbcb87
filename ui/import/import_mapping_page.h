#pragma once

#include "api_task.h"
#include "import_field.h"

#include <QPointer>
#include <QWizardPage>

class InlineMessage;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QRadioButton;
class QWidget;
struct ImportWizardContext;

// Page 3: which member field each column fills (the columns Roster recognises are chosen
// already), a role for the whole file (Heartbeat), what the provider still needs (Next waits
// until it has it) and what it ignores, what to do with members already there, and how new
// members are created (pending; with their bio posted as an introduction thread).
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
    QCheckBox *m_pending;
    QCheckBox *m_introduce;
    QPointer<ApiTask> m_rolesTask;
    bool m_rolesLoaded = false;
    bool m_updating = false;
};
