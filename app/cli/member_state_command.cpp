#include "member_state_command.h"

#include "api_task.h"
#include "cli_output.h"
#include "email_address.h"
#include "email_check.h"
#include "member_format.h"
#include "member_service.h"

using namespace Qt::StringLiterals;

MemberStateCommand::MemberStateCommand(CliContext &context, MemberStatus target, QObject *parent)
    : ServiceCommand(context, parent), m_target(target)
{}

void MemberStateCommand::declareOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"email"_s, tr("The member's email address."), tr("EMAIL"));
    parser.addOption({u"json"_s, tr("Print the member as JSON.")});
}

std::optional<QString> MemberStateCommand::checkUsage(const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return tr("Give exactly one email address.");
    return std::nullopt;
}

void MemberStateCommand::runWith(MemberService *service, const QCommandLineParser &parser)
{
    const bool deactivating = m_target == MemberStatus::Deactivated;
    const MemberOperation operation =
        deactivating ? MemberOperation::Deactivate : MemberOperation::Reactivate;
    if (!service->capabilities().supports(operation))
        return fail(ExitApi, service->capabilities().whyNot(operation));
    const QString email = EmailCheck::normalized(parser.positionalArguments().first());
    out().progress((deactivating ? tr("Deactivating %1 at %2…") : tr("Reactivating %1 at %2…"))
                       .arg(email, where(service->workspace())));
    auto done = [this](const Result<MemberRecord> &changed) {
        if (!changed.ok())
            return failWith(changed.error);
        MemberFormat::print(out(), changed.value);
        finish(ExitOk);
    };
    track(deactivating ? service->deactivate(email, done) : service->reactivate(email, done));
}
