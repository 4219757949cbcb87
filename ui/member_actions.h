#pragma once

#include "api_error.h"
#include "member_action.h"
#include "member_record.h"
#include "remote_member.h"

#include <QObject>
#include <QPointer>

class BulkMemberAction;
class LoginLinkCopier;
class MemberService;
class MemberTableModel;
class MemberTableView;
class QAction;
class QWidget;
class QuickLinkPalette;
class RosterContext;
class StatusReport;

// The window's actions on members, with their shortcuts, and what enables them: the selection
// and what the workspace's provider can do (a disabled action says why in its tooltip). Each
// runs asynchronously; its result reaches the table through the service's memberStored(), and
// a failure shows the provider's message and offers to retry.
class MemberActions : public QObject
{
    Q_OBJECT
public:
    // What the actions did goes to `report` (not owned).
    MemberActions(RosterContext &context, StatusReport *report, MemberTableModel *model,
                  MemberTableView *view, QWidget *window);

    // The shown workspace's service; nullptr while none is open.
    void setService(MemberService *service);
    MemberService *service() const { return m_service; }
    void updateEnabled();

    QAction *add() const { return m_add; }
    QAction *edit() const { return m_edit; }
    QAction *deactivate() const { return m_deactivate; }
    QAction *reactivate() const { return m_reactivate; }
    // Heartbeat: the selection joins or leaves a group chosen in a GroupPickerDialog.
    QAction *addToGroup() const { return m_addToGroup; }
    QAction *removeFromGroup() const { return m_removeFromGroup; }
    QAction *copyLink() const { return m_copyLink; }
    QAction *quickLink() const { return m_quickLink; }
    QAction *refresh() const { return m_refresh; }
    QAction *importMembers() const { return m_import; }
    // The import wizard on a list of members to deactivate, one address a line or a CSV file.
    QAction *deactivateFromFile() const { return m_deactivateFromFile; }
    QList<QAction *> tableActions() const;
    // The selection's groups: in the table's context menu, after a separator.
    QList<QAction *> groupActions() const;

    // Enter or a double-click on a row: the edit dialog, else why not in the status bar.
    void openMember(int sourceRow);

Q_SIGNALS:
    void refreshRequested();
    void importRequested();
    void deactivateFromFileRequested();
    // The quick-link palette chose a member, maybe of another workspace: the window is to show
    // and select them.
    void memberWanted(const QString &workspaceId, const QString &email);

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, const char *objectName,
                        void (MemberActions::*slot)());
    QStringList selectedEmails() const;
    void addMember();
    void editMember();
    void editMemberWithEmail(const QString &email);
    void openEditor(const MemberRecord &member);
    void offerUndo(BulkMemberAction *bulk);
    // True, with the reason in the status bar, when nothing is to be sent now: while another
    // process syncs (every action), or while an import or bulk action holds the workspace
    // (a bulk action). Looked at before asking or sending anything.
    bool refusedNow(bool bulk);
    void confirmBulk(MemberAction action, const NamedRef &group, const QStringList &emails,
                     int selected);
    void deactivateSelection();
    void reactivateSelection();
    void changeState(MemberAction action);
    void addSelectionToGroup();
    void removeSelectionFromGroup();
    void changeGroup(MemberAction action);
    void runOne(MemberAction action, const QString &email);
    void runMany(BulkMemberAction *bulk);
    void offerRetry(const QString &what, const ApiError &error, std::function<void()> retry);
    void copyLinkOfSelection();
    void copyLinkOf(const QString &email);
    void copyLinkIn(const QString &workspaceId, const QString &email);
    void openQuickLink();

    RosterContext &m_context;
    StatusReport *m_report;
    MemberTableModel *m_model;
    MemberTableView *m_view;
    QWidget *m_window;
    QPointer<MemberService> m_service;
    // The workspace of the link being asked for: a switch to it does not cancel it.
    QString m_copyWorkspaceId;
    LoginLinkCopier *m_copier;
    QuickLinkPalette *m_palette;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_deactivate;
    QAction *m_reactivate;
    QAction *m_addToGroup;
    QAction *m_removeFromGroup;
    QAction *m_groupSeparator;
    QAction *m_copyLink;
    QAction *m_quickLink;
    QAction *m_refresh;
    QAction *m_import;
    QAction *m_deactivateFromFile;
};
