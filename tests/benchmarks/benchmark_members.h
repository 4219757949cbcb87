#pragma once

// Synthetic members for the benchmarks, shared by store_throughput and member_table_benchmark.
#include "member_record.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace BenchmarkMembers {

using namespace Qt::StringLiterals;

// Members like a real community's: a few roles, a few groups each from a small set, a short bio
// for some, provider timestamps; and as Heartbeat tells them, a picture (the placeholder for
// most, a URL of their own for one in four), the last sign-in (never for one in five) and
// whether they are an admin.
inline QList<MemberRecord> makeMembers(const QString &workspaceId, int count)
{
    static const QStringList firstNames = {u"Ada"_s,    u"Grace"_s,   u"Linus"_s,  u"Margaret"_s,
                                           u"Alan"_s,   u"Barbara"_s, u"Ken"_s,    u"Frances"_s,
                                           u"Dennis"_s, u"Radia"_s,   u"Émilie"_s, u"Søren"_s};
    static const QStringList lastNames = {
        u"Lovelace"_s, u"Hopper"_s, u"Torvalds"_s, u"Hamilton"_s, u"Turing"_s,   u"Liskov"_s,
        u"Thompson"_s, u"Allen"_s,  u"Ritchie"_s,  u"Perlman"_s,  u"Châtelet"_s, u"Kierkegaard"_s};
    static const QList<std::pair<QString, QString>> roles = {{u"role_member"_s, u"Member"_s},
                                                             {u"role_mod"_s, u"Moderator"_s},
                                                             {u"role_admin"_s, u"Admin"_s}};
    QList<MemberGroup> groupPool;
    for (int i = 0; i < 12; ++i)
        groupPool.append({u"grp_%1"_s.arg(i), u"Group %1"_s.arg(i)});

    QRandomGenerator random(20240601);
    // A generator of its own, so that the other draws stay what they were before members had
    // these fields.
    QRandomGenerator profiles(20261207);
    const qint64 baseMs = 1'700'000'000'000;
    QList<MemberRecord> members;
    members.reserve(count);
    for (int i = 0; i < count; ++i) {
        MemberRecord member;
        member.workspaceId = workspaceId;
        // Distinct for distinct i, and scattered like real ids.
        member.providerMemberId =
            u"user_%1"_s.arg(quint64(i + 1) * 2654435761ULL, 12, 36, QChar(u'0'));
        member.firstName = firstNames.at(random.bounded(firstNames.size()));
        member.lastName = lastNames.at(random.bounded(lastNames.size()));
        member.displayName = member.firstName + u' ' + member.lastName;
        member.email = (member.firstName + u'.' + member.lastName).toLower() + QString::number(i) +
                       u"@example.com"_s;
        const quint32 roll = random.bounded(100);
        member.status = roll < 90   ? MemberStatus::Active
                        : roll < 97 ? MemberStatus::Pending
                                    : MemberStatus::Deactivated;
        const auto &role = roles.at(roll < 94 ? 0 : roll < 99 ? 1 : 2);
        member.roleId = role.first;
        member.roleName = role.second;
        const int groupCount = random.bounded(4);
        for (int g = 0; g < groupCount; ++g)
            member.groups.append(groupPool.at(random.bounded(groupPool.size())));
        if (random.bounded(5) == 0)
            member.bio = u"Member since the beginning; writes about passwordless sign-in."_s;
        member.createdAt = QDateTime::fromMSecsSinceEpoch(baseMs + i * 1000LL, Qt::UTC);
        member.updatedAt = member.createdAt.addDays(random.bounded(300));
        member.lastSyncedAt = QDateTime::fromMSecsSinceEpoch(baseMs + 400LL * 86'400'000, Qt::UTC);
        member.avatarUrl =
            profiles.bounded(4) == 0
                ? u"https://cdn.heartbeat.example/avatars/%1.jpg"_s.arg(member.providerMemberId)
                : u"https://cdn.heartbeat.example/placeholder-image-2.jpg"_s;
        if (profiles.bounded(5) == 0)
            member.neverSignedIn = true;
        else
            member.lastSignInAt = member.createdAt.addSecs(profiles.bounded(300 * 86'400));
        member.isAdmin = member.roleId == u"role_admin"_s;
        members.append(std::move(member));
    }
    return members;
}

} // namespace BenchmarkMembers
