#include "workspace_json.h"

#include <QJsonValue>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QString IdField = u"id"_s;
const QString NameField = u"name"_s;
const QString ProviderField = u"provider"_s;
const QString ApiBaseUrlField = u"apiBaseUrl"_s;
const QString CommunityUrlField = u"communityUrl"_s;
const QString RequestBudgetField = u"requestBudget"_s;
const QString BusinessIdField = u"businessId"_s;

QString urlText(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

QJsonObject WorkspaceJson::toJson(const Workspace &workspace)
{
    QJsonObject object{
        {IdField, workspace.id},
        {NameField, workspace.name},
        {ProviderField, providerId(workspace.provider)},
        {ApiBaseUrlField, urlText(workspace.apiBaseUrl)},
        {RequestBudgetField, workspace.requestBudget},
    };
    if (!workspace.communityUrl.isEmpty())
        object.insert(CommunityUrlField, urlText(workspace.communityUrl));
    if (!workspace.businessId.isEmpty())
        object.insert(BusinessIdField, workspace.businessId);
    return object;
}

std::optional<Workspace> WorkspaceJson::fromJson(const QJsonObject &object, QString *error)
{
    // Say which workspace is wrong, by name when it has one.
    const QString label = object.value(NameField).isString()
                              ? tr("workspace \"%1\"").arg(object.value(NameField).toString())
                              : tr("a workspace");
    auto fail = [&](const QString &problem) {
        *error = tr("%1: %2").arg(label, problem);
        return std::nullopt;
    };

    static const QSet<QString> known{IdField,         NameField,         ProviderField,
                                     ApiBaseUrlField, CommunityUrlField, RequestBudgetField,
                                     BusinessIdField};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            // Do not echo the value: a hand-edited file might hold a key here.
            return fail(tr("unknown field \"%1\" (API keys belong in the keychain, never in "
                           "this file).")
                            .arg(it.key()));
        }
    }

    auto requireString = [&](const QString &field, QString *out) {
        const QJsonValue value = object.value(field);
        if (!value.isString())
            return false;
        *out = value.toString();
        return true;
    };

    Workspace workspace;
    if (!requireString(IdField, &workspace.id))
        return fail(tr("field \"%1\" is missing or not text.").arg(IdField));
    if (!requireString(NameField, &workspace.name))
        return fail(tr("field \"%1\" is missing or not text.").arg(NameField));

    QString providerText;
    if (!requireString(ProviderField, &providerText))
        return fail(tr("field \"%1\" is missing or not text.").arg(ProviderField));
    const std::optional<Provider> provider = providerFromId(providerText);
    if (!provider) {
        return fail(tr("field \"%1\" is \"%2\"; expected heartbeat, forward or beam.")
                        .arg(ProviderField, providerText));
    }
    workspace.provider = *provider;

    QString apiBaseUrl;
    if (!requireString(ApiBaseUrlField, &apiBaseUrl))
        return fail(tr("field \"%1\" is missing or not text.").arg(ApiBaseUrlField));
    workspace.apiBaseUrl = QUrl(apiBaseUrl, QUrl::StrictMode);

    if (object.contains(CommunityUrlField)) {
        QString communityUrl;
        if (!requireString(CommunityUrlField, &communityUrl))
            return fail(tr("field \"%1\" is not text.").arg(CommunityUrlField));
        workspace.communityUrl = QUrl(communityUrl, QUrl::StrictMode);
    }

    if (object.contains(BusinessIdField)) {
        if (!requireString(BusinessIdField, &workspace.businessId))
            return fail(tr("field \"%1\" is not text.").arg(BusinessIdField));
    }

    const QJsonValue budget = object.value(RequestBudgetField);
    if (!budget.isDouble())
        return fail(tr("field \"%1\" is missing or not a number.").arg(RequestBudgetField));
    workspace.requestBudget = budget.toDouble();

    const QStringList problems = workspace.problems();
    if (!problems.isEmpty())
        return fail(problems.join(u' '));
    return workspace;
}
