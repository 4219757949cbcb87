#include "member_edit_command.h"

#include "api_task.h"
#include "cli_output.h"
#include "email_address.h"
#include "email_check.h"
#include "member_format.h"
#include "member_service.h"

using namespace Qt::StringLiterals;

namespace {
const QStringList EditOptions = {u"name"_s, u"first-name"_s, u"last-name"_s, u"email"_s, u"bio"_s};
}

void MemberEditCommand::declareOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"email"_s, tr("The member's email address."), tr("EMAIL"));
    parser.addOption({u"name"_s, tr("New full name (Heartbeat)."), tr("NAME")});
    parser.addOption({u"first-name"_s, tr("New first name (Forward, Beam.gg)."), tr("NAME")});
    parser.addOption({u"last-name"_s, tr("New last name (Forward, Beam.gg)."), tr("NAME")});
    parser.addOption({u"email"_s, tr("New email address (Forward)."), tr("EMAIL")});
    parser.addOption({u"bio"_s, tr("New bio (Heartbeat)."), tr("TEXT")});
    parser.addOption({u"json"_s, tr("Print the member as JSON.")});
}

std::optional<QString> MemberEditCommand::checkUsage(const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return tr("Give exactly one email address.");
    if (std::none_of(EditOptions.cbegin(), EditOptions.cend(),
                     [&parser](const QString &option) { return parser.isSet(option); }))
        return tr("Say what to change: --name, --first-name, --last-name, --email or --bio.");
    if (parser.isSet(u"email"_s))
        return EmailAddress::problem(parser.value(u"email"_s));
    return std::nullopt;
}

void MemberEditCommand::runWith(MemberService *service, const QCommandLineParser &parser)
{
    MemberChanges changes;
    auto take = [&parser](const QString &option, std::optional<QString> &field) {
        if (parser.isSet(option))
            field = parser.value(option).trimmed();
    };
    take(u"name"_s, changes.name);
    take(u"first-name"_s, changes.firstName);
    take(u"last-name"_s, changes.lastName);
    take(u"email"_s, changes.email);
    if (parser.isSet(u"bio"_s))
        changes.bio = parser.value(u"bio"_s);
    const QString email = EmailCheck::normalized(parser.positionalArguments().first());
    out().progress(tr("Changing %1 at %2…").arg(email, where(service->workspace())));
    track(service->update(email, changes, [this](const Result<MemberRecord> &updated) {
        if (!updated.ok())
            return failWith(updated.error);
        if (out().jsonWanted())
            out().json(MemberFormat::toJson(updated.value));
        else
            for (const QString &line : MemberFormat::details(updated.value))
                out().line(line);
        finish(ExitOk);
    }));
}
