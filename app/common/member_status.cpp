#include "member_status.h"

#include <utility>

namespace {
// The one list of the words; "unknown" is also what any other value reads as in memberStatusId.
constexpr std::pair<MemberStatus, std::string_view> StatusWords[] = {
    {MemberStatus::Active, "active"},           {MemberStatus::Pending, "pending"},
    {MemberStatus::Deactivated, "deactivated"}, {MemberStatus::Unknown, "unknown"},
    {MemberStatus::Unlisted, "unlisted"},
};
} // namespace

QString memberStatusId(MemberStatus status)
{
    for (const auto &[known, word] : StatusWords) {
        if (known == status)
            return QString::fromLatin1(word.data(), qsizetype(word.size()));
    }
    return QStringLiteral("unknown");
}

std::optional<MemberStatus> memberStatusFromId(QStringView id)
{
    for (const auto &[status, word] : StatusWords) {
        if (id == QLatin1StringView(word.data(), qsizetype(word.size())))
            return status;
    }
    return std::nullopt;
}

std::optional<MemberStatus> memberStatusFromId(std::string_view id)
{
    for (const auto &[status, word] : StatusWords) {
        if (id == word)
            return status;
    }
    return std::nullopt;
}
