#include "audit_command.h"

#include "audit_log.h"
#include "cli_context.h"
#include "cli_output.h"
#include "email_check.h"
#include "member_format.h"

using namespace Qt::StringLiterals;

void AuditCommand::declareOptions(QCommandLineParser &parser)
{
    parser.addOption({u"member"_s, tr("Only the entries of this member."), tr("EMAIL")});
    parser.addOption({u"limit"_s, tr("At most N entries, the newest."), tr("N")});
    parser.addOption({u"json"_s, tr("Print the entries as a JSON array.")});
}

std::optional<QString> AuditCommand::checkUsage(const QCommandLineParser &parser) const
{
    if (!parser.positionalArguments().isEmpty())
        return tr("audit takes no arguments besides its options.");
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        const int limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || limit <= 0)
            return tr("--limit is \"%1\"; expected a whole number above 0.")
                .arg(parser.value(u"limit"_s));
    }
    return std::nullopt;
}

void AuditCommand::runLocal(const Workspace &workspace, const QCommandLineParser &parser)
{
    QString error;
    RosterDatabase *db = m_context.database(&error);
    if (!db)
        return fail(ExitFailure, error);
    const int limit = parser.isSet(u"limit"_s) ? parser.value(u"limit"_s).toInt() : 0;
    const auto entries = AuditLog(*db).list(
        workspace.id, EmailCheck::normalized(parser.value(u"member"_s)), limit, &error);
    if (!entries)
        return fail(ExitFailure, error);
    if (out().jsonWanted()) {
        QJsonArray array;
        for (const AuditEntry &entry : *entries)
            array.append(MemberFormat::toJson(entry));
        out().json(array);
    } else {
        QList<QStringList> rows;
        for (const AuditEntry &entry : *entries)
            rows.append(MemberFormat::auditRow(entry));
        out().table(MemberFormat::auditHeader(), rows);
    }
    finish(ExitOk);
}
