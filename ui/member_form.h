#pragma once

#include "capabilities.h"
#include "member_field.h"
#include "member_record.h"
#include "remote_member.h"

#include <QHash>
#include <QSet>
#include <QWidget>
#include <optional>

class FieldNote;
class NotedFormLayout;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// The fields of one member, only those the workspace's provider takes: Heartbeat a name, an
// email, a role, groups, a bio and "pending"; Forward and Beam.gg a first and a last name and an
// email. On edit, only the fields the provider can change (Capabilities::editableFields()) are
// editable; the others are shown read-only. Each field's problem shows beneath it as the user
// types, and so can a provider's message about it.
class MemberForm : public QWidget
{
    Q_OBJECT
public:
    // `existing` empty: a new member.
    MemberForm(const Capabilities &capabilities, const std::optional<MemberRecord> &existing,
               QWidget *parent = nullptr);

    bool isNew() const { return !m_existing.has_value(); }
    // Heartbeat, adding: the role and group lists must be loaded.
    bool needsRolesAndGroups() const;
    bool showsField(MemberField field) const;

    void setRolesLoading();
    void setRoles(const QList<NamedRef> &roles);
    void setRolesUnavailable();
    void setGroupsLoading();
    void setGroups(const QList<NamedRef> &groups);
    void setGroupsUnavailable();

    // What the fields hold, for a create; emails trimmed and in lower case.
    NewMember newMember() const;
    // The editable fields that differ from the member edited.
    MemberChanges changes() const;
    bool hasChanges() const;
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }
    // The email address the member is known by (edit), or the one typed (add).
    QString email() const;

    // Shows every problem, also for fields not edited yet.
    void revealProblems();
    // A provider's message under `field`, until that field changes. Nothing for None.
    void showProviderProblem(MemberField field, const QString &message);
    void clearProviderProblems();
    // Puts the keyboard focus in `field`, when the form shows it.
    void focusField(MemberField field);
    void setBusy(bool busy);

Q_SIGNALS:
    void changed();

private:
    struct Field
    {
        QWidget *widget = nullptr;
        FieldNote *note = nullptr;
    };

    void buildHeartbeat();
    void buildNames();
    QLineEdit *addLine(MemberField field, const QString &label, const QString &objectName,
                       const QString &accessibleName, const QString &value);
    void addRow(MemberField field, const QString &label, QWidget *widget, QWidget *shown = nullptr);
    bool editable(MemberField field) const;
    QString text(MemberField field) const;
    std::optional<QString> problem(MemberField field) const;
    void onEdited(MemberField field);
    void validate();

    Capabilities m_capabilities;
    std::optional<MemberRecord> m_existing;
    NotedFormLayout *m_form = nullptr;
    QHash<MemberField, Field> m_fields;
    QComboBox *m_role = nullptr;
    QListWidget *m_groups = nullptr;
    QPlainTextEdit *m_bio = nullptr;
    QCheckBox *m_pending = nullptr;
    bool m_rolesLoaded = false;
    bool m_revealAll = false;
    QSet<MemberField> m_touched;
    QHash<MemberField, QString> m_providerProblems;
};
