#include "member_actions.h"

#include "api_error_text.h"
#include "api_task.h"
#include "bulk_action_progress_dialog.h"
#include "bulk_member_action.h"
#include "confirm.h"
#include "confirm_member_action_dialog.h"
#include "group_picker_dialog.h"
#include "login_link_copier.h"
#include "member_dialog.h"
#include "member_service.h"
#include "member_table_model.h"
#include "member_table_view.h"
#include "quick_link_palette.h"
#include "quick_link_rosters.h"
#include "roster_context.h"
#include "run_log.h"
#include "status_report.h"
#include "workspace_connections.h"
#include "workspace_store.h"

#include <QAction>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QPushButton>

using namespace Qt::StringLiterals;

MemberActions::MemberActions(RosterContext &context, StatusReport *report, MemberTableModel *model,
                             MemberTableView *view, QWidget *window)
    : QObject(window), m_context(context), m_report(report), m_model(model), m_view(view),
      m_window(window),
      m_copier(new LoginLinkCopier(&context.clipboard(), QGuiApplication::clipboard(), this)),
      m_palette(new QuickLinkPalette(new QuickLinkRosters(context, model, this), window))
{
    m_add = makeAction(tr("&Add member…"), QKeySequence::New, "addMemberAction",
                       &MemberActions::addMember);
    m_edit =
        makeAction(tr("&Edit member…"), Qt::Key_F2, "editMemberAction", &MemberActions::editMember);
    m_deactivate = makeAction(tr("&Deactivate…"), Qt::Key_Delete, "deactivateAction",
                              &MemberActions::deactivateSelection);
    m_reactivate = makeAction(tr("&Reactivate…"), Qt::CTRL | Qt::Key_R, "reactivateAction",
                              &MemberActions::reactivateSelection);
    m_addToGroup = makeAction(tr("Add to &group…"), Qt::CTRL | Qt::Key_G, "addToGroupAction",
                              &MemberActions::addSelectionToGroup);
    m_removeFromGroup =
        makeAction(tr("Remove from gro&up…"), Qt::CTRL | Qt::ALT | Qt::Key_G,
                   "removeFromGroupAction", &MemberActions::removeSelectionFromGroup);
    m_groupSeparator = new QAction(this);
    m_groupSeparator->setSeparator(true);
    m_copyLink = makeAction(tr("&Copy login link"), Qt::CTRL | Qt::Key_L, "copyLinkAction",
                            &MemberActions::copyLinkOfSelection);
    m_quickLink = makeAction(tr("&Quick login link…"), Qt::CTRL | Qt::SHIFT | Qt::Key_L,
                             "quickLinkAction", &MemberActions::openQuickLink);
    m_refresh =
        makeAction(tr("Re&fresh from provider"), QKeySequence::Refresh, "refreshAction", nullptr);
    connect(m_refresh, &QAction::triggered, this, &MemberActions::refreshRequested);
    m_import = makeAction(tr("&Import members from CSV…"), Qt::CTRL | Qt::Key_I,
                          "importMembersAction", nullptr);
    m_import->setIconText(tr("Import CSV…"));
    connect(m_import, &QAction::triggered, this, &MemberActions::importRequested);
    m_deactivateFromFile =
        makeAction(tr("Deac&tivate from file…"), {}, "deactivateFromFileAction", nullptr);
    connect(m_deactivateFromFile, &QAction::triggered, this,
            &MemberActions::deactivateFromFileRequested);
    m_palette->setNote(tr("One-time links work once: mail scanners that open links can use "
                          "them up before the member does. Send them by chat where you can."));
    connect(m_palette, &QuickLinkPalette::memberChosen, this, &MemberActions::copyLinkIn);
    connect(m_copier, &LoginLinkCopier::started, this, [this](const QString &email) {
        m_report->show(tr("Asking for a login link for %1…").arg(email), StatusReport::InfoMs);
    });
    connect(m_copier, &LoginLinkCopier::copied, this,
            [this](const QString &email, LoginLink::Kind kind) {
                m_report->info(kind == LoginLink::Kind::CommunityPage
                                   ? tr("Copied the community's sign-in page: Heartbeat issues "
                                        "no login links, so %1 gets their magic link by asking "
                                        "for it there.")
                                         .arg(email)
                                   : tr("Copied a one-time login link for %1. It works once; "
                                        "mail scanners can use it up.")
                                         .arg(email));
            });
    connect(m_copier, &LoginLinkCopier::failed, this,
            [this](const QString &email, const ApiError &error) {
                offerRetry(tr("No login link for %1").arg(email), error,
                           [this, email] { copyLinkOf(email); });
            });
    connect(view, &MemberTableView::selectedMembersChanged, this, &MemberActions::updateEnabled);
    connect(view, &MemberTableView::memberOpened, this, &MemberActions::openMember);
    connect(model, &QAbstractItemModel::modelReset, this, &MemberActions::updateEnabled);
    connect(model, &QAbstractItemModel::dataChanged, this, &MemberActions::updateEnabled);
    connect(&context.connections(), &WorkspaceConnections::syncingChanged, this,
            &MemberActions::updateEnabled);
    updateEnabled();
}

QAction *MemberActions::makeAction(const QString &text, const QKeySequence &shortcut,
                                   const char *objectName, void (MemberActions::*slot)())
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    m_window->addAction(action);
    return action;
}

QList<QAction *> MemberActions::tableActions() const
{
    return {m_copyLink, m_edit, m_deactivate, m_reactivate};
}

QList<QAction *> MemberActions::groupActions() const
{
    return {m_groupSeparator, m_addToGroup, m_removeFromGroup};
}

void MemberActions::setService(MemberService *service)
{
    m_service = service;
    if (!service || service->workspace().id != m_copyWorkspaceId)
        m_copier->cancel();
    updateEnabled();
}

QStringList MemberActions::selectedEmails() const
{
    QStringList emails;
    for (const int row : m_view->selectedSourceRows())
        emails << m_model->members().email(row).toString();
    return emails;
}

void MemberActions::updateEnabled()
{
    const QList<int> rows = m_view->selectedSourceRows();
    const int selected = int(rows.size());
    const bool open = m_service != nullptr;
    const QString notOpen = tr("The workspace is not connected yet.");
    // A running sync holds the roster database's write lock for every workspace in it: an
    // action that writes the store would wait for it and fail, maybe after the provider acted.
    const std::optional<Workspace> syncing = m_context.connections().syncingWorkspace();
    const QString busy =
        syncing ? tr("Roster is reading the members of %1; try again when it has finished.")
                      .arg(syncing->name)
                : QString();
    // Every action here writes the store (a login link leaves an audit entry), so a sync
    // disables each one that could otherwise act.
    auto set = [&](QAction *action, bool could, const QString &why) {
        const bool enabled = could && busy.isEmpty();
        action->setEnabled(enabled);
        action->setToolTip(enabled ? action->text().remove(u'&').remove(u"…"_s)
                           : could ? busy
                                   : why);
    };
    const Capabilities can = open ? m_service->capabilities() : Capabilities{};
    // Deactivate what may be active; reactivate what may be deactivated.
    bool anyDeactivated = false;
    bool anyOther = false;
    for (const int row : rows) {
        const MemberStatus status = m_model->members().status(row);
        anyDeactivated = anyDeactivated || memberMayBeReactivated(status);
        anyOther = anyOther || memberMayBeDeactivated(status);
        if (anyDeactivated && anyOther)
            break;
    }
    set(m_add, open, notOpen);
    set(m_edit, open && selected == 1, !open ? notOpen : tr("Select one member to edit."));
    set(m_deactivate, open && can.supports(MemberOperation::Deactivate) && anyOther,
        !open ? notOpen
        : !can.supports(MemberOperation::Deactivate)
            ? can.whyNot(MemberOperation::Deactivate)
            : tr("Select members who are not deactivated."));
    set(m_reactivate, open && can.supports(MemberOperation::Reactivate) && anyDeactivated,
        !open                                        ? notOpen
        : !can.supports(MemberOperation::Reactivate) ? can.whyNot(MemberOperation::Reactivate)
                                                     : tr("Select deactivated members."));
    for (QAction *group : {m_addToGroup, m_removeFromGroup}) {
        set(group, open && can.supports(MemberOperation::GroupMembership) && selected > 0,
            !open ? notOpen
            : !can.supports(MemberOperation::GroupMembership)
                ? can.whyNot(MemberOperation::GroupMembership)
                : tr("Select the members whose groups to change."));
    }
    set(m_copyLink, open && selected == 1,
        !open ? notOpen : tr("Select one member to copy their login link."));
    set(m_quickLink, open, notOpen);
    set(m_refresh, open && can.supports(MemberOperation::List),
        !open ? notOpen : can.whyNot(MemberOperation::List));
    set(m_import, open, notOpen);
    set(m_deactivateFromFile, open && can.supports(MemberOperation::Deactivate),
        !open ? notOpen : can.whyNot(MemberOperation::Deactivate));
}

void MemberActions::addMember()
{
    if (refusedNow(false))
        return;
    auto *dialog = new MemberDialog(m_service, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDialog::memberSaved, this, [this](const MemberRecord &member) {
        m_view->selectSourceRow(m_model->rowOfEmail(member.email));
        m_report->info(tr("Added %1.").arg(member.email));
    });
    connect(dialog, &MemberDialog::openExistingRequested, this,
            &MemberActions::editMemberWithEmail);
    dialog->open();
}

void MemberActions::editMemberWithEmail(const QString &email)
{
    if (!m_service)
        return;
    const int row = m_model->rowOfEmail(email);
    if (row >= 0) {
        m_view->selectSourceRow(row);
        openEditor(m_model->memberAt(row));
        return;
    }
    QString error;
    if (const std::optional<MemberRecord> member = m_service->storedMember(email, &error))
        openEditor(*member);
    else
        m_report->warning(tr("%1 is no longer in the roster. %2").arg(email, error));
}

void MemberActions::editMember()
{
    const QList<int> rows = m_view->selectedSourceRows();
    if (!m_service || rows.size() != 1)
        return;
    openEditor(m_model->memberAt(rows.first()));
}

void MemberActions::openEditor(const MemberRecord &member)
{
    if (refusedNow(false))
        return;
    auto *dialog = new MemberDialog(m_service, member, m_window);
    dialog->setAvatarCache(&m_context.avatars());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDialog::memberSaved, this, [this](const MemberRecord &member) {
        m_report->info(tr("Saved %1.").arg(member.email));
    });
    dialog->open();
}

void MemberActions::deactivateSelection()
{
    changeState(MemberAction::Deactivate);
}

void MemberActions::reactivateSelection()
{
    changeState(MemberAction::Reactivate);
}

void MemberActions::changeState(MemberAction action)
{
    // Only the members the action changes: reactivating a mixed selection leaves the active
    // ones alone.
    QStringList emails;
    const QList<int> rows = m_view->selectedSourceRows();
    for (const int row : rows) {
        const MemberStatus status = m_model->members().status(row);
        if (action == MemberAction::Reactivate ? memberMayBeReactivated(status)
                                               : memberMayBeDeactivated(status))
            emails << m_model->members().email(row).toString();
    }
    if (!m_service || emails.isEmpty() || !m_service->capabilities().supports(operationOf(action)))
        return;
    confirmBulk(action, {}, emails, int(rows.size()));
}

void MemberActions::confirmBulk(MemberAction action, const NamedRef &group,
                                const QStringList &emails, int selected)
{
    if (!m_service)
        return;
    const bool groupAction =
        action == MemberAction::AddToGroup || action == MemberAction::RemoveFromGroup;
    if (refusedNow(groupAction || emails.size() > 1))
        return;
    const QString groupName = group.name.isEmpty() ? group.id : group.name;
    auto *confirm =
        groupAction
            ? new ConfirmMemberActionDialog(action, emails, m_service->workspace().name, groupName,
                                            m_window)
            : new ConfirmMemberActionDialog(action, emails, m_service->workspace().name, m_window);
    confirm->setSelectedCount(selected);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &ConfirmMemberActionDialog::confirmed, this,
            [this, action, group, emails, groupAction] {
                if (!m_service)
                    return;
                if (groupAction)
                    runMany(new BulkMemberAction(m_service, action, group, emails));
                else if (emails.size() == 1)
                    runOne(action, emails.first());
                else
                    runMany(new BulkMemberAction(m_service, action, emails));
            });
    confirm->open();
}

bool MemberActions::refusedNow(bool bulk)
{
    if (!m_service)
        return true;
    // A sync that another process runs holds the roster's write lock: the provider would act
    // and the roster would not record it.
    if (const std::optional<QString> refusal =
            WorkspaceLock::refusalWhileSyncing(m_context.database())) {
        m_report->warning(*refusal);
        return true;
    }
    if (!bulk)
        return false;
    // Not asked while an import or another bulk action holds the workspace (runMany would
    // refuse the answer); a database that cannot say is left to runMany to report.
    QString error;
    const Workspace &workspace = m_service->workspace();
    if (const std::optional<WorkspaceLockHolder> holder =
            WorkspaceLock::holder(m_context.database(), workspace.id, &error)) {
        m_report->warning(BulkMemberAction::refusalWhileHeld(*holder, workspace.name));
        return true;
    }
    return false;
}

void MemberActions::runOne(MemberAction action, const QString &email)
{
    // Again: a sync may have begun while the confirmation was open.
    if (refusedNow(false))
        return;
    const bool deactivating = action == MemberAction::Deactivate;
    m_report->show(deactivating ? tr("Deactivating %1…").arg(email)
                                : tr("Reactivating %1…").arg(email));
    auto done = [this, action, email, deactivating](const Result<MemberRecord> &changed) {
        if (changed.ok()) {
            m_report->info(deactivating ? tr("Deactivated %1.").arg(email)
                                        : tr("Reactivated %1.").arg(email));
            return;
        }
        offerRetry(deactivating ? tr("%1 was not deactivated").arg(email)
                                : tr("%1 was not reactivated").arg(email),
                   changed.error, [this, action, email] { runOne(action, email); });
    };
    if (deactivating)
        m_service->deactivate(email, done);
    else
        m_service->reactivate(email, done);
}

void MemberActions::addSelectionToGroup()
{
    changeGroup(MemberAction::AddToGroup);
}

void MemberActions::removeSelectionFromGroup()
{
    changeGroup(MemberAction::RemoveFromGroup);
}

void MemberActions::changeGroup(MemberAction action)
{
    const QList<int> rows = m_view->selectedSourceRows();
    if (!m_service || rows.isEmpty() ||
        !m_service->capabilities().supports(MemberOperation::GroupMembership))
        return;
    QStringList emails;
    QHash<QString, int> inGroups;
    // Who is in which group: adding leaves out those already in it, removing those not in it.
    QHash<QString, QStringList> membersOf;
    for (const int row : rows) {
        const MemberRecord member = m_model->memberAt(row);
        emails << member.email;
        for (const MemberGroup &group : member.groups) {
            ++inGroups[group.id];
            membersOf[group.id] << member.email;
        }
    }
    auto *picker = new GroupPickerDialog(m_service, action, int(emails.size()), inGroups, m_window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &GroupPickerDialog::groupChosen, this,
            [this, action, emails, membersOf](const NamedRef &group) {
                const QStringList in = membersOf.value(group.id);
                QStringList asked;
                for (const QString &email : emails) {
                    if (in.contains(email) == (action == MemberAction::RemoveFromGroup))
                        asked << email;
                }
                if (asked.isEmpty()) {
                    const QString name = group.name.isEmpty() ? group.id : group.name;
                    m_report->info(action == MemberAction::AddToGroup
                                       ? tr("Nothing to do: all of them are in %1.").arg(name)
                                       : tr("Nothing to do: none of them is in %1.").arg(name));
                    return;
                }
                confirmBulk(action, group, asked, int(emails.size()));
            });
    picker->open();
}

void MemberActions::runMany(BulkMemberAction *bulk)
{
    // One writer per workspace: while an import or another bulk action runs in it (here or in
    // another process), this one does not start, and says which holds it.
    bulk->holdWorkspaceLock(m_context.database());
    if (refusedNow(false)) {
        delete bulk;
        return;
    }
    QString refusal;
    if (!bulk->start(&refusal)) {
        delete bulk;
        m_report->warning(refusal);
        return;
    }
    auto *dialog = new BulkActionProgressDialog(bulk, m_window);
    bulk->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(bulk, &BulkMemberAction::finished, this, [this, bulk] {
        if (!bulk->wasCancelled() && bulk->fullySucceeded() && bulk->total() > 0)
            return offerUndo(bulk);
        m_report->report(bulk->failures().isEmpty() ? RunLog::Level::Info : RunLog::Level::Warning,
                         tr("%1 of %n members done, %2 failed.", nullptr, bulk->total())
                             .arg(QString::number(bulk->succeededCount()),
                                  QString::number(bulk->failures().size())));
    });
    dialog->open();
}

void MemberActions::offerUndo(BulkMemberAction *bulk)
{
    const MemberAction action = bulk->action();
    const MemberAction undo = BulkMemberAction::inverse(action);
    const NamedRef group = bulk->group();
    const QString name = bulk->groupName();
    const QStringList emails = bulk->succeededEmails();
    const int n = int(emails.size());
    QString done;
    QString undoText;
    switch (action) {
    case MemberAction::Deactivate:
        done = tr("Deactivated %n members.", nullptr, n);
        undoText = tr("Reactivate these");
        break;
    case MemberAction::Reactivate:
        done = tr("Reactivated %n members.", nullptr, n);
        undoText = tr("Deactivate these");
        break;
    case MemberAction::AddToGroup:
        done = tr("Added %n members to %1.", nullptr, n).arg(name);
        undoText = tr("Remove them from %1").arg(name);
        break;
    case MemberAction::RemoveFromGroup:
        done = tr("Removed %n members from %1.", nullptr, n).arg(name);
        undoText = tr("Add them back to %1").arg(name);
        break;
    }
    QPointer<MemberService> service = bulk->service();
    m_report->offer(RunLog::Level::Info, done, undoText, u"undoBulkButton"_s,
                    [this, service, undo, group, emails] {
                        if (!service || service != m_service) {
                            m_report->warning(tr("Not undone: the workspace of that action is "
                                                 "no longer the one shown."));
                            return;
                        }
                        confirmBulk(undo, group, emails, int(emails.size()));
                    });
}

void MemberActions::offerRetry(const QString &what, const ApiError &error,
                               std::function<void()> retry)
{
    if (!ApiErrorText::retryCanHelp(error)) {
        m_report->warning(what + u": "_s + error.message);
        return;
    }
    Confirm::ask(m_window,
                 {.objectName = u"retryOffer"_s,
                  .title = what,
                  .text = what + u'.',
                  .informativeText = error.message,
                  .yesText = tr("&Retry"),
                  .afterFailure = true,
                  .noText = tr("Close"),
                  .yesObjectName = u"retryButton"_s},
                 std::move(retry));
    m_report->warning(what + u": "_s + error.message);
}

void MemberActions::copyLinkOfSelection()
{
    const QStringList emails = selectedEmails();
    if (emails.size() == 1)
        copyLinkOf(emails.first());
}

void MemberActions::copyLinkOf(const QString &email)
{
    if (email.isEmpty() || refusedNow(false))
        return;
    m_copyWorkspaceId = m_service->workspace().id;
    m_copier->copyFor(m_service, email);
}

void MemberActions::copyLinkIn(const QString &workspaceId, const QString &email)
{
    if (refusedNow(false))
        return;
    const std::optional<Workspace> workspace = m_context.workspaces().findById(workspaceId);
    if (!workspace)
        return m_report->warning(tr("No login link for %1: its workspace was removed.").arg(email));
    Q_EMIT memberWanted(workspaceId, email);
    m_copyWorkspaceId = workspaceId;
    // After the window's own request for the service, so that attaching it cancels nothing.
    QPointer<MemberActions> self(this);
    m_context.connections().service(
        *workspace, [self, email](MemberService *service, const QString &error) {
            if (!self)
                return;
            if (!service)
                return self->m_report->warning(tr("No login link for %1: %2").arg(email, error));
            self->m_copier->copyFor(service, email);
        });
}

void MemberActions::openMember(int sourceRow)
{
    m_view->selectSourceRow(sourceRow);
    if (m_edit->isEnabled())
        m_edit->trigger();
    else
        m_report->show(m_edit->toolTip(), StatusReport::InfoMs);
}

void MemberActions::openQuickLink()
{
    if (m_service)
        m_palette->popUp();
}
