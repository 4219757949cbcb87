#pragma once

#include "member_status.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <optional>

// --status: only the members in one state. Shared by "members list" and "members export".
class StatusOption
{
    Q_DECLARE_TR_FUNCTIONS(StatusOption)
public:
    static void declare(QCommandLineParser &parser);
    // A readable problem with the value given, if any.
    static std::optional<QString> check(const QCommandLineParser &parser);
    // The state asked for; nothing when --status is not given.
    static std::optional<MemberStatus> read(const QCommandLineParser &parser);
};
