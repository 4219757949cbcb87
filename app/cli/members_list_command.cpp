#include "members_list_command.h"

#include "cli_context.h"
#include "cli_output.h"
#include "member_format.h"
#include "member_reader.h"
#include "roster_database.h"
#include "status_option.h"

using namespace Qt::StringLiterals;

void MembersListCommand::declareOptions(QCommandLineParser &parser)
{
    StatusOption::declare(parser);
    parser.addOption({u"json"_s, tr("Print the members as a JSON array.")});
}

std::optional<QString> MembersListCommand::checkUsage(const QCommandLineParser &parser) const
{
    if (!parser.positionalArguments().isEmpty())
        return tr("members list takes no arguments besides its options.");
    return StatusOption::check(parser);
}

void MembersListCommand::runLocal(const Workspace &workspace, const QCommandLineParser &parser)
{
    QString error;
    RosterDatabase *db = m_context.database(&error);
    if (!db)
        return fail(ExitFailure, error);
    const std::optional<MemberStatus> status = StatusOption::read(parser);
    MemberReader reader(*db, workspace.id, MemberOrder::Email);
    if (!reader.start(&error))
        return fail(ExitFailure, error);
    const bool json = out().jsonWanted();
    QList<QStringList> rows;
    if (json)
        out().beginJsonArray();
    MemberRecord member;
    while (reader.next(&member)) {
        if (status && member.status != *status)
            continue;
        if (json)
            out().jsonArrayElement(MemberFormat::toJson(member));
        else
            rows.append(MemberFormat::tableRow(member));
    }
    if (json)
        out().endJsonArray();
    if (!reader.error().isEmpty())
        return fail(ExitFailure, reader.error());
    if (!json)
        out().table(MemberFormat::tableHeader(), rows);
    finish(ExitOk);
}
