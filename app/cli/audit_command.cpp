#include "audit_command.h"

#include "audit_log.h"
#include "audit_text.h"
#include "cli_context.h"
#include "cli_output.h"
#include "member_format.h"

using namespace Qt::StringLiterals;

namespace {
// "2026-12-07" (local midnight; as --until, the day is included) or an ISO 8601 time.
std::optional<QDateTime> parseTime(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0));
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        return time;
    return std::nullopt;
}
} // namespace

void AuditCommand::declareOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {u"member"_s, tr("Only the entries of members whose email contains TEXT."), tr("TEXT")});
    parser.addOption({u"action"_s,
                      tr("Only this action: %1.").arg(AuditText::actionIds().join(u", "_s)),
                      tr("ACTION")});
    parser.addOption({u"user"_s, tr("Only what this OS user did."), tr("USER")});
    parser.addOption(
        {u"since"_s, tr("Only entries at or after this date or time (ISO 8601)."), tr("WHEN")});
    parser.addOption({u"until"_s,
                      tr("Only entries before this time, or up to the end of this date."),
                      tr("WHEN")});
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
    for (const QString &option : {u"since"_s, u"until"_s}) {
        if (parser.isSet(option) && !parseTime(parser.value(option), false))
            return tr("--%1 is \"%2\"; expected a date such as 2026-12-07 or a time such as "
                      "2026-12-07T14:30.")
                .arg(option, parser.value(option));
    }
    if (parser.isSet(u"action"_s) && !AuditText::actionIds().contains(parser.value(u"action"_s)))
        return tr("--action is \"%1\"; expected one of %2.")
            .arg(parser.value(u"action"_s), AuditText::actionIds().join(u", "_s));
    return std::nullopt;
}

void AuditCommand::runLocal(const Workspace &workspace, const QCommandLineParser &parser)
{
    QString error;
    RosterDatabase *db = m_context.database(&error);
    if (!db)
        return fail(ExitFailure, error);
    AuditFilter filter;
    filter.workspaceId = workspace.id;
    filter.memberText = parser.value(u"member"_s);
    filter.action = parser.value(u"action"_s);
    filter.actor = parser.value(u"user"_s);
    if (parser.isSet(u"since"_s))
        filter.since = *parseTime(parser.value(u"since"_s), false);
    if (parser.isSet(u"until"_s))
        filter.until = *parseTime(parser.value(u"until"_s), true);
    filter.limit = parser.isSet(u"limit"_s) ? parser.value(u"limit"_s).toInt() : 0;
    const auto entries = AuditLog(*db).list(filter, &error);
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
