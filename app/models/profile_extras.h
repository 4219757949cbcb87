#pragma once

#include "member_record.h"

#include <QHashFunctions>

// The profile fields most members share with many others (Heartbeat's placeholder avatar, no
// links, not an admin), kept once per distinct combination by MemberStorage.
struct ProfileExtras
{
    std::optional<QString> statusLine;
    std::optional<QString> linkedin;
    std::optional<QString> twitter;
    std::optional<QString> instagram;
    QString avatarUrl;
    bool isAdmin = false;

    static ProfileExtras of(const MemberRecord &member)
    {
        return {member.statusLine, member.linkedin,  member.twitter,
                member.instagram,  member.avatarUrl, member.isAdmin};
    }
    void fill(MemberRecord &member) const
    {
        member.statusLine = statusLine;
        member.linkedin = linkedin;
        member.twitter = twitter;
        member.instagram = instagram;
        member.avatarUrl = avatarUrl;
        member.isAdmin = isAdmin;
    }

    friend bool operator==(const ProfileExtras &, const ProfileExtras &) = default;
    friend size_t qHash(const ProfileExtras &e, size_t seed = 0)
    {
        return qHashMulti(seed, e.statusLine.value_or(QString()), e.linkedin.value_or(QString()),
                          e.twitter.value_or(QString()), e.instagram.value_or(QString()),
                          e.avatarUrl, e.isAdmin);
    }
};
