#pragma once

#include "workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <optional>

// The options that describe a workspace, shared by "workspace add" and "workspace edit".
class WorkspaceOptions
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceOptions)
public:
    static void declare(QCommandLineParser &parser, bool adding);
    // `workspace` with the options that are set applied; a readable problem when one is wrong.
    static std::optional<QString> apply(const QCommandLineParser &parser, Workspace &workspace);
};
