#pragma once

#include "member_storage.h"

#include <QList>
#include <QStringList>

// The roles and groups a workspace's members have, for the table's filters. They come from the
// storage's tables of distinct roles and group sets (a community has a few dozen), never from
// the rows: a role or group set an update left behind still shows until the next load.
namespace MemberFacets {

// Each role's text (MemberStorage::Role::text()) once, in the collation order of the storage's
// names; no empty text.
QStringList roles(const MemberStorage &members);
// Each group once (by groupKey()), in the collation order of their names.
QList<MemberGroup> groups(const MemberStorage &members);
// How a group filter names a group: its id, else its name.
inline const QString &groupKey(const MemberGroup &group)
{
    return group.id.isEmpty() ? group.name : group.id;
}
// Whether a group set holds the group named by `key`.
bool hasGroup(const QList<MemberGroup> &groups, const QString &key);

} // namespace MemberFacets
