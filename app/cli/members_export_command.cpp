#include "members_export_command.h"

#include "cli_context.h"
#include "cli_output.h"
#include "member_csv_export.h"
#include "member_export_row.h"
#include "member_reader.h"
#include "status_option.h"

using namespace Qt::StringLiterals;

void MembersExportCommand::declareOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"file"_s, tr("The CSV file to write."), tr("FILE"));
    StatusOption::declare(parser);
}

std::optional<QString> MembersExportCommand::checkUsage(const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return tr("Give the CSV file to write.");
    return StatusOption::check(parser);
}

void MembersExportCommand::runLocal(const Workspace &workspace, const QCommandLineParser &parser)
{
    QString error;
    RosterDatabase *db = m_context.database(&error);
    if (!db)
        return fail(ExitFailure, error);
    const QString path = parser.positionalArguments().first();
    const std::optional<MemberStatus> status = StatusOption::read(parser);
    MemberReader reader(*db, workspace.id, MemberOrder::Email);
    MemberCsvExport file(path);
    if (!reader.start(&error) || !file.open(MemberExportRow::header(), &error))
        return fail(ExitFailure, error);
    qint64 count = 0;
    MemberRecord member;
    while (reader.next(&member)) {
        if (status && member.status != *status)
            continue;
        file.addRow(MemberExportRow::cells(member));
        ++count;
    }
    if (!reader.error().isEmpty()) {
        file.cancel();
        return fail(ExitFailure, reader.error());
    }
    if (!file.commit(&error))
        return fail(ExitFailure, error);
    out().line(tr("Wrote %n member(s) to %1.", nullptr, int(count)).arg(path));
    finish(ExitOk);
}
