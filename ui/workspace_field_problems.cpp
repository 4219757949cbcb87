#include "workspace_field_problems.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace {
// The problems of `workspace` that `fix` makes go away.
QStringList cleared(const Workspace &workspace, const QStringList &all,
                    const std::function<void(Workspace &)> &fix)
{
    Workspace fixed = workspace;
    fix(fixed);
    const QStringList left = fixed.problems();
    QStringList gone;
    for (const QString &problem : all) {
        if (!left.contains(problem))
            gone << problem;
    }
    return gone;
}
} // namespace

bool WorkspaceFieldProblems::isEmpty() const
{
    return name.isEmpty() && apiAddress.isEmpty() && communityAddress.isEmpty() &&
           businessId.isEmpty() && requestBudget.isEmpty() && other.isEmpty();
}

WorkspaceFieldProblems WorkspaceFieldProblems::of(const Workspace &workspace)
{
    WorkspaceFieldProblems sorted;
    const QStringList all = workspace.problems();
    if (all.isEmpty())
        return sorted;
    sorted.name = cleared(workspace, all, [](Workspace &w) { w.name = u"workspace"_s; });
    sorted.apiAddress = cleared(
        workspace, all, [](Workspace &w) { w.apiBaseUrl = QUrl(u"https://example.com"_s); });
    sorted.communityAddress =
        cleared(workspace, all, [](Workspace &w) { w.communityUrl = QUrl(); });
    sorted.businessId = cleared(workspace, all, [](Workspace &w) { w.businessId.clear(); });
    sorted.requestBudget = cleared(workspace, all, [](Workspace &w) { w.requestBudget = 1; });
    for (const QString &problem : all) {
        if (!sorted.name.contains(problem) && !sorted.apiAddress.contains(problem) &&
            !sorted.communityAddress.contains(problem) && !sorted.businessId.contains(problem) &&
            !sorted.requestBudget.contains(problem))
            sorted.other << problem;
    }
    return sorted;
}
