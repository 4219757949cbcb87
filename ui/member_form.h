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
class GroupChecklist;
class NotedFormLayout;
class PictureField;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// The fields of one member, exactly those the workspace's provider takes (Capabilities:
// createFields() on add; on edit the same fields, editable where editableFields() says and
// shown read-only elsewhere). Heartbeat: name, email, role, groups, bio, status line, LinkedIn,
// Twitter / X, Instagram, profile picture, and on add "pending" and "post the bio as an
// introduction thread"; Forward and Beam.gg: first and last name and email. Each field's problem
// shows beneath it as the user types (social links must be full https:// addresses), and so can
// a provider's message about it. An edit yields only what changed; emptying a field clears it.
class MemberForm : public QWidget
{
    Q_OBJECT
public:
    // `existing` empty: a new member.
    MemberForm(const Capabilities &capabilities, const std::optional<MemberRecord> &existing,
               QWidget *parent = nullptr);

    bool isNew() const { return !m_existing.has_value(); }
    // The role list must be loaded (adding, where the provider gives a role).
    bool needsRoles() const;
    // The group list must be loaded (groups to tick on add or, where they can change, on edit).
    bool needsGroups() const;
    bool showsField(MemberField field) const;

    void setRolesLoading();
    void setRoles(const QList<NamedRef> &roles);
    void setRolesUnavailable();
    void setGroupsLoading();
    void setGroups(const QList<NamedRef> &groups);
    void setGroupsUnavailable();

    // What the fields hold, for a create; emails trimmed and in lower case.
    NewMember newMember() const;
    // The editable fields that differ from the member edited, and the groups joined and left.
    MemberChanges changes() const;
    bool hasChanges() const { return !changes().isEmpty(); }
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }
    // The email address the member is known by (edit), or the one typed (add).
    QString email() const;
    PictureField *pictureField() const { return m_picture; }

    // Shows every problem, also for fields not edited yet.
    void revealProblems();
    // A provider's message under `field`, until that field changes. Nothing for None.
    void showProviderProblem(MemberField field, const QString &message);
    void clearProviderProblems();
    // The email belongs to a member the local roster already holds: `problem` shows under the
    // email and keeps the form invalid until the email changes. Empty: none.
    void setEmailTaken(const QString &problem);
    // The role preselected on add, when the provider's list has it: Heartbeat marks no default
    // role, so Roster guesses the one named "Member" (docs/sandbox.md).
    static QString defaultRoleName() { return QStringLiteral("Member"); }
    // Puts the keyboard focus in `field`, when the form shows it.
    void focusField(MemberField field);
    void setBusy(bool busy);

Q_SIGNALS:
    void changed();
    // The user changed `field` (typed, ticked or chose).
    void fieldEdited(MemberField field);

private:
    struct Field
    {
        QWidget *widget = nullptr;
        FieldNote *note = nullptr;
    };

    void addField(MemberField field);
    void addLine(MemberField field);
    void addRole();
    void addGroups();
    void addBio();
    void addPicture();
    void addCreateOptions();
    void addRow(MemberField field, const QString &label, QWidget *widget, QWidget *shown = nullptr);
    bool editable(MemberField field) const;
    QString text(MemberField field) const;
    std::optional<QString> problem(MemberField field) const;
    void onEdited(MemberField field);
    void validate();
    void updateIntroduce();

    Capabilities m_capabilities;
    std::optional<MemberRecord> m_existing;
    NotedFormLayout *m_form = nullptr;
    QHash<MemberField, Field> m_fields;
    QComboBox *m_role = nullptr;
    GroupChecklist *m_groups = nullptr;
    QPlainTextEdit *m_bio = nullptr;
    PictureField *m_picture = nullptr;
    QCheckBox *m_pending = nullptr;
    QCheckBox *m_introduce = nullptr;
    bool m_rolesLoaded = false;
    bool m_busy = false;
    bool m_revealAll = false;
    QSet<MemberField> m_touched;
    QHash<MemberField, QString> m_providerProblems;
    QString m_emailTaken;
};
