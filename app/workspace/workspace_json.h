#pragma once

#include "workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

// One workspace as a JSON object in the workspaces file. The object never holds a key.
//   {"id": "…", "name": "…", "provider": "heartbeat", "apiBaseUrl": "https://…",
//    "communityUrl": "https://…", "requestBudget": 10}
// "communityUrl" is left out when empty; "apiBaseUrl" is always written, so that a changed
// default never moves an existing workspace.
class WorkspaceJson
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceJson)
public:
    static QJsonObject toJson(const Workspace &workspace);
    // Reads and validates; on failure `error` names the field (and the workspace when known).
    static std::optional<Workspace> fromJson(const QJsonObject &object, QString *error);
};
