#pragma once

#include "workspace.h"

#include <QSet>
#include <QWidget>
#include <optional>

class FieldNote;
class NotedFormLayout;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QToolButton;
class WorkspaceStore;

// The fields of one workspace, each with its problem shown beneath it as the user types
// (Workspace::problems(), a name another workspace has, a missing or malformed key). Heartbeat's
// community address and Forward's business ID show for their provider only. Changing the
// provider fills in its default address and budget, unless the user changed those.
class WorkspaceForm : public QWidget
{
    Q_OBJECT
public:
    // `existing` empty: a new workspace. Otherwise its provider is fixed, and an empty key
    // field keeps the stored key. `store` (not owned) tells which names are taken.
    WorkspaceForm(const WorkspaceStore &store, const std::optional<Workspace> &existing,
                  bool demoMode, QWidget *parent = nullptr);

    bool isNew() const { return !m_existing.has_value(); }
    // The workspace as the fields describe it, with the id of the one edited (or a new one).
    Workspace workspace() const;
    // The key typed, trimmed; empty on edit means "keep the stored key".
    QString typedKey() const;
    bool isValid() const;
    // Whether the address, budget and key are good enough to test the connection (the name
    // plays no part in that). On edit an empty key means the stored one.
    bool canTestConnection() const;
    // Every problem, for a caller that shows a summary; empty when valid.
    QStringList problems() const;

    // Shows every problem, also for fields not edited yet.
    void revealProblems();
    void setReadOnly(bool readOnly);
    void clearKey();

Q_SIGNALS:
    void changed();

private:
    void buildFields(bool demoMode);
    void onProviderChanged();
    void validate();
    // Shows `problems` under `field` once the user edited it, when it is not empty, or after
    // revealProblems(); the hint otherwise.
    void showProblems(QWidget *field, bool empty, FieldNote *note, const QStringList &problems);
    void touch(QWidget *field);
    Provider provider() const;
    std::optional<QString> keyProblem() const;
    std::optional<QString> nameTaken(const QString &name) const;

    const WorkspaceStore &m_store;
    std::optional<Workspace> m_existing;
    QString m_id;
    Provider m_shownProvider = Provider::Heartbeat;
    bool m_revealAll = false;
    QSet<const QWidget *> m_touched;

    NotedFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_apiAddress = nullptr;
    QLineEdit *m_communityAddress = nullptr;
    QLineEdit *m_businessId = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QLineEdit *m_key = nullptr;
    QToolButton *m_showKey = nullptr;
    FieldNote *m_nameNote = nullptr;
    FieldNote *m_apiAddressNote = nullptr;
    FieldNote *m_communityNote = nullptr;
    FieldNote *m_businessNote = nullptr;
    FieldNote *m_budgetNote = nullptr;
    FieldNote *m_keyNote = nullptr;
    int m_communityRow = -1;
    int m_businessRow = -1;
};
