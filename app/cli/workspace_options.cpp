#include "workspace_options.h"

using namespace Qt::StringLiterals;

void WorkspaceOptions::declare(QCommandLineParser &parser, bool adding)
{
    if (adding)
        parser.addOption({u"provider"_s, tr("heartbeat, forward or beam."), tr("PROVIDER")});
    else
        parser.addOption({u"name"_s, tr("A new name for the workspace."), tr("NAME")});
    parser.addOption({u"url"_s,
                      tr("The API's base address (defaults: https://api.heartbeat.chat/v0, "
                         "https://api.beam.gg; Forward has none: give your portal's)."),
                      tr("URL")});
    parser.addOption({u"community-url"_s,
                      tr("Heartbeat: the community's sign-in page, where members ask for their "
                         "magic link."),
                      tr("URL")});
    parser.addOption(
        {u"business-id"_s, tr("Forward: the business whose members Roster lists."), tr("ID")});
    parser.addOption({u"rate-limit"_s,
                      tr("Requests per second Roster may send with this key (defaults: "
                         "Heartbeat 10, Forward 10, Beam.gg 5)."),
                      tr("N")});
    parser.addOption({u"key-stdin"_s, tr("Read the API key from standard input.")});
}

std::optional<QString> WorkspaceOptions::apply(const QCommandLineParser &parser,
                                               Workspace &workspace)
{
    // Only "workspace edit" declares --name: the new name.
    if (parser.optionNames().contains(u"name"_s))
        workspace.name = parser.value(u"name"_s).trimmed();
    if (parser.isSet(u"url"_s))
        workspace.apiBaseUrl = QUrl(parser.value(u"url"_s).trimmed(), QUrl::StrictMode);
    if (parser.isSet(u"community-url"_s))
        workspace.communityUrl = QUrl(parser.value(u"community-url"_s).trimmed(), QUrl::StrictMode);
    if (parser.isSet(u"business-id"_s))
        workspace.businessId = parser.value(u"business-id"_s).trimmed();
    if (parser.isSet(u"rate-limit"_s)) {
        bool ok = false;
        workspace.requestBudget = parser.value(u"rate-limit"_s).toDouble(&ok);
        if (!ok)
            return tr("--rate-limit is \"%1\"; expected a number of requests per second.")
                .arg(parser.value(u"rate-limit"_s));
    }
    const QStringList problems = workspace.problems();
    if (!problems.isEmpty())
        return problems.join(u' ');
    return std::nullopt;
}
