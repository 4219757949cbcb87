#pragma once

#include "member_record.h"

// The profile fields a provider may not tell (Heartbeat's alone has them), as one value; held
// row by row by ProfileColumns.
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
};
