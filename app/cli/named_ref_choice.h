#pragma once

#include "remote_member.h"

#include <QCoreApplication>
#include <optional>

// A role or group the user names on the command line, found among the community's: by id, or
// by name without regard to case. Shared by "member add" (--role, --group) and "member edit"
// (--add-group, --remove-group).
class NamedRefChoice
{
    Q_DECLARE_TR_FUNCTIONS(NamedRefChoice)
public:
    static std::optional<NamedRef> pick(const QList<NamedRef> &refs, const QString &wanted);
    // "Admin, Member, Guest": the names (ids where a name is missing), for messages.
    static QString names(const QList<NamedRef> &refs);
    // Each group of `wanted` among `groups`, in order; nothing, and `error` listing the known
    // groups, when one is unknown.
    static std::optional<QList<NamedRef>> groups(const QList<NamedRef> &groups,
                                                 const QStringList &wanted, QString *error);
};
