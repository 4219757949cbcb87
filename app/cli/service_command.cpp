#include "service_command.h"

#include "api_session.h"
#include "audit_source.h"
#include "cli_context.h"
#include "key_input.h"
#include "member_service.h"
#include "session_keys.h"
#include "workspace_lock.h"
#include "workspace_opener.h"
#include "workspace_store.h"

using namespace Qt::StringLiterals;

void ServiceCommand::declare(QCommandLineParser &parser)
{
    if (workspaceIsArgument())
        parser.addPositionalArgument(u"name"_s, tr("The workspace, by name."), tr("NAME"));
    else
        parser.addOption({{u"w"_s, u"workspace"_s}, tr("The workspace, by name."), tr("NAME")});
    parser.addOption(
        {u"key-stdin"_s, tr("Read the workspace's API key for this run from standard input, "
                            "instead of the keychain. It is written nowhere.")});
    parser.addOption({u"timeout"_s,
                      tr("Give up on a request the provider has not answered within S seconds "
                         "(default 30)."),
                      tr("S")});
    declareOptions(parser);
}

std::optional<QString> ServiceCommand::checkUsage(const QCommandLineParser &) const
{
    return std::nullopt;
}

void ServiceCommand::run(const QCommandLineParser &parser)
{
    beforeRun(parser);
    const QString name = workspaceIsArgument() ? parser.positionalArguments().value(0)
                                               : parser.value(u"workspace"_s);
    if (name.isEmpty())
        return fail(ExitUsage, workspaceIsArgument()
                                   ? tr("Say which workspace: give its name.")
                                   : tr("Say which workspace with --workspace NAME."));
    if (const std::optional<QString> problem = checkUsage(parser))
        return fail(ExitUsage, *problem);
    int timeoutMs = 0;
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"timeout"_s).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return fail(ExitUsage,
                        tr("--timeout is \"%1\"; expected more than 0 and at most 3600 seconds.")
                            .arg(parser.value(u"timeout"_s)));
        timeoutMs = int(seconds * 1000);
    }
    QString error;
    WorkspaceStore *workspaces = m_context.workspaces(&error);
    if (!workspaces)
        return fail(ExitFailure, error);
    const std::optional<Workspace> workspace = workspaces->findByName(name);
    if (!workspace) {
        QStringList names;
        for (const Workspace &known : workspaces->workspaces())
            names << known.name;
        return fail(ExitUsage,
                    names.isEmpty()
                        ? tr("There is no workspace \"%1\": there are none yet (add one with "
                             "roster-cli workspace add).")
                              .arg(name)
                        : tr("There is no workspace \"%1\"; there are: %2.")
                              .arg(name, names.join(u", "_s)));
    }
    if (!needsKey(parser))
        return runLocal(*workspace, parser);

    if (changesMembers(parser)) {
        RosterDatabase *db = m_context.database(&error);
        if (!db)
            return fail(ExitFailure, error);
        if (const std::optional<QString> refusal = WorkspaceLock::refusalWhileSyncing(*db))
            return fail(ExitFailure, *refusal);
    }
    if (!takeKeyForThisRun(*workspace, parser))
        return;
    WorkspaceOpener *opener = m_context.opener(&error);
    if (!opener)
        return fail(ExitFailure, error);
    opener->open(*workspace,
                 [this, &parser, timeoutMs](MemberService *service, const KeyResult &key) {
                     if (!service)
                         return fail(ExitAuth, key.message);
                     m_service = service;
                     service->setParent(this);
                     service->setAuditSource(AuditSource::cli());
                     if (timeoutMs > 0)
                         service->session()->retryPolicy().timeoutMs = timeoutMs;
                     connectStoreWarnings(service);
                     runWith(service, parser);
                 });
}

bool ServiceCommand::takeKeyForThisRun(const Workspace &workspace, const QCommandLineParser &parser)
{
    if (parser.isSet(u"key-stdin"_s)) {
        QString error;
        const std::optional<QString> key = KeyInput::readStdin(&error);
        if (!key) {
            fail(ExitUsage, error);
            return false;
        }
        m_context.sessionKeys().setKey(workspace.id, *key);
    } else if (m_context.environmentKey()) {
        m_context.sessionKeys().setKey(workspace.id, *m_context.environmentKey());
    }
    return true;
}

void ServiceCommand::connectStoreWarnings(MemberService *service)
{
    connect(service, &MemberService::storeFailed, this, [this](const QString &message) {
        out().warning(tr("Warning: the provider's answer could not be kept in the local roster: "
                         "%1")
                          .arg(message));
    });
}

QString ServiceCommand::where(const Workspace &workspace)
{
    return u"%1 (%2)"_s.arg(providerDisplayName(workspace.provider), workspace.name);
}
