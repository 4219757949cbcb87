#include "command_table.h"

#include "audit_command.h"
#include "csv_inspect_command.h"
#include "import_command.h"
#include "import_list_command.h"
#include "link_command.h"
#include "member_add_command.h"
#include "member_edit_command.h"
#include "member_show_command.h"
#include "member_state_command.h"
#include "members_export_command.h"
#include "members_list_command.h"
#include "members_sync_command.h"
#include "workspace_add_command.h"
#include "workspace_edit_command.h"
#include "workspace_list_command.h"
#include "workspace_remove_command.h"
#include "workspace_test_command.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
template <typename Command> std::function<CliCommand *(CliContext &)> make()
{
    return [](CliContext &context) { return new Command(context); };
}

std::function<CliCommand *(CliContext &)> makeList(ImportSettings::Mode mode)
{
    return [mode](CliContext &context) { return new ImportCommand(context, mode); };
}

std::function<CliCommand *(CliContext &)> makeState(MemberStatus target)
{
    return [target](CliContext &context) { return new MemberStateCommand(context, target); };
}
} // namespace

const QList<CommandEntry> &commandTable()
{
    static const QList<CommandEntry> table = {
        {{u"workspace"_s, u"add"_s},
         QT_TRANSLATE_NOOP("CommandTable", "Add a workspace; its API key goes to the keychain."),
         make<WorkspaceAddCommand>()},
        {{u"workspace"_s, u"list"_s},
         QT_TRANSLATE_NOOP("CommandTable", "List the workspaces."),
         make<WorkspaceListCommand>()},
        {{u"workspace"_s, u"edit"_s},
         QT_TRANSLATE_NOOP("CommandTable", "Change a workspace, or its API key."),
         make<WorkspaceEditCommand>()},
        {{u"workspace"_s, u"remove"_s},
         QT_TRANSLATE_NOOP("CommandTable", "Remove a workspace, its API key and its local roster."),
         make<WorkspaceRemoveCommand>()},
        {{u"workspace"_s, u"test"_s},
         QT_TRANSLATE_NOOP("CommandTable", "Check a workspace's address and API key."),
         make<WorkspaceTestCommand>()},
        {{u"members"_s, u"list"_s},
         QT_TRANSLATE_NOOP("CommandTable", "List the members in the local roster."),
         make<MembersListCommand>()},
        {{u"members"_s, u"export"_s},
         QT_TRANSLATE_NOOP("CommandTable",
                           "Write the local roster to a CSV file for a spreadsheet."),
         make<MembersExportCommand>()},
        {{u"members"_s, u"sync"_s},
         QT_TRANSLATE_NOOP("CommandTable",
                           "Refresh the local roster from the provider (Heartbeat, Forward)."),
         make<MembersSyncCommand>()},
        {{u"members"_s, u"deactivate"_s},
         QT_TRANSLATE_NOOP("CommandTable",
                           "Deactivate the members a file lists (--from FILE): paced, "
                           "journaled, resumable, reported."),
         makeList(ImportSettings::Mode::Deactivate)},
        {{u"members"_s, u"reactivate"_s},
         QT_TRANSLATE_NOOP("CommandTable",
                           "Reactivate the members a file lists (--from FILE): paced, "
                           "journaled, resumable, reported."),
         makeList(ImportSettings::Mode::Reactivate)},
        {{u"member"_s, u"add"_s},
         QT_TRANSLATE_NOOP("CommandTable", "Provision a member."),
         make<MemberAddCommand>()},
        {{u"member"_s, u"edit"_s},
         QT_TRANSLATE_NOOP("CommandTable", "Change a member's profile."),
         make<MemberEditCommand>()},
        {{u"member"_s, u"show"_s},
         QT_TRANSLATE_NOOP("CommandTable", "Show a member as the provider has them."),
         make<MemberShowCommand>()},
        {{u"member"_s, u"deactivate"_s},
         QT_TRANSLATE_NOOP("CommandTable", "Deactivate a member."),
         makeState(MemberStatus::Deactivated)},
        {{u"member"_s, u"reactivate"_s},
         QT_TRANSLATE_NOOP("CommandTable", "Reactivate a member."),
         makeState(MemberStatus::Active)},
        {{u"link"_s},
         QT_TRANSLATE_NOOP("CommandTable",
                           "Print a member's one-off login link on standard output."),
         make<LinkCommand>()},
        {{u"import"_s},
         QT_TRANSLATE_NOOP("CommandTable",
                           "Provision members from a CSV file: plan, dry run, run at the budget, "
                           "resume, report."),
         make<ImportCommand>()},
        {{u"import"_s, u"list"_s},
         QT_TRANSLATE_NOOP("CommandTable",
                           "List a workspace's imports, newest first: when, who, the file and "
                           "its checksum, the mode and the counts."),
         make<ImportListCommand>()},
        {{u"import"_s, u"undo"_s},
         QT_TRANSLATE_NOOP("CommandTable",
                           "Undo a run: reactivate whom it deactivated, deactivate whom it "
                           "reactivated, put changed fields back; first with --dry-run."),
         [](CliContext &context) { return ImportCommand::undoCommand(context); }},
        {{u"csv"_s, u"inspect"_s},
         QT_TRANSLATE_NOOP("CommandTable", "Show how Roster reads a CSV file."),
         make<CsvInspectCommand>()},
        {{u"audit"_s},
         QT_TRANSLATE_NOOP("CommandTable", "Show what Roster did in a workspace, newest first."),
         make<AuditCommand>()},
    };
    return table;
}
